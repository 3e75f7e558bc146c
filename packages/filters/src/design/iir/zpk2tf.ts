import type { BA } from './types';
import { polyReal } from './internal/poly';
import { checkComplexList, checkFinite } from '@rxdsp/core';
import type { Complex } from './complex';

/**
 * Transfer-function coefficients from zeros, poles and gain, as scipy's `signal.zpk2tf`:
 * `b = k·poly(z)`, `a = poly(p)` (numpy's `poly`: successive products of `(x − rᵢ)` in the order given).
 * Only real filters are representable: complex zeros and poles must come in conjugate pairs.
 *
 * ## Example
 * ```ts
 * import { zpk2tf } from '@rxdsp/filters';
 * zpk2tf([{ re: -1, im: 0 }], [{ re: 0.5, im: 0 }], 0.25); // b = [0.25, 0.25], a = [1, −0.5]
 * ```
 * @param z zeros `{ re, im }` (plain numbers are accepted as real values).
 * @param p poles.
 * @param k gain (finite).
 * @returns `{ b, a }` with `b.length = z.length + 1`, `a.length = p.length + 1`.
 * @throws RangeError when a complex zero or pole has no conjugate partner (complex coefficients).
 */
export function zpk2tf(z: readonly (Complex | number)[], p: readonly (Complex | number)[], k: number): BA {
  const zz = checkComplexList('zpk2tf', 'z', z);
  const pp = checkComplexList('zpk2tf', 'p', p);
  const kk = checkFinite('zpk2tf', 'k', k);
  const b = polyReal('zpk2tf', 'z', zz).map((x) => x * kk);
  const a = polyReal('zpk2tf', 'p', pp);
  return { b, a };
}
