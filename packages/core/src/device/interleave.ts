import type { SampleArray } from '../types/Frame';
import { describeValue } from '../validate/validate';

/**
 * Interleaves planar channels into one buffer, the layout sound cards and WAV files use:
 * `out[i·C + c] = channels[c][i]` (PortAudio's input/output buffers, pyaudio_helper's `pack_lr`).
 * A pure function of the device boundary: no per-sample allocation, one pass over the data.
 *
 * ```text
 * channels: L = [l0 l1 l2], R = [r0 r1 r2]   →   out = [l0 r0 l1 r1 l2 r2]
 * ```
 *
 * Values are copied as they are: no scaling, no conversion. `out`, when given, must have the
 * same array type as the channels (an Int16 buffer filled from floats would wrap around: use
 * `toInt16` first) and exactly `C·n` elements; pass it to reuse one buffer per device callback.
 *
 * ## Example
 * ```ts
 * import { interleave } from '@rxdsp/core';
 * const buf = interleave([Int16Array.of(1, 2, 3), Int16Array.of(-1, -2, -3)]);
 * // Int16Array [1, -1, 2, -2, 3, -3]
 * ```
 *
 * @param channels one array per channel (≥ 1), all of the same type and length n ≥ 0.
 * @param out optional destination of the same type with `channels.length · n` elements.
 * @returns `out`, or a new array of the channels' type.
 * @throws TypeError when the channels are missing or mix array types, or `out` has another type;
 *   RangeError when lengths disagree.
 */
export function interleave<T extends SampleArray>(channels: readonly T[], out?: T): T {
  const nch = channels.length;
  const first = channels[0];
  if (!Array.isArray(channels) || first === undefined) {
    throw new TypeError(`interleave: channels must be a non-empty array of sample arrays, got ${describeValue(channels)}`);
  }
  const n = first.length;
  for (let c = 0; c < nch; c++) {
    const ch = channels[c] as T;
    if (!ArrayBuffer.isView(ch) || ch.constructor !== first.constructor) {
      throw new TypeError(`interleave: channels[${c}] is ${describeValue(ch)}, expected a ${first.constructor.name} like channels[0]`);
    }
    if (ch.length !== n) throw new RangeError(`interleave: channels[${c}] has ${ch.length} samples, channels[0] has ${n}`);
  }
  const total = n * nch;
  let dst: T;
  if (out === undefined) {
    dst = new (first.constructor as new (length: number) => T)(total);
  } else {
    if (out.constructor !== first.constructor) {
      throw new TypeError(`interleave: out is ${describeValue(out)}, expected a ${first.constructor.name} like the channels`);
    }
    if (out.length !== total) throw new RangeError(`interleave: out has ${out.length} elements, expected ${nch}·${n} = ${total}`);
    dst = out;
  }
  if (nch === 1) {
    dst.set(first);
    return dst;
  }
  if (nch === 2) {
    const l = first;
    const r = channels[1] as T;
    for (let i = 0, j = 0; i < n; i++, j += 2) {
      dst[j] = l[i] as number;
      dst[j + 1] = r[i] as number;
    }
    return dst;
  }
  for (let c = 0; c < nch; c++) {
    const ch = channels[c] as T;
    for (let i = 0, j = c; i < n; i++, j += nch) dst[j] = ch[i] as number;
  }
  return dst;
}
