import { checkFinite } from '@rxdsp/core';

/** @internal Arithmetic–geometric mean of two non-negative numbers. */
export function agm(a: number, b: number): number {
  for (let i = 0; i < 64; i++) {
    if (Math.abs(a - b) <= 2 * Number.EPSILON * a) break;
    const an = (a + b) / 2;
    b = Math.sqrt(a * b);
    a = an;
  }
  return (a + b) / 2;
}

/**
 * Complete elliptic integral of the first kind `K(m) = ∫₀^{π/2} dθ / √(1 − m·sin²θ)` in terms of the
 * parameter m = k² (scipy's `special.ellipk` convention), computed as `π / (2·AGM(1, √(1 − m)))`.
 * K(0) = π/2; K(m) → ∞ as m → 1 (`Infinity` at m = 1); NaN for m > 1.
 *
 * ## Example
 * ```ts
 * import { ellipk } from '@rxdsp/filters';
 * ellipk(0.5); // ≈ 1.85407467730137
 * ```
 * @param m parameter, m ≤ 1 (negative values allowed).
 * @returns K(m).
 */
export function ellipk(m: number): number {
  const x = checkFinite('ellipk', 'm', m);
  if (x > 1) return Number.NaN;
  if (x === 1) return Number.POSITIVE_INFINITY;
  return Math.PI / (2 * agm(1, Math.sqrt(1 - x)));
}
