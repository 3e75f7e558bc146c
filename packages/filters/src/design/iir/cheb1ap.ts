import { cprod, cneg } from './complex';
import type { ZPK } from './types';
import { checkInt, checkPositive } from '@rxdsp/core';

/**
 * Analog Chebyshev type I lowpass prototype, as scipy's `signal.cheb1ap`: equiripple passband of `rp` dB up to
 * 1 rad/s. Poles `−sinh(μ + jθₘ)` with `μ = asinh(1/ε)/N`, `ε = √(10^{rp/10} − 1)`, `θₘ = πm/(2N)`; for even N
 * the gain is divided by √(1 + ε²) so the DC gain is −rp dB (the ripple trough).
 *
 * ## Example
 * ```ts
 * import { cheb1ap } from '@rxdsp/filters';
 * const { p, k } = cheb1ap(4, 1);
 * ```
 * @param N order, integer ≥ 0.
 * @param rp passband ripple in dB (> 0).
 * @returns `{ z: [], p, k }`.
 * @throws RangeError/TypeError for a bad order or ripple.
 */
export function cheb1ap(N: number, rp: number): ZPK {
  const n = checkInt('cheb1ap', 'N', N, 0);
  const r = checkPositive('cheb1ap', 'rp', rp);
  if (n === 0) return { z: [], p: [], k: 10 ** (-r / 20) };
  const eps = Math.sqrt(10 ** (0.1 * r) - 1);
  const mu = Math.asinh(1 / eps) / n;
  const p = [];
  for (let m = -n + 1; m < n; m += 2) {
    const th = (Math.PI * m) / (2 * n);
    // −sinh(μ + jθ) = −(sinh μ cos θ + j cosh μ sin θ)
    p.push({ re: -Math.sinh(mu) * Math.cos(th), im: -Math.cosh(mu) * Math.sin(th) });
  }
  let k = cprod(p.map(cneg)).re;
  if (n % 2 === 0) k /= Math.sqrt(1 + eps * eps);
  return { z: [], p, k };
}
