import type { Frame, SampleArray } from '../types/Frame';
import type { OperatorFunction } from 'rxjs';
import { frameFormatLock, makeFrame, type FrameFormatLock } from '../internal/frames';
import { operate } from '../internal/operate';
import { checkOneOf, checkOptions, describeValue } from '../validate/validate';
import { FrameFormatError } from '../types/errors';

/** What {@link toInt16} reports for a frame in which it saturated samples or met non-finite ones. */
export interface ClipEvent {
  /** Finite samples of this frame (all channels) that were out of range and were saturated to −32768 / 32767. */
  readonly clipped: number;
  /** Samples of this frame (all channels) that were NaN, +Infinity or −Infinity; each became 0. Not counted in `clipped`. */
  readonly nonFinite: number;
  /** Samples in this frame, all channels. */
  readonly samples: number;
  /** `index` of the frame. */
  readonly index: number;
}

/** Options of {@link toInt16}. */
export interface ToInt16Options {
  /**
   * Scale of the float input: `'int16'` (values already in counts, e.g. after
   * `toFloat({ scale: 'int16' })`) or `'unit'` (full scale is ±1: multiplied by 32768).
   */
  readonly scale: 'int16' | 'unit';
  /**
   * Called synchronously, before the frame is emitted, for each frame that had clipped or non-finite
   * samples. A throw errors the stream. {@link clipCounter} makes one that keeps running totals.
   */
  readonly onClip?: (event: ClipEvent) => void;
}

/**
 * Converts float frames to Int16 for a DAC or a 16-bit WAV file, **saturating** out-of-range
 * values to −32768 / 32767 instead of wrapping around (numpy's `astype(int16)` turns 32768 into
 * −32768: a full-scale click), and reporting how many samples were clipped.
 *
 * ```text
 * toInt16({ scale: 'int16' }):  [1.4 -2.5 40000 -1e9 NaN Inf]  →  [1 -3 32767 -32768 0 0]   onClip({ clipped: 2, nonFinite: 2, … })
 * toInt16({ scale: 'unit' }):   [0.5 -1 1]                     →  [16384 -32768 32767]      onClip({ clipped: 1, nonFinite: 0, … })
 * ```
 *
 * Values are rounded to the nearest integer, halves away from zero. Non-finite samples (NaN, ±Infinity:
 * a filter that blew up, a corrupt file) become 0 — silence rather than a full-scale click — and are
 * counted as `nonFinite`, separately from the finite out-of-range samples counted as `clipped`;
 * +1.0 in `'unit'` scale is 32768 and saturates to 32767 (counted as clipped), so that
 * `toFloat({ scale: 'unit' })` followed by `toInt16({ scale: 'unit' })` is exact.
 * Stateless: one output frame per input frame with the same `sampleRate`, `index`, `time` and
 * new arrays (one Int16Array per channel per frame, nothing else allocated on the way); errors and
 * completion pass through. Int16 input passes through unchanged with scale `'int16'` and errors with
 * `FrameFormatError` with scale `'unit'`.
 *
 * ## Example
 * ```ts
 * import { clipCounter, fromSamples, gain, toInt16 } from '@rxdsp/core';
 * const clips = clipCounter();
 * fromSamples(Int16Array.of(10000, 20000, -30000), { sampleRate: 8000, frameLength: 3 })
 *   .pipe(gain(2), toInt16({ scale: 'int16', onClip: clips.onClip }))
 *   .subscribe((f) => console.log(f.channels[0])); // Int16Array [20000, 32767, -32768]
 * console.log(clips.clipped); // 2
 * ```
 *
 * @param opts `scale` (`'int16'` | `'unit'`), optional `onClip` callback.
 */
export function toInt16(opts: ToInt16Options): OperatorFunction<Frame<SampleArray>, Frame<Int16Array>> {
  const fn = 'toInt16';
  checkOptions(fn, opts);
  const scale = checkOneOf(fn, 'opts.scale', opts.scale, ['int16', 'unit'] as const);
  const onClip = opts.onClip;
  if (onClip !== undefined && typeof onClip !== 'function') throw new TypeError(`${fn}: opts.onClip must be a function, got ${describeValue(onClip)}`);
  const k = scale === 'unit' ? 32768 : 1;
  // Per-frame counts; the conversion runs synchronously before onClip, so one tally serves every subscription.
  const tally = { clipped: 0, nonFinite: 0 };
  return operate<Frame<SampleArray>, Frame<Int16Array>, FrameFormatLock>(() => frameFormatLock(fn), (frame, lock, sink) => {
    lock.check(frame);
    const chans = frame.channels;
    if (chans[0] instanceof Int16Array) {
      if (scale === 'int16') {
        sink.next(frame as Frame<Int16Array>);
        return;
      }
      throw new FrameFormatError(`toInt16: got Int16Array channels with scale 'unit' at index ${frame.index}; the input must be float`);
    }
    tally.clipped = 0;
    tally.nonFinite = 0;
    let samples = 0;
    const outs: Int16Array[] = new Array<Int16Array>(chans.length);
    for (let c = 0; c < chans.length; c++) {
      const ch = chans[c] as Float32Array | Float64Array;
      const out = new Int16Array(ch.length);
      samples += ch.length;
      convert(ch, out, k, tally);
      outs[c] = out;
    }
    const { clipped, nonFinite } = tally;
    if ((clipped > 0 || nonFinite > 0) && onClip !== undefined) onClip({ clipped, nonFinite, samples, index: frame.index });
    sink.next(makeFrame(outs, frame.sampleRate, frame.index, frame.time));
  });
}

/**
 * Rounds ch · k into out (halves away from zero), saturating finite out-of-range values and turning
 * non-finite ones into 0; adds the counts to `tally`.
 */
function convert(ch: Float32Array | Float64Array, out: Int16Array, k: number, tally: { clipped: number; nonFinite: number }): void {
  let clipped = 0;
  let nonFinite = 0;
  for (let i = 0; i < ch.length; i++) {
    const x = ch[i] as number;
    const v = x * k;
    // in range: round half away from zero (|v| + 0.5 truncated toward zero, sign kept)
    if (v < 32767.5 && v > -32768.5) out[i] = (v + (v >= 0 ? 0.5 : -0.5)) | 0;
    else if (x - x !== 0) nonFinite++; // NaN or ±Infinity (x − x is NaN): out[i] stays 0
    else if (v > 0) {
      out[i] = 32767;
      clipped++;
    } else {
      out[i] = -32768;
      clipped++;
    }
  }
  tally.clipped += clipped;
  tally.nonFinite += nonFinite;
}
