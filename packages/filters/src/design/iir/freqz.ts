import { polyvalZm1, frequencyGrid } from './internal/grid';
import type { FrequencyResponse } from './types';
import { checkFiniteVector, type ComplexArray } from '@rxdsp/core';

/** Options of {@link freqz}. */
export interface FreqzOptions {
  /** Sampling rate in Hz (> 0). When given, `worN` frequencies and the returned `w` are in Hz; else rad/sample. */
  fs?: number;
  /** Evaluate around the whole unit circle, [0, 2π) (scipy's `whole`). Default false: [0, π). */
  whole?: boolean;
  /** Alias of `whole`. */
  wholeUnitCircle?: boolean;
  /** With an integer `worN` and `whole` false, make the last point exactly Nyquist (scipy's `include_nyquist`). */
  includeNyquist?: boolean;
}

/**
 * Frequency response of a digital filter `H(e^{jω}) = B(e^{−jω}) / A(e^{−jω})`, as scipy's `signal.freqz`.
 *
 * With an integer `worN` (default 512) the response is evaluated at `worN` equally spaced frequencies
 * `ω = kπ/worN` (k = 0 … worN−1; `2kπ/worN` with `whole`; with `includeNyquist` the grid ends exactly at π).
 * With an array, it is evaluated at those frequencies (rad/sample, or Hz when `fs` is given).
 * The polynomials are evaluated directly by Horner's rule in z⁻¹ (scipy uses an FFT when `a` is a scalar;
 * the values agree to rounding).
 *
 * ## Example
 * ```ts
 * import { butter, freqz, magnitudeDb } from '@rxdsp/filters';
 * const { b, a } = butter(4, 1000, { fs: 48000 });
 * const { w, h } = freqz(b, a, [0, 1000, 5000], { fs: 48000 });
 * magnitudeDb(h); // ≈ [0, −3.01, −57.1] dB
 * ```
 * @param b numerator coefficients (non-empty, finite).
 * @param a denominator coefficients or a scalar (default 1); `a` must not evaluate to 0 at a requested frequency.
 * @param worN number of frequencies (integer ≥ 0, default 512) or the frequencies themselves (rad/sample, or Hz with `fs`).
 * @param options `fs` in Hz, `whole`, `includeNyquist`.
 * @returns `{ w, h: { re, im } }`; `w` in rad/sample or Hz.
 * @throws TypeError/RangeError for non-numeric or non-finite coefficients, a negative or fractional `worN`, `fs` ≤ 0.
 */
export function freqz(
  b: ArrayLike<number> | number,
  a: ArrayLike<number> | number = 1,
  worN: number | ArrayLike<number> = 512,
  options?: FreqzOptions,
): FrequencyResponse {
  const bb = checkFiniteVector('freqz', 'b', b, { scalar: true });
  const aa = checkFiniteVector('freqz', 'a', a, { scalar: true });
  const { omega, w } = frequencyGrid('freqz', worN, options, true);
  return { w, h: evalRational(bb, aa, omega) };
}

/** Internal: B/A at e^{−jω} for each ω. */
export function evalRational(b: ArrayLike<number>, a: ArrayLike<number>, omega: Float64Array): ComplexArray {
  return evalRationalAt(b, a, unitCircle(omega));
}

/** Internal: the points e^{−jω} (cos ω, −sin ω) of a grid, computed once per grid (sosfreqz reuses them per section). */
export function unitCircle(omega: Float64Array): { cr: Float64Array; ci: Float64Array } {
  const cr = new Float64Array(omega.length);
  const ci = new Float64Array(omega.length);
  for (let i = 0; i < omega.length; i++) {
    const om = omega[i] as number;
    cr[i] = Math.cos(om);
    ci[i] = -Math.sin(om);
  }
  return { cr, ci };
}

/** Internal: B/A at the points (cr + j·ci) = e^{−jω} of {@link unitCircle}. */
export function evalRationalAt(
  b: ArrayLike<number>,
  a: ArrayLike<number>,
  x: { cr: Float64Array; ci: Float64Array },
): ComplexArray {
  const n = x.cr.length;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const cr = x.cr[i] as number;
    const ci = x.ci[i] as number;
    const [nr, ni] = polyvalZm1(b, cr, ci);
    const [dr, di] = polyvalZm1(a, cr, ci);
    if (di === 0) {
      re[i] = nr / dr;
      im[i] = ni / dr;
    } else if (Math.abs(dr) >= Math.abs(di)) {
      const r = di / dr;
      const d = dr + di * r;
      re[i] = (nr + ni * r) / d;
      im[i] = (ni - nr * r) / d;
    } else {
      const r = dr / di;
      const d = dr * r + di;
      re[i] = (nr * r + ni) / d;
      im[i] = (ni * r - nr) / d;
    }
  }
  return { re, im };
}
