import { EMPTY, type MonoTypeOperatorFunction } from 'rxjs';
import { frameFormatLock, makeFrame, type FrameFormatLock } from '../internal/frames';
import { operate } from '../internal/operate';
import { checkNonNegative } from '../validate/validate';
import type { Frame, SampleArray } from '../types/Frame';

/**
 * Passes the first `seconds` of audio (counted in samples, not wall-clock time) and completes:
 * exactly `round(seconds · sampleRate)` samples per channel, the last frame cut short if needed.
 *
 * ```text
 * takeSeconds(0.01) at 1 kHz (10 samples):   [4]--[4]--[4]--[4]--   →   [4]--[4]--([2]|)
 * ```
 *
 * The count starts at the first frame received (whatever its `index`). The source is
 * unsubscribed at completion (so an endless source stops). Frames wholly inside the limit pass
 * as they are; the cut frame gets new arrays. `takeSeconds(0)` completes at subscription.
 * A change of sample rate errors with `FrameFormatError` (the count would be meaningless).
 * Errors before the limit pass through.
 *
 * ## Example
 * ```ts
 * import { takeSeconds, tone } from '@rxdsp/core';
 * tone(440, { sampleRate: 48000, frameLength: 1024 }) // endless
 *   .pipe(takeSeconds(2))                               // 96000 samples: 93 frames + one of 768
 *   .subscribe({ complete: () => console.log('done') });
 * ```
 *
 * @param seconds duration in seconds, finite and ≥ 0.
 */
export function takeSeconds<T extends SampleArray>(seconds: number): MonoTypeOperatorFunction<Frame<T>> {
  const s = checkNonNegative('takeSeconds', 'seconds', seconds);
  if (s === 0) return () => EMPTY;
  return operate<Frame<T>, Frame<T>, { lock: FrameFormatLock; target: number; taken: number }>(
    () => ({ lock: frameFormatLock('takeSeconds', { typeMayChange: true }), target: 0, taken: 0 }),
    (frame, st, out) => {
      const first = !st.lock.locked;
      const n = st.lock.check(frame);
      if (first) {
        st.target = Math.round(s * frame.sampleRate);
        if (st.target === 0) {
          out.complete();
          return;
        }
      }
      const left = st.target - st.taken;
      if (n < left) {
        st.taken += n;
        out.next(frame);
        return;
      }
      st.taken = st.target;
      out.next(n === left ? frame : makeFrame(frame.channels.map((c) => c.slice(0, left) as T), frame.sampleRate, frame.index, frame.time));
      out.complete();
    },
  );
}
