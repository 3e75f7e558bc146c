/** Options of {@link magnitudeDb}. */
export interface MagnitudeDbOptions {
  /** Lower limit in dB for the result (e.g. −300 to avoid −Infinity at exact zeros). Default: no limit. */
  floorDb?: number;
}

/**
 * Magnitude of a complex response in decibels, `20·log10|h|` (−Infinity where h = 0 unless `floorDb` is given).
 *
 * ## Example
 * ```ts
 * import { butter, freqz, magnitudeDb } from '@rxdsp/filters';
 * const { b, a } = butter(4, 0.25);
 * const db = magnitudeDb(freqz(b, a).h); // 0 dB at DC, −3.01 dB at 0.25·Nyquist
 * ```
 * @param h complex values `{ re, im }` of equal length (as returned by {@link freqz}).
 * @param options `floorDb`.
 * @returns a Float64Array of levels in dB.
 */
export function magnitudeDb(h: { re: ArrayLike<number>; im: ArrayLike<number> }, options: MagnitudeDbOptions = {}): Float64Array {
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
    const v = 20 * Math.log10(Math.hypot(h.re[i] as number, h.im[i] as number));
    out[i] = floor !== undefined && v < floor ? floor : v;
  }
  return out;
}
