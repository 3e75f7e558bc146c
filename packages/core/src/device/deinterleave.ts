import type { SampleArray } from '../types/Frame';
import { describeValue } from '../validate/validate';

/**
 * Splits an interleaved buffer into planar channels: `out[c][i] = buffer[i·C + c]`
 * (pyaudio_helper's `get_lr`, for any channel count, without per-sample allocation).
 *
 * ```text
 * buffer = [l0 r0 l1 r1 l2 r2], channels = 2   →   [l0 l1 l2], [r0 r1 r2]
 * ```
 *
 * The channel arrays have the buffer's type. Pass `out` (C arrays of that type, each
 * `buffer.length / C` long) to reuse arrays you own; by default new arrays are allocated, as
 * the frame ownership rule requires for arrays that are then emitted in frames.
 *
 * ## Example
 * ```ts
 * import { deinterleave } from '@rxdsp/core';
 * const [left, right] = deinterleave(Int16Array.of(1, -1, 2, -2), 2);
 * // left = Int16Array [1, 2], right = Int16Array [-1, -2]
 * ```
 *
 * @param buffer interleaved samples (Int16Array, Float32Array or Float64Array); its length must
 *   be a multiple of `channels`.
 * @param channels channel count, integer ≥ 1.
 * @param out optional destination arrays, one per channel.
 * @returns the planar channels (`out` when given).
 * @throws RangeError when `channels` is not a positive integer or does not divide the buffer
 *   length; TypeError when `buffer`/`out` are not sample arrays of one type.
 */
export function deinterleave<T extends SampleArray>(buffer: T, channels: number, out?: T[]): T[] {
  if (!(buffer instanceof Int16Array || buffer instanceof Float32Array || buffer instanceof Float64Array)) {
    throw new TypeError(`deinterleave: buffer must be an Int16Array, Float32Array or Float64Array, got ${describeValue(buffer)}`);
  }
  if (!Number.isInteger(channels) || channels < 1) {
    throw new RangeError(`deinterleave: channels must be an integer ≥ 1, got ${describeValue(channels)}`);
  }
  if (buffer.length % channels !== 0) {
    throw new RangeError(`deinterleave: channels = ${channels} does not divide the buffer length ${buffer.length}`);
  }
  const n = buffer.length / channels;
  const Ctor = buffer.constructor as new (length: number) => T;
  let dst: T[];
  if (out === undefined) {
    dst = [];
    for (let c = 0; c < channels; c++) dst.push(new Ctor(n));
  } else {
    if (out.length !== channels) throw new RangeError(`deinterleave: out has ${out.length} arrays, expected channels = ${channels}`);
    for (let c = 0; c < channels; c++) {
      const o = out[c] as T;
      if (!ArrayBuffer.isView(o) || o.constructor !== buffer.constructor) {
        throw new TypeError(`deinterleave: out[${c}] is ${describeValue(o)}, expected a ${buffer.constructor.name}`);
      }
      if (o.length !== n) throw new RangeError(`deinterleave: out[${c}] has ${o.length} elements, expected ${n}`);
    }
    dst = out;
  }
  if (channels === 1) {
    (dst[0] as T).set(buffer);
    return dst;
  }
  if (channels === 2) {
    const l = dst[0] as T;
    const r = dst[1] as T;
    for (let i = 0, j = 0; i < n; i++, j += 2) {
      l[i] = buffer[j] as number;
      r[i] = buffer[j + 1] as number;
    }
    return dst;
  }
  for (let c = 0; c < channels; c++) {
    const ch = dst[c] as T;
    for (let i = 0, j = c; i < n; i++, j += channels) ch[i] = buffer[j] as number;
  }
  return dst;
}
