import type { ComplexArray } from '@rxdsp/core';

/**
 * Element-wise magnitude |z| of a complex array (e.g. a `tfestimate` or `csd` result).
 *
 * @param z `{ re, im }` of equal length.
 * @returns A new array of |z[k]| = hypot(re[k], im[k]).
 *
 * ## Example
 * ```ts
 * import { magnitude } from '@rxdsp/analysis';
 * magnitude({ re: Float64Array.of(3), im: Float64Array.of(4) }); // Float64Array [5]
 * ```
 */
export function magnitude(z: ComplexArray): Float64Array {
  if (z.re.length !== z.im.length) {
    throw new RangeError(`magnitude: z.im has ${z.im.length} values, expected ${z.re.length} (the length of z.re)`);
  }
  const out = new Float64Array(z.re.length);
  for (let k = 0; k < out.length; k++) out[k] = Math.hypot(z.re[k]!, z.im[k]!);
  return out;
}
