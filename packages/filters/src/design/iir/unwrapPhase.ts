/**
 * Phase of a complex response in radians, unwrapped along the frequency axis (numpy's `unwrap(angle(h))`):
 * every jump larger than π between neighbours is removed by adding a multiple of 2π.
 *
 * ## Example
 * ```ts
 * import { freqz, unwrapPhase } from '@rxdsp/filters';
 * const { w, h } = freqz([0, 0, 0, 1], 1, 8);
 * unwrapPhase(h); // −3·w: a three-sample delay has linear phase
 * ```
 * @param h complex values `{ re, im }` of equal length.
 * @returns a Float64Array of phases in radians; the first value is in (−π, π].
 */
export function unwrapPhase(h: { re: ArrayLike<number>; im: ArrayLike<number> }): Float64Array {
  if (typeof h !== 'object' || h === null || !h.re || !h.im) {
    throw new TypeError(`unwrapPhase: h must be { re, im } arrays, got ${h === null ? 'null' : typeof h}`);
  }
  if (h.re.length !== h.im.length) {
    throw new RangeError(`unwrapPhase: h.re has length ${h.re.length} but h.im has length ${h.im.length}; they must match`);
  }
  const n = h.re.length;
  const out = new Float64Array(n);
  let correction = 0;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const p = Math.atan2(h.im[i] as number, h.re[i] as number);
    if (i > 0) {
      const dd = p - prev;
      // numpy: ddmod = mod(dd + π, 2π) − π, with −π mapped to π when dd > 0; no correction when |dd| < π.
      let ddmod = ((((dd + Math.PI) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI)) - Math.PI;
      if (ddmod === -Math.PI && dd > 0) ddmod = Math.PI;
      if (Math.abs(dd) >= Math.PI) correction += ddmod - dd;
    }
    prev = p;
    out[i] = p + correction;
  }
  return out;
}
