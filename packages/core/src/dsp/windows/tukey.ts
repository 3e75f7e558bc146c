import { hann } from './hann';
import { extendedLength, isTrivialLength, truncateTo, type WindowOptions } from './windowUtils';
import { checkFinite } from '../../validate/validate';

/**
 * The Tukey (tapered-cosine) window: flat in the middle, with cosine tapers covering the fraction `alpha`
 * of the window (scipy's `windows.tukey`). `alpha ≤ 0` gives the boxcar, `alpha ≥ 1` the Hann window.
 *
 * ## Example
 * ```ts
 * import { tukey } from '@rxdsp/core';
 * const w = tukey(64);        // alpha = 0.5
 * const v = tukey(64, 0.1);   // short tapers
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param alpha - Fraction of the window inside the cosine tapers, normally 0 … 1 (default 0.5); values outside are clamped as in scipy.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer or `alpha` is not finite.
 */
export function tukey(n: number, alpha = 0.5, options: WindowOptions = {}): Float64Array {
  checkFinite('tukey', 'alpha', alpha);
  if (isTrivialLength('tukey', n)) return new Float64Array(n).fill(1);
  if (alpha <= 0) return new Float64Array(n).fill(1);
  if (alpha >= 1) return hann(n, options);
  const m = extendedLength(n, options.sym);
  const width = Math.floor((alpha * (m - 1)) / 2);
  const w = new Float64Array(m).fill(1);
  for (let i = 0; i <= width; i++) {
    w[i] = 0.5 * (1 + Math.cos(Math.PI * (-1 + (2 * i) / alpha / (m - 1))));
  }
  for (let i = m - width - 1; i < m; i++) {
    w[i] = 0.5 * (1 + Math.cos(Math.PI * (-2 / alpha + 1 + (2 * i) / alpha / (m - 1))));
  }
  return truncateTo(w, n);
}
