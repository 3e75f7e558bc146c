import type { Observable, SchedulerLike } from 'rxjs';
import { deinterleave } from '../device/deinterleave';
import { frameSource, framePeriodMs } from '../internal/frameSource';
import { ctorOf, makeFrame } from '../internal/frames';
import { toPlanar, type SampleInput } from '../internal/samples';
import { checkInt, checkNonNegative, checkOptions, checkPositive, describeValue } from '../validate/validate';
import type { Frame, SampleArray } from '../types/Frame';
import type { FromSamplesFrame } from './fromSamples';

/** Options of {@link loopAudio}. */
export interface LoopAudioOptions {
  /** Sample rate in Hz, > 0. */
  readonly sampleRate: number;
  /** Samples per channel per frame, integer ≥ 1. */
  readonly frameLength: number;
  /** Channel count of an interleaved `x` (default 1); with per-channel arrays, must equal their number. */
  readonly channels?: number;
  /** Sample of `x` where playback starts, integer in [0, length of x) (default 0). */
  readonly startOffset?: number;
  /** Stream length in seconds (≥ 0, `round(seconds · sampleRate)` samples); absent = endless. */
  readonly seconds?: number;
  /** Paces frames in real time (one every frameLength / sampleRate s); absent = as fast as consumed. */
  readonly scheduler?: SchedulerLike;
}

/**
 * A cold source that plays a recorded signal in an endless loop (pyaudio_helper's `LoopAudio`),
 * to feed a pipeline with music, speech or noise for as long as it runs.
 *
 * ```text
 * x = [a b c d e], frameLength 3, startOffset 1:   [b c d] [e a b] [c d e] [a b c] …
 * ```
 *
 * Output sample m is `x[(startOffset + m) mod length]`: frames wrap seamlessly across the end of
 * `x` (even when `frameLength` exceeds its length). `x` is mono, one array per channel (stereo:
 * `[left, right]`), or interleaved with `channels`. Typed arrays keep their type; `number[]`
 * gives Float64Array. Frames carry `index` = m of their first sample (counting from 0 at
 * `startOffset`), `time` = index / sampleRate and new arrays. Endless unless `seconds` is given:
 * without a scheduler, limit it downstream (`take`, `takeSeconds`).
 *
 * ## Example
 * ```ts
 * import { loopAudio, takeSeconds } from '@rxdsp/core';
 * const music = new Float32Array(48000); // e.g. from readWav
 * loopAudio(music, { sampleRate: 48000, frameLength: 1024, startOffset: 12000, seconds: 5 })
 *   .subscribe((f) => console.log(f.index));
 * ```
 *
 * @param x the signal to loop (non-empty): one array (interleaved when channels > 1) or one per channel.
 * @param opts `sampleRate` (Hz > 0), `frameLength` (integer ≥ 1), `channels`, `startOffset`
 *   (samples, integer in [0, length)), `seconds` (≥ 0), `scheduler`.
 */
export function loopAudio<X extends SampleInput | readonly SampleInput[]>(x: X, opts: LoopAudioOptions): Observable<FromSamplesFrame<X>>;
export function loopAudio(x: SampleInput | readonly SampleInput[], opts: LoopAudioOptions): Observable<Frame> {
  const fn = 'loopAudio';
  checkOptions(fn, opts);
  const sampleRate = checkPositive(fn, 'sampleRate', opts.sampleRate);
  const frameLength = checkInt(fn, 'frameLength', opts.frameLength);
  if (opts.channels !== undefined) checkInt(fn, 'channels', opts.channels);
  const src = toPlanar(fn, x, opts.channels);
  const len = src.length;
  if (len === 0) throw new RangeError(`${fn}: x must not be empty, got ${describeValue(x)}`);
  const startOffset = opts.startOffset === undefined ? 0 : checkInt(fn, 'startOffset', opts.startOffset, 0);
  if (startOffset >= len) throw new RangeError(`${fn}: startOffset must be < the length of x (${len}), got ${startOffset}`);
  const total = opts.seconds === undefined ? Number.POSITIVE_INFINITY : Math.round(checkNonNegative(fn, 'seconds', opts.seconds) * sampleRate);
  // One planar copy of x, read (never written) by every subscription.
  const planar: SampleArray[] = src.interleaved !== undefined ? deinterleave(src.interleaved, src.channels) : src.planar;
  const Ctor = ctorOf(planar[0] as SampleArray);
  return frameSource<SampleArray>(opts.scheduler, framePeriodMs(frameLength, sampleRate), () => ({
    count: Math.ceil(total / frameLength),
    frame(k) {
      const start = k * frameLength;
      const n = Math.min(frameLength, total - start);
      const chans = planar.map((ch) => {
        const out = new Ctor(n);
        let pos = (startOffset + (start % len)) % len;
        let filled = 0;
        while (filled < n) {
          const take = Math.min(n - filled, len - pos);
          out.set(ch.subarray(pos, pos + take), filled);
          filled += take;
          pos = 0;
        }
        return out;
      });
      return makeFrame(chans, sampleRate, start, start / sampleRate);
    },
  }));
}
