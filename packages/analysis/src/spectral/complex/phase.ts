import { unwrapPhase } from '@rxdsp/core';
import type { ComplexArray } from '@rxdsp/core';

/** Options of {@link phase}. */
export interface PhaseOptions {
  /** Unwrap jumps larger than π along the array, as `numpy.unwrap` (default false). */
  readonly unwrap?: boolean;
  /** Return degrees instead of radians (default false). */
  readonly degrees?: boolean;
}

/**
 * Element-wise phase angle atan2(im, re) of a complex array, optionally unwrapped along the
 * array (numpy's rule: a step whose magnitude exceeds π is corrected by the multiple of 2π
 * that brings it into [−π, π]).
 *
 * @param z `{ re, im }` of equal length.
 * @param options `unwrap`, `degrees`.
 * @returns A new array of angles in radians (or degrees).
 *
 * ## Example
 * ```ts
 * import { phase } from '@rxdsp/analysis';
 * phase({ re: Float64Array.of(0), im: Float64Array.of(1) }, { degrees: true }); // [90]
 * ```
 */
export function phase(z: ComplexArray, options: PhaseOptions = {}): Float64Array {
  if (z.re.length !== z.im.length) {
    throw new RangeError(`phase: z.im has ${z.im.length} values, expected ${z.re.length} (the length of z.re)`);
  }
  let out: Float64Array = new Float64Array(z.re.length);
  for (let k = 0; k < out.length; k++) out[k] = Math.atan2(z.im[k]!, z.re[k]!);
  if (options.unwrap === true) out = unwrapPhase(out);
  if (options.degrees === true) for (let k = 0; k < out.length; k++) out[k] = (out[k]! * 180) / Math.PI;
  return out;
}
