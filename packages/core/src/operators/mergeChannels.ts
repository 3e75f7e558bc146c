import type { OperatorFunction } from 'rxjs';
import { operate } from '../internal/operate';
import { ctorOf, frameFormatLock, makeFrame, type FrameFormatLock } from '../internal/frames';
import { describeValue } from '../validate/validate';
import { FrameFormatError, FrameMismatchError } from '../types/errors';
import type { Frame, SampleArray } from '../types/Frame';

/**
 * Merges the frames of several streams, taken together (typically by RxJS `zip`), into one
 * multichannel frame: the channels of the first, then those of the second, and so on.
 *
 * ```text
 * zip(left$, right$):   [l0..l3],[r0..r3] ---- [l4..l7],[r4..r7] --|
 * mergeChannels():      [l0..l3][r0..r3] ----- [l4..l7][r4..r7] ---|
 * ```
 *
 * The frames of one tuple must line up: the same sample rate, the same length and the same
 * array type. Anything else errors with `FrameMismatchError` (code `FRAME_MISMATCH`), never a
 * silently shifted or truncated channel: put `reframe(n)` on each input first when their frame
 * lengths differ, and resample when their rates do. The output takes `index` and `time` from
 * the first frame. The inputs may count from different origins, but the offset between their
 * `index`es, fixed by the first tuple, must stay the same: a frame dropped or repeated on one
 * input (an index gap that the others do not have) would pair samples from different times, so
 * it errors with `FrameMismatchError` instead. Arrays are shared, not copied
 * (they are read-only, see the ownership rule). An empty tuple errors as well. Timing,
 * completion and errors are those of the tuple stream (`zip` completes when an input completes
 * and has no buffered frame left).
 *
 * ## Example
 * ```ts
 * import { zip } from 'rxjs';
 * import { mergeChannels, tone } from '@rxdsp/core';
 * const opts = { sampleRate: 48000, frameLength: 480, seconds: 1 };
 * zip(tone(440, opts), tone(660, opts)).pipe(mergeChannels())
 *   .subscribe((f) => console.log(f.channels.length)); // 2
 * ```
 */
export function mergeChannels<T extends SampleArray>(): OperatorFunction<readonly Frame<T>[], Frame<T>> {
  const fn = 'mergeChannels';
  // per subscription: input k's index minus input 0's, fixed by the first tuple
  return operate<readonly Frame<T>[], Frame<T>, { offsets: number[] | undefined; locks: FrameFormatLock[] }>(() => ({ offsets: undefined, locks: [] }), (frames, state, out) => {
    if (!Array.isArray(frames)) throw new FrameFormatError(`${fn}: expected an array of frames (one per input, e.g. from zip), got ${describeValue(frames)}`, 'not-a-frame');
    const first = frames[0];
    if (first === undefined) throw new FrameMismatchError(`${fn}: received an empty list of frames`);
    // each input is a well-formed stream of its own (its own format lock)
    frames.forEach((f, k) => (state.locks[k] ??= frameFormatLock(`${fn} (input ${k})`)).check(f));
    const c0 = first.channels[0];
    if (c0 === undefined) throw new FrameMismatchError(`${fn}: input 0 has a frame with no channels at index ${first.index}`);
    const n = c0.length;
    const ctor = ctorOf(c0);
    const chans: T[] = [];
    frames.forEach((f, k) => {
      if (f.sampleRate !== first.sampleRate) {
        throw new FrameMismatchError(`${fn}: input ${k} has sample rate ${f.sampleRate} Hz, input 0 has ${first.sampleRate} Hz (frame index ${f.index})`);
      }
      for (const ch of f.channels) {
        if (ch.length !== n) {
          throw new FrameMismatchError(
            `${fn}: input ${k} has a frame of ${ch.length} samples, input 0 one of ${n} (frame index ${f.index}); reframe the inputs to one length first`,
          );
        }
        if (ctorOf(ch) !== ctor) throw new FrameMismatchError(`${fn}: input ${k} carries ${ch.constructor.name}, input 0 ${ctor.name}`);
        chans.push(ch);
      }
    });
    const offsets = (state.offsets ??= frames.map((f) => f.index - first.index));
    frames.forEach((f, k) => {
      const expected = first.index + (offsets[k] ?? Number.NaN);
      if (f.index !== expected) {
        throw new FrameMismatchError(
          `${fn}: input ${k} is at index ${f.index} where ${expected} was expected (input 0 at ${first.index}); a frame was dropped or repeated on one input`,
        );
      }
    });
    out.next(makeFrame(chans, first.sampleRate, first.index, first.time));
  });
}
