import { checkFiniteVector } from '@rxdsp/core';

/**
 * Initial state for {@link lfilter} from past outputs (and inputs) — scipy's `signal.lfiltic(b, a, y, x)`.
 *
 * `y` and `x` are given newest first: `y = [y[−1], y[−2], …]`, `x = [x[−1], x[−2], …]`. Missing values
 * are taken as zero and extra values are ignored (only the first len(a) − 1 of `y` and len(b) − 1 of
 * `x` matter). The result has length max(len(a), len(b)) − 1 and is divided by `a[0]` like scipy's.
 *
 * ## Example
 * ```ts
 * import { lfiltic, lfilter } from '@rxdsp/filters';
 * // continue y[n] = 0.5·y[n−1] + x[n] from a previous output of 2:
 * const zi = lfiltic([1], [1, -0.5], [2]); // Float64Array [1]
 * lfilter([1], [1, -0.5], [0, 0], zi).y;  // [1, 0.5]
 * ```
 *
 * @param b numerator coefficients (non-empty, finite), or a scalar as in scipy
 * @param a denominator coefficients (non-empty, finite, `a[0] ≠ 0`), or a scalar (`lfiltic(b, 1, y)`)
 * @param y past outputs, newest first (finite)
 * @param x past inputs, newest first (finite); default zeros
 */
export function lfiltic(
  b: ArrayLike<number> | number,
  a: ArrayLike<number> | number,
  y: ArrayLike<number>,
  x?: ArrayLike<number>,
): Float64Array {
  const bb = checkFiniteVector('lfiltic', 'b', b, { scalar: true });
  const aa = checkFiniteVector('lfiltic', 'a', a, { scalar: true });
  const yy = checkFiniteVector('lfiltic', 'y', y, { allowEmpty: true });
  const xx = x === undefined ? new Float64Array(0) : checkFiniteVector('lfiltic', 'x', x, { allowEmpty: true });
  const a0 = aa[0] as number;
  if (a0 === 0) throw new RangeError('lfiltic: a[0] must be non-zero, got 0');
  const N = aa.length - 1;
  const M = bb.length - 1;
  const zi = new Float64Array(Math.max(M, N));
  for (let m = 0; m < M; m++) {
    let s = 0;
    for (let j = 0; j < M - m; j++) s += (bb[m + 1 + j] as number) * (j < xx.length ? (xx[j] as number) : 0);
    zi[m] = s;
  }
  for (let m = 0; m < N; m++) {
    let s = 0;
    for (let j = 0; j < N - m; j++) s += (aa[m + 1 + j] as number) * (j < yy.length ? (yy[j] as number) : 0);
    zi[m] = (zi[m] as number) - s;
  }
  if (a0 !== 1) for (let i = 0; i < zi.length; i++) zi[i] = (zi[i] as number) / a0;
  return zi;
}
