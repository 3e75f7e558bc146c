import { analogGrid } from './internal/analogGrid';
import { cdiv } from './complex';
import { roots } from './internal/poly';
import type { FrequencyResponse } from './types';
import { checkFiniteVector, checkInt } from '@rxdsp/core';

/** Σ c[i]·s^(n−1−i) at s = j·w (numpy's `polyval`, highest power first, Horner). */
function polyvalJw(c: Float64Array, w: number): { re: number; im: number } {
  let re = 0;
  let im = 0;
  for (let i = 0; i < c.length; i++) {
    const t = -im * w + (c[i] as number);
    im = re * w;
    re = t;
  }
  return { re, im };
}

/**
 * Frequency response of an analog filter H(s) = B(s)/A(s) at s = jω, as scipy's `signal.freqs`.
 *
 * With an integer `worN` (default 200) the response is computed at that many frequencies spaced logarithmically
 * around the poles and zeros (scipy's `findfreqs`); with an array, at those angular frequencies (rad/s).
 *
 * ## Example
 * ```ts
 * import { butter, freqs, magnitudeDb } from '@rxdsp/filters';
 * const { b, a } = butter(4, 100, { analog: true });   // cutoff 100 rad/s
 * const { w, h } = freqs(b, a, [10, 100, 1000]);
 * magnitudeDb(h); // ≈ [0, −3.01, −80] dB
 * ```
 *
 * @param b - Numerator coefficients, highest power of s first (non-empty, finite).
 * @param a - Denominator coefficients, highest power of s first (non-empty, finite).
 * @param worN - Number of frequencies (integer ≥ 0, default 200) or the angular frequencies themselves (rad/s).
 * @returns `{ w, h: { re, im } }`, `w` in rad/s.
 * @throws TypeError/RangeError for non-numeric or non-finite coefficients or a bad `worN`.
 */
export function freqs(b: ArrayLike<number> | number, a: ArrayLike<number> | number, worN: number | ArrayLike<number> = 200): FrequencyResponse {
  const fn = 'freqs';
  const bb = checkFiniteVector(fn, 'b', b, { scalar: true });
  const aa = checkFiniteVector(fn, 'a', a, { scalar: true });
  const w = typeof worN === 'number' ? analogGrid(roots(bb), roots(aa), checkInt(fn, 'worN', worN, 0)) : checkFiniteVector(fn, 'worN', worN, { scalar: true, allowEmpty: true });
  const re = new Float64Array(w.length);
  const im = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const q = cdiv(polyvalJw(bb, w[i] as number), polyvalJw(aa, w[i] as number));
    re[i] = q.re;
    im[i] = q.im;
  }
  return { w, h: { re, im } };
}
