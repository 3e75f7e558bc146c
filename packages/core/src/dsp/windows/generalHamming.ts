import { generalCosine, type WindowOptions } from './windowUtils';
import { checkFinite } from '../../validate/validate';

/**
 * The generalised Hamming window w = α − (1 − α)·cos(2πi/(m − 1)) (scipy's `windows.general_hamming`):
 * α = 0.54 is Hamming, α = 0.5 is Hann.
 *
 * ## Example
 * ```ts
 * import { generalHamming } from '@rxdsp/core';
 * const w = generalHamming(64, 0.6);
 * const p = generalHamming(1024, 0.54, { sym: false }); // the periodic Hamming window
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param alpha - The window coefficient α, a finite number (normally 0.5 … 1).
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer or `alpha` is not finite.
 */
export function generalHamming(n: number, alpha: number, options: WindowOptions = {}): Float64Array {
  checkFinite('generalHamming', 'alpha', alpha);
  return generalCosine('generalHamming', n, [alpha, 1 - alpha], options.sym);
}
