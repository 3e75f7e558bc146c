import type { ComplexArray } from '../types/ComplexArray';

/**
 * Options of {@link magnitudeDb}.
 *
 * ## Example
 * ```ts
 * import { magnitudeDb, type MagnitudeDbOptions } from '@rxdsp/core';
 * const options: MagnitudeDbOptions = { floorDb: -120 };
 * magnitudeDb({ re: [0], im: [0] }, options); // Float64Array [-120]
 * ```
 */
export interface MagnitudeDbOptions {
  /** Lower limit in dB for the result (e.g. −300 to avoid −Infinity at exact zeros); any number, not NaN. Default: no limit. */
  readonly floorDb?: number;
}

/**
 * Element-wise magnitude of a complex array in decibels, `20·log10|h|` (−Infinity where h = 0 unless `floorDb`
 * is given): the gain of a frequency response (`freqz`, `sosfreqz` of `@rxdsp/filters`) or of a measured
 * transfer function (`tfestimate` of `@rxdsp/analysis`). Both packages re-export this function under the same name.
 * Pure: the input is not modified; a new array is returned.
 *
 * ## Example
 * ```ts
 * import { magnitudeDb } from '@rxdsp/core';
 * magnitudeDb({ re: [3, 0.5, 0], im: [4, 0, 0] }, { floorDb: -120 }); // [13.979…, −6.0206…, −120]
 * ```
 * @param h complex values `{ re, im }`: two real arrays of equal length (any length, 0 included).
 * @param options `floorDb` (dB): results below it are raised to it.
 * @returns a new Float64Array of levels in dB, one per element of `h`.
 * @throws TypeError when `h` is not `{ re, im }` or `floorDb` is not a number; RangeError when `h.re` and `h.im` differ in length.
 */
export function magnitudeDb(h: ComplexArray<ArrayLike<number>>, options: MagnitudeDbOptions = {}): Float64Array {
  if (typeof h !== 'object' || h === null || !h.re || !h.im) {
    throw new TypeError(`magnitudeDb: h must be { re, im } arrays, got ${h === null ? 'null' : typeof h}`);
  }
  if (h.re.length !== h.im.length) {
    throw new RangeError(`magnitudeDb: h.re has length ${h.re.length} but h.im has length ${h.im.length}; they must match`);
  }
  const floor = options.floorDb;
  if (floor !== undefined && (typeof floor !== 'number' || Number.isNaN(floor))) {
    throw new TypeError(`magnitudeDb: floorDb must be a number, got ${String(floor)}`);
  }
  const out = new Float64Array(h.re.length);
  for (let i = 0; i < out.length; i++) {
    const v = 20 * Math.log10(Math.hypot(h.re[i]!, h.im[i]!));
    out[i] = floor !== undefined && v < floor ? floor : v;
  }
  return out;
}
