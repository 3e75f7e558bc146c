import { lp2Input } from './internal/lp2Input';
import { normalizeBA } from './internal/normalize';
import type { BA } from './types';
import { checkPositive } from '@rxdsp/core';

/**
 * Analog lowpass prototype → highpass with cutoff `wo`, on transfer-function coefficients, as scipy's
 * `signal.lp2hp(b, a, wo)`: `s → wo/s`. Multiplying through by `s^(M−1)` (`M = max(len(a), len(b))`) reverses
 * each coefficient list and multiplies its i-th entry by `wo^i`; the shorter list is padded with zeros at the end
 * (zeros at s = 0), then both are normalised (`a[0] = 1`, as scipy's `normalize`).
 * For zeros, poles and gain use {@link lp2hpZpk}; passing a zpk object or `{ re, im }` roots here throws a TypeError
 * that says so.
 *
 * ## Example
 * ```ts
 * import { lp2hp } from '@rxdsp/filters';
 * // 1/(s + 1) → s/(s + 10): a first-order highpass at 10 rad/s
 * const { b, a } = lp2hp([1], [1, 1], 10);
 * console.log(Array.from(b), Array.from(a)); // [1, 0] [1, 10]
 * ```
 * @param b numerator coefficients of the prototype, highest power of s first (a number or an array of numbers).
 * @param a denominator coefficients, highest power of s first (not all zero).
 * @param wo new cutoff in rad/s (> 0, default 1).
 * @returns the transformed `{ b, a }` with `a[0] = 1`.
 * @throws TypeError for a zpk object, `{ re, im }` roots or more than three arguments (the zpk form's call), or
 *   non-numeric coefficients; RangeError for empty, non-finite or all-zero `a`, and `wo ≤ 0`.
 */
export function lp2hp(b: number | ArrayLike<number>, a: number | ArrayLike<number>, wo = 1): BA {
  const fn = 'lp2hp';
  const input = lp2Input(fn, b, a, arguments.length, '(b, a, wo)');
  const w = checkPositive(fn, 'wo', wo);
  const d = input.a.length;
  const n = input.b.length;
  const m = Math.max(d, n);
  const pwo = new Float64Array(m);
  for (let i = 0; i < m; i++) pwo[i] = w === 1 ? 1 : w ** i;
  // reversed and scaled: out[i] = c[len − 1 − i]·wo^i, zero beyond the list's own length
  const flip = (c: Float64Array): Float64Array => {
    const out = new Float64Array(m);
    for (let i = 0; i < c.length; i++) out[i] = (c[c.length - 1 - i] as number) * (pwo[i] as number);
    return out;
  };
  return normalizeBA(fn, flip(input.b), flip(input.a));
}
