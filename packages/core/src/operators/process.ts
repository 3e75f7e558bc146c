import type { OperatorFunction } from 'rxjs';
import { frameFormatLock, type FrameFormatLock } from '../internal/frames';
import { operate } from '../internal/operate';
import { describeValue } from '../validate/validate';
import type { Frame, SampleArray } from '../types/Frame';

/** The frame callback of {@link process}: returns the output frame (or null to emit nothing) and the next state. */
export type ProcessFn<In extends SampleArray, Out extends SampleArray, S> = (frame: Frame<In>, state: S) => readonly [Frame<Out> | null, S];

/**
 * The general stateful frame callback, for algorithms the library does not ship:
 * `fn(frame, state) → [outFrame, nextState]`, the state carried from frame to frame with RxJS
 * `scan` (pyaudio_helper's DSP callback with its globals made explicit).
 *
 * ```text
 * process(fn, s0):   --a------b------c--|
 *                    --fn(a,s0)[0]--fn(b,s1)[0]--fn(c,s2)[0]--|      with [_, s1] = fn(a, s0), …
 * ```
 *
 * Every subscription starts again from `initialState` (treat state as a value: return a new one
 * rather than mutating it, or the subscriptions would share it). Returning `null` as the frame
 * emits nothing for that input. A throw from `fn`, or a result that is not a pair, errors the
 * stream. Errors and completion pass through; nothing is flushed on completion. Follow the
 * ownership rule in `fn`: never write into `frame`, return new arrays. Also exported as
 * `processFrames`, for modules where importing `process` would shadow Node's global `process`.
 *
 * ## Example
 * ```ts
 * import { process, tone } from '@rxdsp/core';
 * // a one-pole low-pass y[n] = y[n−1] + α(x[n] − y[n−1]) whose state is the last output
 * const alpha = 0.1;
 * tone(440, { sampleRate: 8000, frameLength: 64, seconds: 1 })
 *   .pipe(process((frame, y: number) => {
 *     const x = frame.channels[0]!;
 *     const out = new Float64Array(x.length);
 *     for (let i = 0; i < x.length; i++) out[i] = y = y + alpha * (x[i]! - y);
 *     return [{ ...frame, channels: [out] }, y];
 *   }, 0))
 *   .subscribe();
 * ```
 *
 * @param fn the callback (synchronous).
 * @param initialState the state given with the first frame of every subscription.
 */
export function process<In extends SampleArray, Out extends SampleArray, S>(
  fn: ProcessFn<In, Out, S>,
  initialState: S,
): OperatorFunction<Frame<In>, Frame<Out>> {
  if (typeof fn !== 'function') throw new TypeError(`process: fn must be a function, got ${describeValue(fn)}`);
  return operate<Frame<In>, Frame<Out>, { lock: FrameFormatLock; state: S }>(
    () => ({ lock: frameFormatLock('process'), state: initialState }),
    (frame, s, out) => {
      s.lock.check(frame);
      const res = fn(frame, s.state);
      if (!Array.isArray(res) || res.length !== 2) {
        throw new TypeError(`process: fn must return [outFrame | null, nextState], got ${describeValue(res)} at frame index ${frame.index}`);
      }
      s.state = res[1] as S;
      if (res[0] !== null) out.next(res[0] as Frame<Out>);
    },
  );
}
