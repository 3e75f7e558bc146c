import { extendedLength, isTrivialLength, truncateTo, type WindowOptions } from './windowUtils';
import { checkFinite } from '../../validate/validate';

/**
 * The generalised Gaussian window w = exp(−½·|x/σ|^(2p)), x in samples from the centre
 * (scipy's `windows.general_gaussian`): p = 1 is the Gaussian window, p = 0.5 a Laplace shape, large p
 * approaches a rectangle of half-width σ.
 *
 * ## Example
 * ```ts
 * import { generalGaussian } from '@rxdsp/core';
 * const w = generalGaussian(51, 1.5, 7);
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param p - Shape parameter, a finite number ≥ 0.
 * @param sig - Width σ in samples, a finite number > 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError for a bad `n`, a negative `p` or a `sig` that is not > 0.
 */
export function generalGaussian(n: number, p: number, sig: number, options: WindowOptions = {}): Float64Array {
  checkFinite('generalGaussian', 'p', p);
  checkFinite('generalGaussian', 'sig', sig);
  if (p < 0) throw new RangeError(`generalGaussian: p must be ≥ 0 (the shape parameter), got ${p}`);
  if (!(sig > 0)) throw new RangeError(`generalGaussian: sig must be > 0 (the width σ in samples), got ${sig}`);
  if (isTrivialLength('generalGaussian', n)) return new Float64Array(n).fill(1);
  const m = extendedLength(n, options.sym);
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) w[i] = Math.exp(-0.5 * Math.abs((i - (m - 1) / 2) / sig) ** (2 * p));
  return truncateTo(w, n);
}
