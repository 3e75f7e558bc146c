import { log10Accurate } from './internal/accurateMath';
import { findNatFreq, orderFromReal, postprocessWn, setupOrder, type OrderOptions, type OrderResult } from './internal/orderSelection';

/**
 * Lowest Butterworth order meeting a specification, and its natural frequency, as scipy's `signal.buttord`
 * (including its optimisation of the bandstop passband edges with `fminbound`). `wn` is chosen so that the
 * loss at the passband edge is exactly `gpass`.
 *
 * ## Example
 * ```ts
 * import { buttord, butter } from '@rxdsp/filters';
 * const { order, wn } = buttord(1000, 1500, 1, 40, { fs: 8000 }); // lowpass: ≤ 1 dB to 1 kHz, ≥ 40 dB from 1.5 kHz
 * const sos = butter(order, wn, { fs: 8000, output: 'sos' });
 * ```
 * @param wp passband edge(s): normalised (0, 1), Hz with `fs`, rad/s with `analog`. wp < ws: lowpass; wp > ws:
 * highpass; [wp0, wp1] inside [ws0, ws1]: bandpass; outside: bandstop.
 * @param ws stopband edge(s), same units.
 * @param gpass maximum passband loss in dB (> 0).
 * @param gstop minimum stopband attenuation in dB (> gpass).
 * @param options `{ fs, analog }`.
 * @returns `{ order, wn }` (wn a number or [low, high] in the units of wp).
 * @throws RangeError/TypeError for edges ≤ 0 or at/past Nyquist, inconsistent band layouts, gpass ≥ gstop.
 */
export function buttord(wp: number | readonly number[], ws: number | readonly number[], gpass: number, gstop: number, options?: OrderOptions): OrderResult {
  return buttordFor('buttord', wp, ws, gpass, gstop, options);
}

/** {@link buttord} on behalf of the public function `fn`, which its errors name (internal). */
export function buttordFor(fn: string, wp: number | readonly number[], ws: number | readonly number[], gpass: number, gstop: number, options?: OrderOptions): OrderResult {
  const s = setupOrder(fn, wp, ws, gpass, gstop, options);
  const { nat, passb } = findNatFreq(s, 'butter');
  const GSTOP = 10 ** (0.1 * Math.abs(s.gstop));
  const GPASS = 10 ** (0.1 * Math.abs(s.gpass));
  const order = orderFromReal(fn, log10Accurate((GSTOP - 1) / (GPASS - 1)) / (2 * log10Accurate(nat)));
  const W0 = (GPASS - 1) ** (-1 / (2 * order));
  const p0 = passb[0] as number;
  let WN: number[];
  if (s.type === 1) WN = [W0 * p0];
  else if (s.type === 2) WN = [p0 / W0];
  else if (s.type === 3) {
    const p1 = passb[1] as number;
    const discr = Math.sqrt((p1 - p0) ** 2 + 4 * W0 ** 2 * p0 * p1);
    WN = [Math.abs((p1 - p0 + discr) / (2 * W0)), Math.abs((p1 - p0 - discr) / (2 * W0))].sort((x, y) => x - y);
  } else {
    const p1 = passb[1] as number;
    WN = [-W0, W0].map((w0) => Math.abs((-w0 * (p1 - p0)) / 2 + Math.sqrt((w0 ** 2 / 4) * (p1 - p0) ** 2 + p0 * p1))).sort((x, y) => x - y);
  }
  return { order, wn: postprocessWn(WN, s) };
}
