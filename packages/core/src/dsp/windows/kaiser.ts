import { besselI0 } from '../besselI0';
import { extendedLength, isTrivialLength, truncateTo, type WindowOptions } from './windowUtils';
import { checkFinite } from '../../validate/validate';

/**
 * The Kaiser window w[i] = I₀(β·√(1 − ((i − α)/α)²)) / I₀(β), α = (m − 1)/2 (scipy's `windows.kaiser`).
 *
 * β trades main-lobe width for sidelobe level: 0 is the boxcar, about 5 resembles Hamming, 8.6 Blackman;
 * {@link kaiserBeta} in `@rxdsp/filters` maps a stopband attenuation in dB to β.
 *
 * ## Example
 * ```ts
 * import { kaiser } from '@rxdsp/core';
 * const w = kaiser(51, 8.6);                    // symmetric, for FIR design
 * const p = kaiser(1024, 14, { sym: false });   // periodic, for spectral analysis
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param beta - Shape parameter β, a finite number (normally 0 … 40; the sign does not matter).
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer or `beta` is not finite.
 */
export function kaiser(n: number, beta: number, options: WindowOptions = {}): Float64Array {
  checkFinite('kaiser', 'beta', beta);
  if (isTrivialLength('kaiser', n)) return new Float64Array(n).fill(1);
  const m = extendedLength(n, options.sym);
  const alpha = (m - 1) / 2;
  const denom = besselI0(beta);
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const r = (i - alpha) / alpha;
    w[i] = besselI0(beta * Math.sqrt(1 - r * r)) / denom;
  }
  return truncateTo(w, n);
}
