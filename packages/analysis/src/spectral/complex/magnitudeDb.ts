import type { ComplexArray } from '../SpectralOptions';
import { magnitude } from './magnitude';

/** Options of {@link magnitudeDb} (the same as `@rxdsp/filters`' `magnitudeDb`). */
export interface MagnitudeDbOptions {
  /** Lower limit in dB for the result (e.g. −300 to avoid −Infinity at exact zeros). Default: no limit. */
  readonly floorDb?: number;
}

/**
 * Element-wise magnitude in decibels, 20·log10|z| (−Infinity where z = 0 unless `floorDb` is
 * given): the gain of a transfer function such as the `txy` of `tfestimate`. Same signature and
 * result as `magnitudeDb` of `@rxdsp/filters` (one of the two should move to `@rxdsp/core`).
 *
 * @param z `{ re, im }` of equal length.
 * @param options `floorDb` (dB, a number; results below it are raised to it).
 * @returns A new array of gains in dB.
 * @throws RangeError when `z.re` and `z.im` differ in length; TypeError for a non-numeric `floorDb`.
 *
 * ## Example
 * ```ts
 * import { magnitudeDb } from '@rxdsp/analysis';
 * magnitudeDb({ re: Float64Array.of(0.5, 0), im: Float64Array.of(0, 0) }, { floorDb: -120 }); // [-6.0206, -120]
 * ```
 */
export function magnitudeDb(z: ComplexArray, options: MagnitudeDbOptions = {}): Float64Array {
  const floor = options.floorDb;
  if (floor !== undefined && (typeof floor !== 'number' || Number.isNaN(floor))) {
    throw new TypeError(`magnitudeDb: floorDb must be a number, got ${String(floor)}`);
  }
  const m = magnitude(z);
  for (let k = 0; k < m.length; k++) {
    const v = 20 * Math.log10(m[k]!);
    m[k] = floor !== undefined && v < floor ? floor : v;
  }
  return m;
}
