import type { ZPK } from './types';
import { normalizeBA } from './internal/normalize';
import { roots } from './internal/poly';

/**
 * Zeros, poles and gain of a transfer function, as scipy's `signal.tf2zpk`. The roots are the eigenvalues
 * of the balanced companion matrices (computed with `ml-matrix`); complex roots come as exact conjugate pairs.
 * `b` and `a` are read as polynomials in decreasing powers (of z or s), like scipy: leading zeros of `a` and
 * numerically-zero leading coefficients of `b` (|bᵢ/a₀| ≤ 1e-14) are dropped first.
 * The order of the returned roots is unspecified (sort them to compare).
 *
 * ## Example
 * ```ts
 * import { tf2zpk } from '@rxdsp/filters';
 * tf2zpk([2, 0, -2], [1, 0, 0.25]); // z = ±1, p = ±0.5i, k = 2
 * ```
 * @param b numerator coefficients (non-empty, finite).
 * @param a denominator coefficients (non-empty, finite, not all zero).
 * @returns `{ z, p, k }`.
 * @throws TypeError/RangeError for non-numeric, non-finite or all-zero coefficients.
 */
export function tf2zpk(b: ArrayLike<number>, a: ArrayLike<number>): ZPK {
  return tf2zpkFor('tf2zpk', b, a);
}

/** {@link tf2zpk} on behalf of the public function `fn`, which its errors name (internal). */
export function tf2zpkFor(fn: string, b: ArrayLike<number>, a: ArrayLike<number>): ZPK {
  const n = normalizeBA(fn, b, a);
  const k = n.b[0] as number;
  if (k === 0) return { z: [], p: roots(n.a), k: 0 };
  const bm = n.b.map((x) => x / k);
  return { z: roots(bm), p: roots(n.a), k };
}
