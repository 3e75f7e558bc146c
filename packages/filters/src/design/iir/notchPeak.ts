// Internal: scipy's _design_notch_peak_filter.
import type { BA } from './types';
import { finiteNumber, positiveNumber, samplingRate } from './validate';

export function notchPeak(fn: string, w0: number, Q: number, fs: number, kind: 'notch' | 'peak'): BA {
  const f = samplingRate(fn, fs);
  const w = finiteNumber(fn, 'w0', w0);
  const q = positiveNumber(fn, 'Q', Q, 'must be a quality factor > 0');
  if (!(w > 0) || !(w < f / 2)) {
    throw new RangeError(`${fn}: w0 must lie strictly between 0 and Nyquist (fs/2 = ${f / 2}), got ${w}`);
  }
  const wn = (2 * w) / f;
  const bw = (wn / q) * Math.PI;
  const om = wn * Math.PI;
  const beta = Math.tan(bw / 2);
  const gain = 1 / (1 + beta);
  const b = kind === 'notch' ? [gain, -2 * gain * Math.cos(om), gain] : [1 - gain, 0, -(1 - gain)];
  const a = [1, -2 * gain * Math.cos(om), 2 * gain - 1];
  return { b: Float64Array.from(b), a: Float64Array.from(a) };
}
