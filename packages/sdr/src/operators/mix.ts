import type { Observable, OperatorFunction } from 'rxjs';
import { liveParameter, operate, type LiveParameterValue, checkFinite } from '@rxdsp/core';
import { KernelDuplicator } from '@rxdsp/filters';
import { checkComplexFrame, newComplexLock, type ComplexLock } from '../internal/complexLock';
import { MixKernel } from '../kernels/MixKernel';
import { makeComplexFrame, type ComplexFrame } from '../types/ComplexFrame';

/** Options of {@link mix}. */
export interface MixOptions {
  /** Frequency in Hz used for frames that arrive before an Observable `frequency` has emitted (default: none, such a frame errors). */
  readonly initial?: number;
}

/**
 * Multiplies every channel of a complex stream by a phase-continuous complex oscillator
 * `e^{j·2π·f·n/fs}`, moving the spectrum UP by `f` Hz (a station at +400 kHz comes to 0 Hz with
 * `mix(-400e3)`); the output's `centerFrequency` is the input's minus `f`, so that
 * `centerFrequency + baseband frequency` still names the radio frequency.
 *
 * ```text
 * mix(f$):   f$:      -100e3-----------------50e3---------
 *            frames:  --[x0]------[x1]----------[x2]-----|
 *            output:  --[x0·e^jφ]-[x1·e^jφ]-----[x2·e^jφ]|   x2 at +50 kHz, phase continuous
 * ```
 *
 * The oscillator ({@link MixKernel}) is a rotation recurrence re-anchored every 256 samples on a
 * wrapped double-precision phase accumulator: no amplitude or phase drift over hours. A new value of
 * `frequency` applies from the next frame on, without a phase jump. One kernel per channel per
 * subscription; new arrays, same `sampleRate`, `index`, `time`. `FrameFormatError` on a change of
 * sample rate or channel count; a non-finite value from `frequency` errors with `ParameterError`;
 * the Observable's error errors the output, its completion keeps the last value.
 *
 * ## Example
 * ```ts
 * import { BehaviorSubject } from 'rxjs';
 * import { mix, rtlTcp } from '@rxdsp/sdr';
 * const offset = new BehaviorSubject(-200e3);
 * rtlTcp({ port: 1234, frequency: 100e6 }).pipe(mix(offset)).subscribe(); // 100.2 MHz at 0 Hz
 * offset.next(-400e3); // now 100.4 MHz
 * ```
 *
 * @param frequency Hz (finite, any sign), or an Observable of such values.
 * @param opts `initial` frequency in Hz for an Observable `frequency`.
 */
export function mix(frequency: number | Observable<number>, opts: MixOptions = {}): OperatorFunction<ComplexFrame, ComplexFrame> {
  const fn = 'mix';
  const initial = opts.initial === undefined ? undefined : checkFinite(fn, 'opts.initial', opts.initial);
  interface State {
    lock: ComplexLock;
    /** Created at the first frame, at that frame's frequency and sample rate. */
    kernels: KernelDuplicator<MixKernel> | undefined;
    frequency: LiveParameterValue<number>;
  }
  const live = liveParameter(fn, 'frequency', frequency, (v) => checkFinite(fn, 'frequency', v), { initial });
  return operate<ComplexFrame, ComplexFrame, State>(
      (out) => ({ lock: newComplexLock(), kernels: undefined, frequency: live.connect(out) }),
      (frame, s, out) => {
        checkComplexFrame(fn, s.lock, frame);
        const f = s.frequency.get();
        const sampleRate = s.lock.sampleRate;
        s.kernels ??= new KernelDuplicator(() => new MixKernel({ frequencyHz: f, sampleRate })).prepare(s.lock.channels);
        const ys = s.kernels.map((k, c) => {
          if (k.frequencyHz !== f) k.setFrequency(f);
          return k.process(frame.i[c] as Float64Array, frame.q[c] as Float64Array);
        });
        out.next(makeComplexFrame(ys.map((y) => y.i), ys.map((y) => y.q), frame.sampleRate, frame.index, frame.centerFrequency - f, frame.time));
      },
  );
}
