import { extendedLength, isTrivialLength, truncateTo, type WindowOptions } from './windowUtils';

/**
 * The Parzen (de la Vallée Poussin) window: a piecewise cubic, the 4-fold convolution of a rectangle
 * (scipy's `windows.parzen`).
 *
 * ## Example
 * ```ts
 * import { parzen } from '@rxdsp/core';
 * const w = parzen(64);
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer.
 */
export function parzen(n: number, options: WindowOptions = {}): Float64Array {
  if (isTrivialLength('parzen', n)) return new Float64Array(n).fill(1);
  const m = extendedLength(n, options.sym);
  const w = new Float64Array(m);
  const half = m / 2;
  for (let i = 0; i < m; i++) {
    const a = Math.abs(-(m - 1) / 2 + i);
    const r = a / half;
    w[i] = a <= (m - 1) / 4 ? 1 - 6 * r * r + 6 * r * r * r : 2 * (1 - r) ** 3;
  }
  return truncateTo(w, n);
}
