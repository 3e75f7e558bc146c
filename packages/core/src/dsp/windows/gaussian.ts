import { extendedLength, isTrivialLength, truncateTo, type WindowOptions } from './windowUtils';
import { checkFinite } from '../../validate/validate';

/**
 * The Gaussian window w[i] = exp(−(i − (m − 1)/2)² / (2σ²)) (scipy's `windows.gaussian`).
 *
 * ## Example
 * ```ts
 * import { gaussian } from '@rxdsp/core';
 * const w = gaussian(51, 7); // σ = 7 samples
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param std - Standard deviation σ in samples, > 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer or `std` is not a positive finite number.
 */
export function gaussian(n: number, std: number, options: WindowOptions = {}): Float64Array {
  checkFinite('gaussian', 'std', std);
  if (!(std > 0)) throw new RangeError(`gaussian: std must be > 0 (the standard deviation in samples), got ${std}`);
  if (isTrivialLength('gaussian', n)) return new Float64Array(n).fill(1);
  const m = extendedLength(n, options.sym);
  const sig2 = 2 * std * std;
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const d = i - (m - 1) / 2;
    w[i] = Math.exp(-(d * d) / sig2);
  }
  return truncateTo(w, n);
}
