import { cdiv, cneg, cprod, type Complex } from './complex';
import type { ZPK } from './types';
import { checkInt, checkPositive } from '@rxdsp/core';

/**
 * Analog Chebyshev type II (inverse Chebyshev) lowpass prototype, as scipy's `signal.cheb2ap`: monotonic
 * passband, equiripple stopband at least `rs` dB down from 1 rad/s on. Zeros `j/sin(πm/(2N))` (m odd, m ≠ 0),
 * poles the reciprocals of Chebyshev-warped Butterworth poles, gain so that the DC gain is 1.
 *
 * ## Example
 * ```ts
 * import { cheb2ap } from '@rxdsp/filters';
 * const { z, p, k } = cheb2ap(5, 40);
 * ```
 * @param N order, integer ≥ 0.
 * @param rs minimum stopband attenuation in dB (> 0).
 * @returns `{ z, p, k }`.
 * @throws RangeError/TypeError for a bad order or attenuation.
 */
export function cheb2ap(N: number, rs: number): ZPK {
  const n = checkInt('cheb2ap', 'N', N, 0);
  const r = checkPositive('cheb2ap', 'rs', rs);
  if (n === 0) return { z: [], p: [], k: 1 };
  const de = 1 / Math.sqrt(10 ** (0.1 * r) - 1);
  const mu = Math.asinh(1 / de) / n;
  const ms: number[] = [];
  if (n % 2) {
    for (let m = -n + 1; m < 0; m += 2) ms.push(m);
    for (let m = 2; m < n; m += 2) ms.push(m);
  } else {
    for (let m = -n + 1; m < n; m += 2) ms.push(m);
  }
  // z = −conj(j / sin(mπ/(2N))) = j / sin(mπ/(2N))
  const z: Complex[] = ms.map((m) => ({ re: -0, im: 1 / Math.sin((m * Math.PI) / (2 * n)) }));
  const p: Complex[] = [];
  for (let m = -n + 1; m < n; m += 2) {
    const th = (Math.PI * m) / (2 * n);
    const br = -Math.cos(th);
    const bi = -Math.sin(th);
    p.push(cdiv({ re: 1, im: 0 }, { re: Math.sinh(mu) * br, im: Math.cosh(mu) * bi }));
  }
  const k = cdiv(cprod(p.map(cneg)), cprod(z.map(cneg))).re;
  return { z, p, k };
}
