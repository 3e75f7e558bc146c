import { binomialRows, lp2Input } from './internal/lp2Input';
import { normalizeBA } from './internal/normalize';
import type { BA } from './types';
import { checkPositive } from '@rxdsp/core';

/**
 * Analog lowpass prototype → bandstop with centre `wo` and width `bw`, on transfer-function coefficients, as
 * scipy's `signal.lp2bs(b, a, wo, bw)`: `s → s·bw/(s² + wo²)`. With `M = max(len(b), len(a)) − 1`, multiplying
 * through by `(s² + wo²)^M` and expanding `(s² + wo²)^(M−i)` binomially gives
 * `Σᵢ c[len−1−i] · Σₖ C(M−i, k)·wo^(2(M−i−k))·bw^i·s^(i+2k)` for each polynomial (both of degree 2M), which are
 * then normalised (`a[0] = 1`, as scipy's `normalize`).
 * For zeros, poles and gain use {@link lp2bsZpk} (better conditioned at high orders); passing a zpk object or
 * `{ re, im }` roots here throws a TypeError that says so.
 *
 * ## Example
 * ```ts
 * import { lp2bs } from '@rxdsp/filters';
 * // 1/(s + 1) → (s² + 9)/(s² + 2s + 9): a notch at 3 rad/s, 2 rad/s wide
 * const { b, a } = lp2bs([1], [1, 1], 3, 2);
 * console.log(Array.from(b), Array.from(a)); // [1, 0, 9] [1, 2, 9]
 * ```
 * @param b numerator coefficients of the prototype, highest power of s first (a number or an array of numbers).
 * @param a denominator coefficients, highest power of s first (not all zero).
 * @param wo centre (geometric mean of the band edges) in rad/s (> 0, default 1).
 * @param bw bandwidth in rad/s (> 0, default 1).
 * @returns the transformed `{ b, a }` with `a[0] = 1` (twice the prototype's order).
 * @throws TypeError for a zpk object, `{ re, im }` roots or more than four arguments (the zpk form's call), or
 *   non-numeric coefficients; RangeError for empty, non-finite or all-zero `a`, `wo ≤ 0` and `bw ≤ 0`.
 */
export function lp2bs(b: number | ArrayLike<number>, a: number | ArrayLike<number>, wo = 1, bw = 1): BA {
  const fn = 'lp2bs';
  const input = lp2Input(fn, b, a, arguments.length, '(b, a, wo, bw)');
  const w = checkPositive(fn, 'wo', wo);
  const width = checkPositive(fn, 'bw', bw);
  const m = Math.max(input.b.length, input.a.length) - 1;
  const comb = binomialRows(m);
  const wosq = w * w;
  const transform = (c: Float64Array): Float64Array => {
    const deg = c.length - 1;
    const out = new Float64Array(2 * m + 1);
    // term (i, k) lands on s^(i + 2k), i.e. index 2M − (i + 2k); summed in ascending i as scipy does
    for (let i = 0; i <= deg; i++) {
      const row = comb[m - i] as Float64Array;
      for (let k = 0; k <= m - i; k++) {
        const j = i + 2 * k;
        out[2 * m - j] = (out[2 * m - j] as number) + (row[k] as number) * (c[deg - i] as number) * wosq ** (m - i - k) * width ** i;
      }
    }
    return out;
  };
  return normalizeBA(fn, transform(input.b), transform(input.a));
}
