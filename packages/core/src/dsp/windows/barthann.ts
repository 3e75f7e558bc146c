import { extendedLength, isTrivialLength, truncateTo, type WindowOptions } from './windowUtils';

/**
 * The modified Bartlett–Hann window w = 0.62 − 0.48·|f| + 0.38·cos(2πf), f = i/(m − 1) − ½
 * (scipy's `windows.barthann`).
 *
 * ## Example
 * ```ts
 * import { barthann } from '@rxdsp/core';
 * const w = barthann(64);
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer.
 */
export function barthann(n: number, options: WindowOptions = {}): Float64Array {
  if (isTrivialLength('barthann', n)) return new Float64Array(n).fill(1);
  const m = extendedLength(n, options.sym);
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const f = Math.abs(i / (m - 1) - 0.5);
    w[i] = 0.62 - 0.48 * f + 0.38 * Math.cos(2 * Math.PI * f);
  }
  return truncateTo(w, n);
}
