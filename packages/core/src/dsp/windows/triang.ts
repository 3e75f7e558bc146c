import { extendedLength, isTrivialLength, truncateTo, type WindowOptions } from './windowUtils';

/**
 * The triangular window without zero end points (scipy's `windows.triang`):
 * for odd length m, w = 2k/(m + 1) rising to 1 at the centre; for even m, w = (2k − 1)/m, k = 1 … m/2, mirrored.
 * Compare {@link bartlett}, whose symmetric form is zero at both ends.
 *
 * ## Example
 * ```ts
 * import { triang } from '@rxdsp/core';
 * triang(3); // Float64Array [0.5, 1, 0.5]
 * triang(4); // Float64Array [0.25, 0.75, 0.75, 0.25]
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer.
 */
export function triang(n: number, options: WindowOptions = {}): Float64Array {
  if (isTrivialLength('triang', n)) return new Float64Array(n).fill(1);
  const m = extendedLength(n, options.sym);
  const half = Math.floor((m + 1) / 2);
  const w = new Float64Array(m);
  for (let k = 1; k <= half; k++) {
    const v = m % 2 === 0 ? (2 * k - 1) / m : (2 * k) / (m + 1);
    w[k - 1] = v;
    w[m - k] = v;
  }
  return truncateTo(w, n);
}
