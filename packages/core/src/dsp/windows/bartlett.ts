import { extendedLength, isTrivialLength, truncateTo, type WindowOptions } from './windowUtils';

/**
 * The Bartlett window: a triangle that reaches zero at both ends of the symmetric form
 * (w[i] = 2i/(m − 1) up to the centre, 2 − 2i/(m − 1) after; scipy's `windows.bartlett`).
 *
 * ## Example
 * ```ts
 * import { bartlett } from '@rxdsp/core';
 * bartlett(5);                 // Float64Array [0, 0.5, 1, 0.5, 0]
 * bartlett(4, { sym: false }); // Float64Array [0, 0.5, 1, 0.5]
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer.
 */
export function bartlett(n: number, options: WindowOptions = {}): Float64Array {
  if (isTrivialLength('bartlett', n)) return new Float64Array(n).fill(1);
  const m = extendedLength(n, options.sym);
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) w[i] = i <= (m - 1) / 2 ? (2 * i) / (m - 1) : 2 - (2 * i) / (m - 1);
  return truncateTo(w, n);
}
