import { acoshAccurate } from './internal/accurateMath';
import { findNatFreq, orderFromReal, postprocessWn, setupOrder, type OrderOptions, type OrderResult } from './internal/orderSelection';

/**
 * Lowest Chebyshev type I order meeting a specification, as scipy's `signal.cheb1ord`; `wn` is the passband
 * edge(s) (after scipy's bandstop edge optimisation), ready for {@link cheby1} with `rp = gpass`.
 *
 * ## Example
 * ```ts
 * import { cheb1ord, cheby1 } from '@rxdsp/filters';
 * const { order, wn } = cheb1ord([0.2, 0.5], [0.1, 0.6], 3, 40);
 * const sos = cheby1(order, 3, wn, { btype: 'bandpass', output: 'sos' });
 * ```
 * @param wp passband edge(s): normalised (0, 1), Hz with `fs`, rad/s with `analog`.
 * @param ws stopband edge(s), same units.
 * @param gpass maximum passband loss in dB (> 0).
 * @param gstop minimum stopband attenuation in dB (> gpass).
 * @param options `{ fs, analog }`.
 * @returns `{ order, wn }`.
 * @throws RangeError/TypeError as {@link buttord}.
 */
export function cheb1ord(wp: number | readonly number[], ws: number | readonly number[], gpass: number, gstop: number, options?: OrderOptions): OrderResult {
  return cheb1ordFor('cheb1ord', wp, ws, gpass, gstop, options);
}

/** {@link cheb1ord} on behalf of the public function `fn`, which its errors name (internal). */
export function cheb1ordFor(fn: string, wp: number | readonly number[], ws: number | readonly number[], gpass: number, gstop: number, options?: OrderOptions): OrderResult {
  const s = setupOrder(fn, wp, ws, gpass, gstop, options);
  const { nat, passb } = findNatFreq(s, 'cheby');
  const GSTOP = 10 ** (0.1 * Math.abs(s.gstop));
  const GPASS = 10 ** (0.1 * Math.abs(s.gpass));
  const v = acoshAccurate(Math.sqrt((GSTOP - 1) / (GPASS - 1)));
  const order = orderFromReal(fn, v / acoshAccurate(nat));
  return { order, wn: postprocessWn(passb, s) };
}
