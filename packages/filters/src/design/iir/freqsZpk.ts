import { analogGrid, rootProduct } from './internal/analogGrid';
import { type Complex, cdiv, cscale } from './complex';
import type { FrequencyResponse } from './types';
import { checkComplexList, checkFinite, checkFiniteVector, checkInt } from '@rxdsp/core';

/**
 * Frequency response of an analog filter in zero–pole–gain form, H(s) = k·Π(s − zᵢ)/Π(s − pᵢ) at s = jω,
 * as scipy's `signal.freqs_zpk`.
 *
 * With an integer `worN` (default 200) the response is computed at that many frequencies spaced logarithmically
 * around the poles and zeros; with an array, at those angular frequencies (rad/s).
 *
 * ## Example
 * ```ts
 * import { buttap, freqsZpk, magnitudeDb } from '@rxdsp/filters';
 * const { z, p, k } = buttap(3);             // cutoff 1 rad/s
 * const { h } = freqsZpk(z, p, k, [0.1, 1, 10]);
 * magnitudeDb(h); // ≈ [0, −3.01, −60] dB
 * ```
 *
 * @param z - Zeros (`{ re, im }` or real numbers).
 * @param p - Poles (`{ re, im }` or real numbers).
 * @param k - Gain, a finite number.
 * @param worN - Number of frequencies (integer ≥ 0, default 200) or the angular frequencies themselves (rad/s).
 * @returns `{ w, h: { re, im } }`, `w` in rad/s.
 * @throws TypeError/RangeError for malformed zeros, poles or gain, or a bad `worN`.
 */
export function freqsZpk(
  z: ReadonlyArray<Complex | number>,
  p: ReadonlyArray<Complex | number>,
  k: number,
  worN: number | ArrayLike<number> = 200,
): FrequencyResponse {
  const fn = 'freqsZpk';
  const zz = checkComplexList(fn, 'z', z);
  const pp = checkComplexList(fn, 'p', p);
  const kk = checkFinite(fn, 'k', k);
  const w = typeof worN === 'number' ? analogGrid(zz, pp, checkInt(fn, 'worN', worN, 0)) : checkFiniteVector(fn, 'worN', worN, { scalar: true, allowEmpty: true });
  const re = new Float64Array(w.length);
  const im = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const q = cdiv(cscale(rootProduct(zz, 0, w[i] as number), kk), rootProduct(pp, 0, w[i] as number));
    re[i] = q.re;
    im[i] = q.im;
  }
  return { w, h: { re, im } };
}
