// Internal: scipy's _design_notch_peak_filter.
import type { BA } from '../types';
import { checkFinite, checkPositive } from '@rxdsp/core';

export function notchPeak(fn: string, w0: number, Q: number, fs: number, kind: 'notch' | 'peak'): BA {
  const f = checkPositive(fn, 'fs', fs);
  const w = checkFinite(fn, 'w0', w0);
  const q = checkPositive(fn, 'Q', Q);
  // scipy accepts w0 = Nyquist (a notch/peak at fs/2 is a proper filter); w0 = 0 gives H ≡ 1 (notch) or H ≡ 0 (peak)
  if (!(w > 0) || !(w <= f / 2)) {
    throw new RangeError(`${fn}: w0 must lie in (0, fs/2] (fs/2 = ${f / 2}), got ${w}`);
  }
  const wn = (2 * w) / f;
  // the −3 dB bandwidth w0/Q must stay below Nyquist: with Q ≤ w0/(fs/2), tan(bw/2) is ≤ 0 or infinite and the
  // pole radius² 2·gain − 1 is ≥ 1 (scipy returns that unstable filter without a warning)
  if (!(q > wn)) {
    throw new RangeError(
      `${fn}: Q must exceed w0/(fs/2) = ${wn} (a bandwidth w0/Q at or past Nyquist gives an unstable filter), got ${q}`,
    );
  }
  const bw = (wn / q) * Math.PI;
  const om = wn * Math.PI;
  const beta = Math.tan(bw / 2);
  const gain = 1 / (1 + beta);
  const b = kind === 'notch' ? [gain, -2 * gain * Math.cos(om), gain] : [1 - gain, 0, -(1 - gain)];
  const a = [1, -2 * gain * Math.cos(om), 2 * gain - 1];
  return { b: Float64Array.from(b), a: Float64Array.from(a) };
}
