import { lp2Input } from './internal/lp2Input';
import { normalizeBA } from './internal/normalize';
import type { BA } from './types';
import { checkPositive } from '@rxdsp/core';

/**
 * Analog lowpass prototype → lowpass with cutoff `wo`, on transfer-function coefficients, as scipy's
 * `signal.lp2lp(b, a, wo)`: `s → s/wo`. With `M = max(len(a), len(b))` the coefficient of `s^m` (of either
 * polynomial) is divided by `wo^m`, and both are scaled by `wo^(M − 1 − max(len(b) − len(a), 0))`, then
 * normalised (`a[0] = 1`, as scipy's `normalize`).
 * For zeros, poles and gain use {@link lp2lpZpk}; passing a zpk object or `{ re, im }` roots here throws a TypeError
 * that says so.
 *
 * ## Example
 * ```ts
 * import { lp2lp } from '@rxdsp/filters';
 * // 1/(s + 1) → 10/(s + 10): a first-order lowpass moved to 10 rad/s
 * const { b, a } = lp2lp([1], [1, 1], 10);
 * console.log(Array.from(b), Array.from(a)); // [10] [1, 10]
 * ```
 * @param b numerator coefficients of the prototype, highest power of s first (a number or an array of numbers).
 * @param a denominator coefficients, highest power of s first (not all zero).
 * @param wo new cutoff in rad/s (> 0, default 1).
 * @returns the transformed `{ b, a }` with `a[0] = 1`.
 * @throws TypeError for a zpk object, `{ re, im }` roots or more than three arguments (the zpk form's call), or
 *   non-numeric coefficients; RangeError for empty, non-finite or all-zero `a`, and `wo ≤ 0`.
 */
export function lp2lp(b: number | ArrayLike<number>, a: number | ArrayLike<number>, wo = 1): BA {
  const fn = 'lp2lp';
  const input = lp2Input(fn, b, a, arguments.length, '(b, a, wo)');
  const w = checkPositive(fn, 'wo', wo);
  const d = input.a.length;
  const n = input.b.length;
  const m = Math.max(d, n);
  // pwo[i] = wo^(M − 1 − i): the power of wo that divides the coefficient of s^(M − 1 − i)
  const pwo = new Float64Array(m);
  for (let i = 0; i < m; i++) pwo[i] = w ** (m - 1 - i);
  const start1 = Math.max(n - d, 0);
  const start2 = Math.max(d - n, 0);
  const scale = pwo[start1] as number;
  const outB = input.b.map((x, i) => (x * scale) / (pwo[start2 + i] as number));
  const outA = input.a.map((x, i) => (x * scale) / (pwo[start1 + i] as number));
  return normalizeBA(fn, outB, outA);
}
