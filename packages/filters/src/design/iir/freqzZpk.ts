import { rootProduct } from './internal/analogGrid';
import { type Complex, cdiv, cscale } from './complex';
import { frequencyGrid } from './internal/grid';
import type { FrequencyResponse } from './types';
import { checkComplexList, checkFinite } from '@rxdsp/core';

/** Options of {@link freqzZpk}. */
export interface FreqzZpkOptions {
  /** Sampling rate in Hz (> 0). When given, `worN` frequencies and the returned `w` are in Hz; else rad/sample. */
  fs?: number;
  /** Evaluate around the whole unit circle, [0, 2π) (scipy's `whole`). Default false: [0, π). */
  whole?: boolean;
}

/**
 * Frequency response of a digital filter in zero–pole–gain form, H(z) = k·Π(z − zᵢ)/Π(z − pᵢ) at z = e^{jω},
 * as scipy's `signal.freqz_zpk`.
 *
 * With an integer `worN` (default 512) the response is evaluated at ω = kπ/worN (k = 0 … worN − 1; 2kπ/worN with
 * `whole`); with an array, at those frequencies (rad/sample, or Hz when `fs` is given).
 *
 * ## Example
 * ```ts
 * import { butter, freqzZpk, magnitudeDb } from '@rxdsp/filters';
 * const { z, p, k } = butter(4, 1000, { fs: 48000, output: 'zpk' });
 * const { h } = freqzZpk(z, p, k, [0, 1000, 5000], { fs: 48000 });
 * magnitudeDb(h); // ≈ [0, −3.01, −57.1] dB
 * ```
 *
 * @param z - Zeros (`{ re, im }` or real numbers).
 * @param p - Poles (`{ re, im }` or real numbers).
 * @param k - Gain, a finite number.
 * @param worN - Number of frequencies (integer ≥ 0, default 512) or the frequencies (rad/sample, or Hz with `fs`).
 * @param options - `fs` in Hz, `whole`.
 * @returns `{ w, h: { re, im } }`; `w` in rad/sample or Hz.
 * @throws TypeError/RangeError for malformed zeros, poles or gain, a bad `worN` or `fs`.
 */
export function freqzZpk(
  z: ReadonlyArray<Complex | number>,
  p: ReadonlyArray<Complex | number>,
  k: number,
  worN: number | ArrayLike<number> = 512,
  options?: FreqzZpkOptions,
): FrequencyResponse {
  const fn = 'freqzZpk';
  const zz = checkComplexList(fn, 'z', z);
  const pp = checkComplexList(fn, 'p', p);
  const kk = checkFinite(fn, 'k', k);
  const { omega, w } = frequencyGrid(fn, worN, options, false);
  const re = new Float64Array(omega.length);
  const im = new Float64Array(omega.length);
  for (let i = 0; i < omega.length; i++) {
    const c = Math.cos(omega[i] as number);
    const s = Math.sin(omega[i] as number);
    const q = cdiv(cscale(rootProduct(zz, c, s), kk), rootProduct(pp, c, s));
    re[i] = q.re;
    im[i] = q.im;
  }
  return { w, h: { re, im } };
}
