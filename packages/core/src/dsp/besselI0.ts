/**
 * The modified Bessel function of the first kind of order zero, I₀(x) (scipy's `special.i0`).
 *
 * Computed from its power series I₀(x) = Σₖ ((x/2)ᵏ / k!)², whose terms are all positive, so the sum
 * carries no cancellation: the relative error stays within a few ulps for every finite x whose result
 * is representable (|x| ≲ 713; beyond that the result overflows to `Infinity`, as in scipy).
 * I₀ is even, I₀(0) = 1, and it is the shape function of the Kaiser window.
 *
 * ## Example
 * ```ts
 * import { besselI0 } from '@rxdsp/core';
 * besselI0(0); // 1
 * besselI0(1); // 1.2660658777520082
 * ```
 *
 * @param x - Argument, any finite real number (NaN gives NaN).
 * @returns I₀(x) ≥ 1.
 */
export function besselI0(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const q = (x * x) / 4;
  let term = 1;
  let sum = 1;
  for (let k = 1; k < 10_000; k++) {
    term *= q / (k * k);
    sum += term;
    if (term <= sum * 1e-17) break;
    if (!Number.isFinite(sum)) return Number.POSITIVE_INFINITY;
  }
  return sum;
}
