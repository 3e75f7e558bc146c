import { agm } from './ellipk';
import { checkFinite } from '@rxdsp/core';

/**
 * `K(1 − p)`, the complete elliptic integral of the first kind at parameter 1 − p, accurate for tiny p
 * (scipy's `special.ellipkm1`): `π / (2·AGM(1, √p))`.
 *
 * ## Example
 * ```ts
 * import { ellipkm1 } from '@rxdsp/filters';
 * ellipkm1(1e-20); // K(1 − 1e−20) ≈ 24.4121452910603
 * ```
 * @param p complementary parameter, p ≥ 0 (p = 0 gives Infinity).
 * @returns K(1 − p).
 */
export function ellipkm1(p: number): number {
  const x = checkFinite('ellipkm1', 'p', p);
  if (x < 0) return Number.NaN;
  if (x === 0) return Number.POSITIVE_INFINITY;
  return Math.PI / (2 * agm(1, Math.sqrt(x)));
}
