import { generalCosine, type WindowOptions } from './windowUtils';

const COEFFS = [0.3635819, 0.4891775, 0.1365995, 0.0106411] as const;

/**
 * The minimum 4-term Blackman–Harris window of Nuttall: about −98 dB sidelobes with a smooth (continuous
 * first derivative) edge.
 *
 * w[i] = Σₖ aₖ·cos(k·x_i), x_i running evenly from −π to π, with a = [0.3635819, 0.4891775, 0.1365995, 0.0106411]
 * (scipy's `windows.nuttall`). Symmetric by default; `{ sym: false }` gives the periodic form for FFT analysis.
 * Lengths 0 and 1 give `[]` and `[1]`.
 *
 * ## Example
 * ```ts
 * import { nuttall } from '@rxdsp/core';
 * const w = nuttall(64);                      // symmetric, for FIR design
 * const p = nuttall(1024, { sym: false });    // periodic, for spectral analysis
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer.
 */
export function nuttall(n: number, options: WindowOptions = {}): Float64Array {
  return generalCosine('nuttall', n, COEFFS, options.sym);
}
