import type { Observable, OperatorFunction } from 'rxjs';
import { floatCtorOf, frameFormatLock, makeFrame, type FloatOf, type FrameFormatLock } from '../internal/frames';
import { paramOperator } from '../internal/param';
import { checkFinite } from '../validate/validate';
import type { Frame, SampleArray } from '../types/Frame';

/** Options of {@link gain}. */
export interface GainOptions {
  /** Gain used for frames that arrive before `g$` has emitted (default 1: unity). */
  readonly initial?: number;
}

/**
 * Multiplies every sample of every channel by a linear gain factor (`gainDb` → factor:
 * `10 ** (dB / 20)`), constant or driven by an Observable such as a volume control.
 *
 * ```text
 * gain(g$):   g$:      0.5----------2-------
 *             frames:  --[1 2]--[1 2]--[1 2]--|
 *             output:  --[.5 1]-[.5 1]-[2 4]--|
 * ```
 *
 * With an Observable, `g$` is subscribed before the source (a `BehaviorSubject` applies to the
 * first frame), the latest value applies from the next frame on, whole frames at a time (no
 * ramp: use small frames or a smoothed `g$` for click-free fades). Until `g$` emits, `initial`
 * applies. A non-finite value from `g$` errors the output with `ParameterError`; an error of
 * `g$` errors the output; its completion keeps the last value.
 * Float32 and Float64 frames keep their type; Int16 frames are promoted to Float64 (int16 scale)
 * so that nothing wraps around: end with `toInt16` to saturate. One output frame per input frame,
 * same `sampleRate`, `index`, `time`, new arrays; errors and completion pass through.
 *
 * ## Example
 * ```ts
 * import { BehaviorSubject } from 'rxjs';
 * import { gain, tone } from '@rxdsp/core';
 * const volume = new BehaviorSubject(0.5);
 * tone(440, { sampleRate: 48000, frameLength: 480, seconds: 1 }).pipe(gain(volume)).subscribe();
 * volume.next(10 ** (-12 / 20)); // −12 dB from the next frame on
 * ```
 *
 * @param g linear gain factor (finite, any sign) or an Observable of such factors.
 * @param opts `initial` (finite, default 1) for an Observable `g`.
 */
export function gain<T extends SampleArray>(g: number | Observable<number>, opts: GainOptions = {}): OperatorFunction<Frame<T>, Frame<FloatOf<T>>> {
  const fn = 'gain';
  const initial = checkFinite(fn, 'opts.initial', opts.initial ?? 1);
  return paramOperator<Frame<T>, Frame<FloatOf<T>>, number, FrameFormatLock>(
    fn,
    'g$',
    g,
    (v) => checkFinite(fn, 'g', v),
    initial,
    () => frameFormatLock(fn),
    (frame, k, lock, out) => {
      lock.check(frame);
      const chans = frame.channels.map((ch) => {
        const o = new (floatCtorOf(ch))(ch.length);
        for (let i = 0; i < ch.length; i++) o[i] = (ch[i] as number) * k;
        return o as FloatOf<T>;
      });
      out.next(makeFrame(chans, frame.sampleRate, frame.index, frame.time));
    },
  );
}
