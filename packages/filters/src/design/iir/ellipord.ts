import { ellipk } from './ellipk';
import { ellipkm1 } from './ellipkm1';
import { findNatFreq, orderFromReal, postprocessWn, setupOrder, type OrderOptions, type OrderResult } from './internal/orderSelection';

/**
 * Lowest elliptic order meeting a specification, as scipy's `signal.ellipord` (order from the ratio of complete
 * elliptic integrals K(1/nat²)·K'(ε²/δ²) / (K'(1/nat²)·K(ε²/δ²))); `wn` is the passband edge(s), ready for
 * {@link ellip} with `rp = gpass`, `rs = gstop`.
 *
 * ## Example
 * ```ts
 * import { ellipord, ellip } from '@rxdsp/filters';
 * const { order, wn } = ellipord(0.2, 0.3, 0.5, 60);
 * const sos = ellip(order, 0.5, 60, wn, { output: 'sos' });
 * ```
 * @param wp passband edge(s): normalised (0, 1), Hz with `fs`, rad/s with `analog`.
 * @param ws stopband edge(s), same units.
 * @param gpass maximum passband loss in dB (> 0).
 * @param gstop minimum stopband attenuation in dB (> gpass).
 * @param options `{ fs, analog }`.
 * @returns `{ order, wn }`.
 * @throws RangeError/TypeError as {@link buttord}.
 */
export function ellipord(wp: number | readonly number[], ws: number | readonly number[], gpass: number, gstop: number, options?: OrderOptions): OrderResult {
  return ellipordFor('ellipord', wp, ws, gpass, gstop, options);
}

/** {@link ellipord} on behalf of the public function `fn`, which its errors name (internal). */
export function ellipordFor(fn: string, wp: number | readonly number[], ws: number | readonly number[], gpass: number, gstop: number, options?: OrderOptions): OrderResult {
  const s = setupOrder(fn, wp, ws, gpass, gstop, options);
  const { nat, passb } = findNatFreq(s, 'ellip');
  const pow10m1 = (x: number): number => Math.expm1(Math.LN10 * x);
  const arg1Sq = pow10m1(0.1 * s.gpass) / pow10m1(0.1 * s.gstop);
  const arg0 = 1 / nat;
  const d00 = ellipk(arg0 ** 2);
  const d01 = ellipkm1(arg0 ** 2);
  const d10 = ellipk(arg1Sq);
  const d11 = ellipkm1(arg1Sq);
  const order = orderFromReal(fn, (d00 * d11) / (d01 * d10));
  return { order, wn: postprocessWn(passb, s) };
}
