import { extendedLength, isTrivialLength, truncateTo, type WindowOptions } from './windowUtils';

/**
 * The Bohman window w = (1 − |x|)·cos(π|x|) + sin(π|x|)/π, x running evenly from −1 to 1, zero at both ends
 * (scipy's `windows.bohman`).
 *
 * ## Example
 * ```ts
 * import { bohman } from '@rxdsp/core';
 * const w = bohman(64);
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer.
 */
export function bohman(n: number, options: WindowOptions = {}): Float64Array {
  if (isTrivialLength('bohman', n)) return new Float64Array(n).fill(1);
  const m = extendedLength(n, options.sym);
  const w = new Float64Array(m); // ends stay 0
  const step = 2 / (m - 1);
  for (let i = 1; i < m - 1; i++) {
    const f = Math.abs(-1 + i * step); // numpy's linspace(-1, 1, m)
    w[i] = (1 - f) * Math.cos(Math.PI * f) + (1 / Math.PI) * Math.sin(Math.PI * f);
  }
  return truncateTo(w, n);
}
