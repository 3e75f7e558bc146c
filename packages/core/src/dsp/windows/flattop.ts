import { generalCosine, type WindowOptions } from './windowUtils';

const COEFFS = [0.21557895, 0.41663158, 0.277263158, 0.083578947, 0.006947368] as const;

/**
 * The flat-top window: a five-term cosine sum with a very flat main lobe, for accurate amplitude readings of spectral peaks.
 *
 * w[i] = Σₖ aₖ·cos(k·x_i), x_i running evenly from −π to π, with a = [0.21557895, 0.41663158, 0.277263158, 0.083578947, 0.006947368]
 * (scipy's `windows.flattop`). Symmetric by default; `{ sym: false }` gives the periodic form for FFT analysis.
 * Lengths 0 and 1 give `[]` and `[1]`.
 *
 * ## Example
 * ```ts
 * import { flattop } from '@rxdsp/core';
 * const w = flattop(64);                      // symmetric, for FIR design
 * const p = flattop(1024, { sym: false });    // periodic, for spectral analysis
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer.
 */
export function flattop(n: number, options: WindowOptions = {}): Float64Array {
  return generalCosine('flattop', n, COEFFS, options.sym);
}
