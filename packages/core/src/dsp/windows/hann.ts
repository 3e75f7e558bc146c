import { generalCosine, type WindowOptions } from './windowUtils';

const COEFFS = [0.5, 0.5] as const;

/**
 * The Hann (raised-cosine) window: 0.5 − 0.5·cos, zero at both ends of the symmetric form; −31 dB first sidelobe.
 *
 * w[i] = Σₖ aₖ·cos(k·x_i), x_i running evenly from −π to π, with a = [0.5, 0.5]
 * (scipy's `windows.hann`). Symmetric by default; `{ sym: false }` gives the periodic form for FFT analysis.
 * Lengths 0 and 1 give `[]` and `[1]`.
 *
 * ## Example
 * ```ts
 * import { hann } from '@rxdsp/core';
 * const w = hann(64);                      // symmetric, for FIR design
 * const p = hann(1024, { sym: false });    // periodic, for spectral analysis
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer.
 */
export function hann(n: number, options: WindowOptions = {}): Float64Array {
  return generalCosine('hann', n, COEFFS, options.sym);
}
