import type { MonoTypeOperatorFunction } from 'rxjs';
import { operate } from '../internal/operate';
import { frameFormatLock, type FrameFormatLock } from '../internal/frames';
import { Framer } from '../dsp/Framer';
import { checkInt, checkOneOf, describeValue } from '../validate/validate';
import type { Frame, SampleArray } from '../types/Frame';
import { FrameFormatError } from '../types/errors';

/** Options of {@link reframe}. */
export interface ReframeOptions {
  /**
   * What to do with a final partial frame when the source completes:
   * `'emit'` (default) emits it short, `'drop'` discards it, `'pad'` zero-pads it to `frameLength`.
   */
  readonly tail?: 'emit' | 'drop' | 'pad';
  /**
   * What to do when an input frame's `index` is not where the previous one ended (a frame was
   * dropped upstream): `'ignore'` (default) joins the samples as if nothing was missing, so the
   * output `index` counts the samples received; `'zero'` inserts as many zeros as samples are
   * missing, so output samples stay at their true positions and exact frame lengths are kept
   * (a dropout becomes silence); `'error'` errors with `FrameFormatError`. An input that goes
   * back (overlapping or repeated indices) errors with `'zero'` and `'error'`.
   */
  readonly gaps?: 'ignore' | 'zero' | 'error';
}

/**
 * Regroups a stream of frames of any lengths into frames of exactly `frameLength` samples per
 * channel (what a device callback, a block FFT or an overlap-add stage needs).
 *
 * ```text
 * reframe(4):              [abc]--[defgh]---[ij]--|
 *                          ------[abcd]-----[efgh]--([ij]|)     tail 'emit'
 * tail 'pad':              ------[abcd]-----[efgh]--([ij00]|)
 * tail 'drop':             ------[abcd]-----[efgh]--|
 * ```
 *
 * A frame is emitted as soon as it is full, synchronously with the input frame that completes
 * it (one input frame may give several). `index` counts samples continuously from the first
 * input frame's index (with `gaps: 'ignore'`, the default, gaps in the input indices are not
 * reproduced; `'zero'` fills them with silence, `'error'` rejects them); `time`, when the input
 * carries it, is the input time of the output's first sample. The output arrays are new and of
 * the input's type; the input frames are only read. Errors pass through; a partial frame is
 * dropped on error. Per subscription state: cold, independent subscriptions.
 * Sample rate, channel count and array type must stay the same: a change errors with
 * `FrameFormatError`.
 *
 * ## Example
 * ```ts
 * import { fromSamples, reframe } from '@rxdsp/core';
 * fromSamples(new Float64Array(10), { sampleRate: 48000, frameLength: 3 })
 *   .pipe(reframe(4, { tail: 'pad' }))
 *   .subscribe((f) => console.log(f.index, f.channels[0]!.length)); // 0 4, 4 4, 8 4
 * ```
 *
 * @param frameLength output samples per channel per frame, integer ≥ 1.
 * @param opts `tail`: `'emit'` | `'drop'` | `'pad'` (default `'emit'`); `gaps`: `'ignore'` |
 *   `'zero'` | `'error'` (default `'ignore'`).
 */
export function reframe<T extends SampleArray>(frameLength: number, opts: ReframeOptions = {}): MonoTypeOperatorFunction<Frame<T>> {
  const fn = 'reframe';
  const len = checkInt(fn, 'frameLength', frameLength);
  if (opts === null || typeof opts !== 'object') throw new TypeError(`${fn}: opts must be an object, got ${describeValue(opts)}`);
  const tail = checkOneOf(fn, 'opts.tail', opts.tail ?? 'emit', ['emit', 'drop', 'pad'] as const);
  const gaps = checkOneOf(fn, 'opts.gaps', opts.gaps ?? 'ignore', ['ignore', 'zero', 'error'] as const);
  interface State {
    /** Input index expected next (where the previous input frame ended). */
    inIndex: number;
    lock: FrameFormatLock;
    /** Created at the first frame, at its index, for its format. */
    framer: Framer<T> | undefined;
    /** Forwards a completed frame; false once the subscriber has closed (stops the framing). */
    emit: (f: Frame<T>) => boolean;
  }
  return operate<Frame<T>, Frame<T>, State>(
    (out) => ({
      inIndex: 0,
      lock: frameFormatLock(fn),
      framer: undefined,
      emit: (f) => {
        out.next(f);
        return !out.closed;
      },
    }),
    (frame, s, out) => {
      const n = s.lock.check(frame);
      const framer = (s.framer ??= new Framer<T>({
        channels: frame.channels.length,
        frameLength: len,
        sampleRate: frame.sampleRate,
        arrayType: s.lock.ctor as unknown as new (length: number) => T,
        index: (s.inIndex = frame.index),
      }));
      const missing = frame.index - s.inIndex;
      s.inIndex = frame.index + n;
      if (missing !== 0 && gaps !== 'ignore') {
        if (gaps === 'error' || missing < 0) {
          throw new FrameFormatError(
            `${fn}: input frame at index ${frame.index} where ${frame.index - missing} was expected (${missing > 0 ? `${missing} samples missing` : `${-missing} samples repeated`})`,
          );
        }
        // zero-fill the dropout, emitting what fills up
        framer.pushZeros(missing, frame.time, s.emit);
        if (out.closed) return;
      }
      framer.push(frame.channels, frame.time, s.emit);
    },
    (s, out) => {
      if (s.framer === undefined || tail === 'drop') return;
      const last = s.framer.flush(tail);
      if (last !== undefined) out.next(last);
    },
  );
}
