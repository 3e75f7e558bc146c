import { generalCosine, type WindowOptions } from './windowUtils';

const COEFFS = [0.35875, 0.48829, 0.14128, 0.01168] as const;

/**
 * The minimum four-term Blackman–Harris window, with about −92 dB sidelobes.
 *
 * w[i] = Σₖ aₖ·cos(k·x_i), x_i running evenly from −π to π, with a = [0.35875, 0.48829, 0.14128, 0.01168]
 * (scipy's `windows.blackmanharris`). Symmetric by default; `{ sym: false }` gives the periodic form for FFT analysis.
 * Lengths 0 and 1 give `[]` and `[1]`.
 *
 * ## Example
 * ```ts
 * import { blackmanharris } from '@rxdsp/core';
 * const w = blackmanharris(64);                      // symmetric, for FIR design
 * const p = blackmanharris(1024, { sym: false });    // periodic, for spectral analysis
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer.
 */
export function blackmanharris(n: number, options: WindowOptions = {}): Float64Array {
  return generalCosine('blackmanharris', n, COEFFS, options.sym);
}
