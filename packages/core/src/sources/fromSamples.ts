import type { Observable, SchedulerLike } from 'rxjs';
import { deinterleave } from '../device/deinterleave';
import { frameSource, framePeriodMs } from '../internal/frameSource';
import { makeFrame } from '../internal/frames';
import { toPlanar, type SampleInput } from '../internal/samples';
import { checkInt, checkOptions, checkPositive } from '../validate/validate';
import type { Frame, SampleArray } from '../types/Frame';

/** Options of {@link fromSamples}. */
export interface FromSamplesOptions {
  /** Sample rate in Hz, > 0 (stamped on every frame). */
  readonly sampleRate: number;
  /** Samples per channel per frame, integer ≥ 1. */
  readonly frameLength: number;
  /** Channel count of an interleaved `x` (default 1); with per-channel arrays, must equal their number. */
  readonly channels?: number;
  /** Paces frames in real time (one every frameLength / sampleRate s); absent = as fast as consumed. */
  readonly scheduler?: SchedulerLike;
}

/** The frame type of {@link fromSamples}: typed arrays keep their type, plain number arrays become Float64Array. */
export type FromSamplesFrame<X> = X extends Int16Array | readonly Int16Array[]
  ? Frame<Int16Array>
  : X extends Float32Array | readonly Float32Array[]
    ? Frame<Float32Array>
    : Frame<Float64Array>;

/**
 * A cold source that cuts recorded samples into frames of `frameLength` samples per channel,
 * the last one shorter when the length is not a multiple of `frameLength`.
 *
 * ```text
 * fromSamples([a b c d e f g h i j], { frameLength: 4 })   →   [abcd] [efgh] [ij]|
 * with a scheduler (period T = frameLength / sampleRate):  ----T[abcd]----T[efgh]----T([ij]|)
 * ```
 *
 * `x` is either one array (interleaved `L R L R …` when `channels` > 1) or one array per
 * channel. Typed arrays keep their type (an Int16Array gives `Frame<Int16Array>`); a plain
 * `number[]` gives Float64Array frames. Each frame carries new arrays (`x` is only read, at
 * emission time: do not modify it while subscribed), `index` = position of its first sample and
 * `time` = index / sampleRate. Empty input completes at once.
 *
 * ## Example
 * ```ts
 * import { fromSamples } from '@rxdsp/core';
 * fromSamples(Int16Array.of(1, -1, 2, -2, 3, -3), { sampleRate: 8000, frameLength: 2, channels: 2 })
 *   .subscribe((f) => console.log(f.index, Array.from(f.channels[0]!), Array.from(f.channels[1]!)));
 * // 0 [1, 2] [-1, -2]
 * // 2 [3] [-3]
 * ```
 *
 * @param x samples: one array (interleaved when channels > 1) or one array per channel.
 * @param opts `sampleRate` (Hz, > 0), `frameLength` (integer ≥ 1), `channels` (integer ≥ 1 that
 *   divides the length of an interleaved x), `scheduler` (optional pacing).
 * @throws RangeError / TypeError at creation for a bad parameter, naming it and its value.
 */
export function fromSamples<X extends SampleInput | readonly SampleInput[]>(x: X, opts: FromSamplesOptions): Observable<FromSamplesFrame<X>>;
export function fromSamples(x: SampleInput | readonly SampleInput[], opts: FromSamplesOptions): Observable<Frame> {
  const fn = 'fromSamples';
  checkOptions(fn, opts);
  const sampleRate = checkPositive(fn, 'sampleRate', opts.sampleRate);
  const frameLength = checkInt(fn, 'frameLength', opts.frameLength);
  if (opts.channels !== undefined) checkInt(fn, 'channels', opts.channels);
  const src = toPlanar(fn, x, opts.channels);
  const count = Math.ceil(src.length / frameLength);
  return frameSource<SampleArray>(opts.scheduler, framePeriodMs(frameLength, sampleRate), () => ({
    count,
    frame(k) {
      const start = k * frameLength;
      const end = Math.min(src.length, start + frameLength);
      const channels =
        src.interleaved !== undefined
          ? deinterleave(src.interleaved.subarray(start * src.channels, end * src.channels), src.channels)
          : src.planar.map((a) => a.slice(start, end));
      return makeFrame(channels, sampleRate, start, start / sampleRate);
    },
  }));
}
