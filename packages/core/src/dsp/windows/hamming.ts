import { generalCosine, type WindowOptions } from './windowUtils';

// scipy builds it as general_hamming(alpha = 0.54): [alpha, 1 − alpha]; keep the same rounding.
const COEFFS = [0.54, 1 - 0.54] as const;

/**
 * The Hamming window: 0.54 − 0.46·cos, about −43 dB first sidelobe (scipy's default window for `firwin`).
 *
 * w[i] = Σₖ aₖ·cos(k·x_i), x_i running evenly from −π to π, with a = [0.54, 0.46]
 * (scipy's `windows.hamming`). Symmetric by default; `{ sym: false }` gives the periodic form for FFT analysis.
 * Lengths 0 and 1 give `[]` and `[1]`.
 *
 * ## Example
 * ```ts
 * import { hamming } from '@rxdsp/core';
 * const w = hamming(64);                      // symmetric, for FIR design
 * const p = hamming(1024, { sym: false });    // periodic, for spectral analysis
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer.
 */
export function hamming(n: number, options: WindowOptions = {}): Float64Array {
  return generalCosine('hamming', n, COEFFS, options.sym);
}
