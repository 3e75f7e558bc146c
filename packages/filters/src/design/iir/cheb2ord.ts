import { acoshAccurate } from './internal/accurateMath';
import { findNatFreq, orderFromReal, postprocessWn, setupOrder, type OrderOptions, type OrderResult } from './internal/orderSelection';

/**
 * Lowest Chebyshev type II order meeting a specification, as scipy's `signal.cheb2ord`; `wn` is the stopband
 * edge(s) of the design whose loss at the passband edge is exactly `gpass`, ready for {@link cheby2} with `rs = gstop`.
 *
 * ## Example
 * ```ts
 * import { cheb2ord, cheby2 } from '@rxdsp/filters';
 * const { order, wn } = cheb2ord(3000, 3500, 1, 60, { fs: 16000 });
 * const sos = cheby2(order, 60, wn, { fs: 16000, output: 'sos' });
 * ```
 * @param wp passband edge(s): normalised (0, 1), Hz with `fs`, rad/s with `analog`.
 * @param ws stopband edge(s), same units.
 * @param gpass maximum passband loss in dB (> 0).
 * @param gstop minimum stopband attenuation in dB (> gpass).
 * @param options `{ fs, analog }`.
 * @returns `{ order, wn }`.
 * @throws RangeError/TypeError as {@link buttord}.
 */
export function cheb2ord(wp: number | readonly number[], ws: number | readonly number[], gpass: number, gstop: number, options?: OrderOptions): OrderResult {
  return cheb2ordFor('cheb2ord', wp, ws, gpass, gstop, options);
}

/** {@link cheb2ord} on behalf of the public function `fn`, which its errors name (internal). */
export function cheb2ordFor(fn: string, wp: number | readonly number[], ws: number | readonly number[], gpass: number, gstop: number, options?: OrderOptions): OrderResult {
  const s = setupOrder(fn, wp, ws, gpass, gstop, options);
  const { nat, passb } = findNatFreq(s, 'cheby');
  const GSTOP = 10 ** (0.1 * Math.abs(s.gstop));
  const GPASS = 10 ** (0.1 * Math.abs(s.gpass));
  const v = acoshAccurate(Math.sqrt((GSTOP - 1) / (GPASS - 1)));
  const order = orderFromReal(fn, v / acoshAccurate(nat));
  const newFreq = 1 / Math.cosh((1 / order) * v);
  const p0 = passb[0] as number;
  let WN: number[];
  if (s.type === 1) WN = [p0 / newFreq];
  else if (s.type === 2) WN = [p0 * newFreq];
  else if (s.type === 3) {
    const p1 = passb[1] as number;
    const n0 = (newFreq / 2) * (p0 - p1) + Math.sqrt((newFreq ** 2 * (p1 - p0) ** 2) / 4 + p1 * p0);
    WN = [n0, (p1 * p0) / n0];
  } else {
    const p1 = passb[1] as number;
    const n0 = (1 / (2 * newFreq)) * (p0 - p1) + Math.sqrt((p1 - p0) ** 2 / (4 * newFreq ** 2) + p1 * p0);
    WN = [n0, (p0 * p1) / n0];
  }
  return { order, wn: postprocessWn(WN, s) };
}
