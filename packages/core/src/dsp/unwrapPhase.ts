import type { ComplexArray } from '../types/ComplexArray';

/**
 * Phase unwrapped along the array, as `numpy.unwrap` (period 2π, discontinuity π): every step between neighbours
 * whose magnitude is π or more is corrected by the multiple of 2π that brings it into [−π, π] (a step of exactly
 * ±π keeps its sign). Accepts either complex values `{ re, im }` (their angles `atan2(im, re)` are unwrapped:
 * numpy's `unwrap(angle(h))`) or an array of angles in radians (numpy's `unwrap(p)`).
 * Pure: the input is not modified; a new array is returned. `@rxdsp/filters` re-exports it under the same name;
 * `@rxdsp/analysis` uses it for `phase(z, { unwrap: true })` and the phase spectrogram.
 *
 * ## Example
 * ```ts
 * import { unwrapPhase } from '@rxdsp/core';
 * unwrapPhase([3, -3, -2.5]); // [3, −3 + 2π, −2.5 + 2π]
 * const angles = [0, 2, 4, 6];
 * unwrapPhase({ re: angles.map(Math.cos), im: angles.map(Math.sin) }); // [0, 2, 4, 6]
 * ```
 * @param input complex values `{ re, im }` (two real arrays of equal length), or phases in radians (any length).
 * @returns a new Float64Array of unwrapped phases in radians; its first value is the first angle unchanged
 *   (in (−π, π] for complex input).
 * @throws TypeError when `input` is neither; RangeError when `re` and `im` differ in length.
 */
export function unwrapPhase(input: ComplexArray<ArrayLike<number>> | ArrayLike<number>): Float64Array {
  if (typeof input !== 'object' || input === null) {
    throw new TypeError(`unwrapPhase: input must be { re, im } arrays or an array of angles, got ${input === null ? 'null' : typeof input}`);
  }
  let out: Float64Array;
  if ('re' in input || 'im' in input) {
    const h = input as ComplexArray<ArrayLike<number>>;
    if (!h.re || !h.im) throw new TypeError('unwrapPhase: input must have both re and im arrays');
    if (h.re.length !== h.im.length) {
      throw new RangeError(`unwrapPhase: input.re has length ${h.re.length} but input.im has length ${h.im.length}; they must match`);
    }
    out = new Float64Array(h.re.length);
    for (let i = 0; i < out.length; i++) out[i] = Math.atan2(h.im[i]!, h.re[i]!);
  } else {
    const p = input as ArrayLike<number>;
    if (typeof p.length !== 'number') {
      throw new TypeError('unwrapPhase: input must be { re, im } arrays or an array of angles, got an object without length');
    }
    out = Float64Array.from(p);
  }
  const twoPi = 2 * Math.PI;
  let correction = 0;
  let prev = out[0]!;
  for (let i = 1; i < out.length; i++) {
    const cur = out[i]!;
    const dd = cur - prev;
    // numpy: ddmod = mod(dd + π, 2π) − π (mod with the sign of the divisor), −π mapped to π when dd > 0;
    // no correction when |dd| < π.
    let m = (dd + Math.PI) % twoPi;
    if (m < 0) m += twoPi;
    let ddmod = m - Math.PI;
    if (ddmod === -Math.PI && dd > 0) ddmod = Math.PI;
    if (Math.abs(dd) >= Math.PI) correction += ddmod - dd;
    prev = cur;
    out[i] = cur + correction;
  }
  return out;
}
