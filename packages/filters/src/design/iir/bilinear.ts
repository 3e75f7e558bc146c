import type { BA } from './types';
import { normalizeBA } from './internal/normalize';
import { checkFiniteVector, checkPositive } from '@rxdsp/core';

function comb(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/** `c` without its leading zeros; all zeros is an error (scipy fails on it too). */
function trimLeadingZeros(fn: string, name: string, c: Float64Array): Float64Array {
  const first = c.findIndex((v) => v !== 0);
  if (first < 0) throw new RangeError(`${fn}: ${name} must have a non-zero coefficient, got all zeros`);
  return c.subarray(first);
}

/**
 * Digital filter from an analog transfer function by the bilinear transform `s = 2·fs·(z − 1)/(z + 1)`, as
 * scipy's `signal.bilinear`: both polynomials are expanded to degree M = max(deg b, deg a) in z⁻¹ and the result
 * normalised (`a[0] = 1`). For high orders prefer {@link bilinearZpk} (better conditioned).
 *
 * ## Example
 * ```ts
 * import { bilinear } from '@rxdsp/filters';
 * // RC lowpass H(s) = 1/(s/ωc + 1), ωc = 2π·100 rad/s, sampled at 8 kHz
 * const wc = 2 * Math.PI * 100;
 * const { b, a } = bilinear([1], [1 / wc, 1], 8000);
 * ```
 * @param b analog numerator, decreasing powers of s (leading zeros are ignored, as in scipy).
 * @param a analog denominator, decreasing powers of s (not all zero; leading zeros are ignored).
 * @param fs sampling rate in Hz (> 0, default 1 as scipy).
 * @returns the digital `{ b, a }`.
 * @throws TypeError/RangeError for bad coefficients or `fs`.
 */
export function bilinear(b: ArrayLike<number>, a: ArrayLike<number>, fs = 1): BA {
  const fn = 'bilinear';
  // scipy trims leading zeros (np.trim_zeros(…, 'f')): they are not extra factors of (1 + z⁻¹)
  const bb = trimLeadingZeros(fn, 'b', checkFiniteVector(fn, 'b', b, { scalar: true }));
  const aa = trimLeadingZeros(fn, 'a', checkFiniteVector(fn, 'a', a, { scalar: true }));
  const f = checkPositive(fn, 'fs', fs);
  const D = aa.length - 1;
  const N = bb.length - 1;
  const M = Math.max(N, D);
  const expand = (c: Float64Array, deg: number): Float64Array => {
    const out = new Float64Array(M + 1);
    for (let j = 0; j <= M; j++) {
      let val = 0;
      for (let i = 0; i <= deg; i++) {
        for (let kk = 0; kk <= i; kk++) {
          const l = j - kk;
          if (l < 0 || l > M - i) continue;
          val += comb(i, kk) * comb(M - i, l) * (c[deg - i] as number) * (2 * f) ** i * (kk % 2 === 0 ? 1 : -1);
        }
      }
      out[j] = val;
    }
    return out;
  };
  return normalizeBA(fn, expand(bb, N), expand(aa, D));
}
