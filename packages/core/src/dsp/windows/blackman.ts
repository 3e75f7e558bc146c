import { generalCosine, type WindowOptions } from './windowUtils';

const COEFFS = [0.42, 0.5, 0.08] as const;

/**
 * The Blackman window: a three-term cosine sum with about −58 dB sidelobes.
 *
 * w[i] = Σₖ aₖ·cos(k·x_i), x_i running evenly from −π to π, with a = [0.42, 0.5, 0.08]
 * (scipy's `windows.blackman`). Symmetric by default; `{ sym: false }` gives the periodic form for FFT analysis.
 * Lengths 0 and 1 give `[]` and `[1]`.
 *
 * ## Example
 * ```ts
 * import { blackman } from '@rxdsp/core';
 * const w = blackman(64);                      // symmetric, for FIR design
 * const p = blackman(1024, { sym: false });    // periodic, for spectral analysis
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer.
 */
export function blackman(n: number, options: WindowOptions = {}): Float64Array {
  return generalCosine('blackman', n, COEFFS, options.sym);
}
