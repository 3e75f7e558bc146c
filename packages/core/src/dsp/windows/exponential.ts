import { extendedLength, isTrivialLength, truncateTo, type WindowOptions } from './windowUtils';
import { checkFinite } from '../../validate/validate';

/**
 * Options of {@link exponential}.
 *
 * ## Example
 * ```ts
 * import { exponential, type ExponentialOptions } from '@rxdsp/core';
 * const o: ExponentialOptions = { center: 0, tau: 3, sym: false };
 * const w = exponential(64, o);
 * ```
 */
export interface ExponentialOptions extends WindowOptions {
  /**
   * Position of the peak, in samples from the first one (default: the middle, (m − 1)/2). Only the periodic
   * form (`sym: false`) may move it, as in scipy.
   */
  readonly center?: number;
  /** Decay constant τ in samples (default 1): the window falls by 1/e every τ samples from the centre; > 0. */
  readonly tau?: number;
}

/**
 * The exponential (Poisson) window w[i] = exp(−|i − center|/τ) (scipy's `windows.exponential`).
 *
 * ## Example
 * ```ts
 * import { exponential } from '@rxdsp/core';
 * const w = exponential(51, { tau: 8 });                          // symmetric, centred
 * const decay = exponential(64, { center: 0, tau: 20, sym: false }); // one-sided decay
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `center` (samples, periodic form only), `tau` (samples, > 0, default 1), `sym` (default `true`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError for a bad `n`, a `tau` that is not > 0, a non-finite `center`, or a `center` with `sym: true`.
 */
export function exponential(n: number, options: ExponentialOptions = {}): Float64Array {
  const sym = options.sym ?? true;
  const tau = options.tau ?? 1;
  checkFinite('exponential', 'tau', tau);
  if (!(tau > 0)) throw new RangeError(`exponential: tau must be > 0 (the decay constant in samples), got ${tau}`);
  if (options.center !== undefined) {
    checkFinite('exponential', 'center', options.center);
    if (sym) {
      throw new RangeError(
        `exponential: center may only be given for the periodic window (sym: false), as in scipy; got center ${options.center} with sym true`,
      );
    }
  }
  if (isTrivialLength('exponential', n)) return new Float64Array(n).fill(1);
  const m = extendedLength(n, sym);
  const center = options.center ?? (m - 1) / 2;
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) w[i] = Math.exp(-Math.abs(i - center) / tau);
  return truncateTo(w, n);
}
