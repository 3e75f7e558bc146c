import { binomialRows, lp2Input } from './internal/lp2Input';
import { normalizeBA } from './internal/normalize';
import type { BA } from './types';
import { checkPositive } from '@rxdsp/core';

/**
 * Analog lowpass prototype → bandpass with centre `wo` and width `bw`, on transfer-function coefficients, as
 * scipy's `signal.lp2bp(b, a, wo, bw)`: `s → (s² + wo²)/(s·bw)`. With `N = len(b) − 1`, `D = len(a) − 1`,
 * `M = max(N, D)`, multiplying through by `(s·bw)^M` and expanding `(s² + wo²)^i` binomially gives
 * `Σᵢ c[len−1−i] · Σₖ C(i, k)·wo^(2(i−k))·s^(M−i+2k) / bw^i` for each polynomial (degrees N + M and D + M),
 * which are then normalised (`a[0] = 1`, as scipy's `normalize`).
 * For zeros, poles and gain use {@link lp2bpZpk} (better conditioned at high orders); passing a zpk object or
 * `{ re, im }` roots here throws a TypeError that says so.
 *
 * ## Example
 * ```ts
 * import { lp2bp } from '@rxdsp/filters';
 * // 1/(s + 1) → 2s/(s² + 2s + 9): a second-order bandpass centred on 3 rad/s, 2 rad/s wide
 * const { b, a } = lp2bp([1], [1, 1], 3, 2);
 * console.log(Array.from(b), Array.from(a)); // [2, 0] [1, 2, 9]
 * ```
 * @param b numerator coefficients of the prototype, highest power of s first (a number or an array of numbers).
 * @param a denominator coefficients, highest power of s first (not all zero).
 * @param wo centre (geometric mean of the band edges) in rad/s (> 0, default 1).
 * @param bw bandwidth in rad/s (> 0, default 1).
 * @returns the transformed `{ b, a }` with `a[0] = 1` (twice the prototype's order).
 * @throws TypeError for a zpk object, `{ re, im }` roots or more than four arguments (the zpk form's call), or
 *   non-numeric coefficients; RangeError for empty, non-finite or all-zero `a`, `wo ≤ 0` and `bw ≤ 0`.
 */
export function lp2bp(b: number | ArrayLike<number>, a: number | ArrayLike<number>, wo = 1, bw = 1): BA {
  const fn = 'lp2bp';
  const input = lp2Input(fn, b, a, arguments.length, '(b, a, wo, bw)');
  const w = checkPositive(fn, 'wo', wo);
  const width = checkPositive(fn, 'bw', bw);
  const ma = Math.max(input.b.length, input.a.length) - 1;
  const comb = binomialRows(ma);
  const wosq = w * w;
  const transform = (c: Float64Array): Float64Array => {
    const deg = c.length - 1;
    const outDeg = deg + ma;
    const out = new Float64Array(outDeg + 1);
    // term (i, k) lands on s^(ma − i + 2k), i.e. index outDeg − (ma − i + 2k); summed in ascending i as scipy does
    for (let i = 0; i <= deg; i++) {
      const row = comb[i] as Float64Array;
      for (let k = 0; k <= i; k++) {
        const j = ma - i + 2 * k;
        out[outDeg - j] = (out[outDeg - j] as number) + ((row[k] as number) * (c[deg - i] as number) * wosq ** (i - k)) / width ** i;
      }
    }
    return out;
  };
  return normalizeBA(fn, transform(input.b), transform(input.a));
}
