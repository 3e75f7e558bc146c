import type { ComplexArray } from '../SpectralOptions';
import { magnitude } from './magnitude';

/**
 * Element-wise magnitude in decibels, 20·log10|z| (−Infinity where z = 0): the gain of a
 * transfer function such as the `txy` of `tfestimate`.
 *
 * @param z `{ re, im }` of equal length.
 * @returns A new array of gains in dB.
 *
 * ## Example
 * ```ts
 * import { magnitudeDb } from '@rxdsp/analysis';
 * magnitudeDb({ re: Float64Array.of(0.5), im: Float64Array.of(0) }); // [-6.0206]
 * ```
 */
export function magnitudeDb(z: ComplexArray): Float64Array {
  const m = magnitude(z);
  for (let k = 0; k < m.length; k++) m[k] = 20 * Math.log10(m[k]!);
  return m;
}
