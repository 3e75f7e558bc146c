import { operate, type WindowSpec, checkFiniteVector, checkInt, describeValue } from '@rxdsp/core';
import type { OperatorFunction } from 'rxjs';
import { KernelDuplicator } from '../kernels/KernelDuplicator';
import type { FloatFrame } from '../operators/filterOperator';
import { type FloatFormat, checkFloatFrame, floatFrame } from './floatFrames';
import { ResamplerKernel } from './ResamplerKernel';
import { designResampleFilter } from './resamplePolyTaps';

/** Options of {@link resample}. */
export interface ResampleOptions {
  /** Upsampling factor, integer ≥ 1. */
  readonly up: number;
  /** Downsampling factor, integer ≥ 1. */
  readonly down: number;
  /**
   * FIR taps at the upsampled rate, used as given (the output is then `upfirdn(taps, x, up, down)`; multiply a
   * unity-gain lowpass by `up`). Default: {@link resamplePolyTaps}`(up, down, window)` — scipy resample_poly's
   * design, with up/down reduced by their gcd.
   */
  readonly taps?: ArrayLike<number>;
  /** Window of the default design (a `getWindow` spec), default `['kaiser', 5.0]`. Not with `taps`. */
  readonly window?: WindowSpec;
  /** On completion, emit the filter's tail (zeros assumed after the last input, as upfirdn). Default `true`. */
  readonly flush?: boolean;
}

const fn = 'resample';

interface State {
  format: FloatFormat | undefined;
  kernels: KernelDuplicator<ResamplerKernel>;
  outRate: number;
  outIndex0: number;
  time0: number | undefined;
  produced: number;
}

/**
 * Changes the sample rate of a float frame stream by `up/down` with a stateful polyphase filter, one kernel
 * per channel ({@link ResamplerKernel}, the coefficients shared). Fed any framing, the output samples equal
 * `upfirdn(taps, x, up, down)` of the whole signal exactly; the last ones, which need input that never
 * comes, are emitted on completion (`flush`).
 *
 * ```text
 * resample({ up: 3, down: 2 }):  --[a: 4 samples]--[b: 2]----|
 *                                --[6 − d samples]--[3]------(tail|)   d: outputs still waiting for input
 * ```
 *
 * - Output frames: new arrays of the input's type, `sampleRate` = input rate · up/down (computed once, from
 *   the first frame), `index` continuous on the new rate (starting at ⌊firstIndex · up/down⌋), `time` (when
 *   the input has it) = the first frame's time + (output position · down/up)/input rate. A frame whose samples
 *   complete no output emits nothing.
 * - Latency: the filter's group delay, (len(taps) − 1)/(2·down) output samples (for the default design
 *   10·max(up, down)/down after reduction, e.g. 10.9 samples for 44.1 → 48 kHz); nothing waits for a whole
 *   frame: an output goes out with the input sample that completes it.
 * - Completion flushes the tail (⌈len(taps)/up⌉ − 1 inputs' worth of ringing), unless `flush: false`. Errors
 *   pass through; teardown drops the kernels (cold: one set per subscription).
 * - `FrameFormatError` on non-float frames, a sample rate that is not a finite number > 0, or a change of
 *   sample rate, channel count or sample type mid-stream. Gaps in the input `index` are not filled.
 *
 * ## Example
 * ```ts
 * import { tone } from '@rxdsp/core';
 * import { resample } from '@rxdsp/filters';
 * tone(1000, { sampleRate: 44100, frameLength: 441, seconds: 1 })
 *   .pipe(resample({ up: 160, down: 147 })) // 48 kHz frames of ~480 samples
 *   .subscribe((f) => console.log(f.sampleRate, f.index, f.channels[0]!.length));
 * ```
 *
 * @param options `up`, `down` (integers ≥ 1), `taps`, `window`, `flush`
 * @throws TypeError / RangeError naming the parameter and the value
 */
export function resample<T extends FloatFrame>(options: ResampleOptions): OperatorFunction<T, T> {
  if (options === null || typeof options !== 'object') throw new TypeError(`${fn}: options must be an object, got ${describeValue(options)}`);
  const up0 = checkInt(fn, 'options.up', options.up);
  const down0 = checkInt(fn, 'options.down', options.down);
  const flush = options.flush ?? true;
  if (typeof flush !== 'boolean') throw new TypeError(`${fn}: options.flush must be a boolean, got ${describeValue(flush)}`);
  let prototype: ResamplerKernel;
  if (options.taps !== undefined) {
    if (options.window !== undefined) throw new RangeError(`${fn}: give options.taps or options.window, not both`);
    prototype = new ResamplerKernel({ taps: checkFiniteVector(fn, 'options.taps', options.taps), up: up0, down: down0 });
  } else {
    const d = designResampleFilter(fn, up0, down0, options.window ?? ['kaiser', 5.0]);
    prototype = new ResamplerKernel({ taps: d.taps, up: d.up, down: d.down });
  }
  return operate<T, T, State>(
    () => ({ format: undefined, kernels: new KernelDuplicator(() => prototype.copy()), outRate: 0, outIndex0: 0, time0: undefined, produced: 0 }),
    (frame, s, out) => {
      const first = s.format === undefined;
      const { format } = checkFloatFrame(fn, frame, s.format);
      if (first) {
        s.format = format;
        s.kernels.prepare(frame.channels.length);
        s.outRate = (format.sampleRate * up0) / down0;
        s.outIndex0 = Math.floor((frame.index * up0) / down0);
        s.time0 = frame.time;
      }
      const ys = s.kernels.process(frame.channels);
      emit(s, ys, out);
    },
    (s, out) => {
      if (!flush || s.format === undefined) return;
      emit(s, s.kernels.map((k) => k.flush()), out);
    },
  );

  function emit(s: State, ys: Float64Array[], out: { next(v: T): void }): void {
    const n = ys[0]?.length ?? 0;
    if (n === 0) return;
    const fmt = s.format as FloatFormat;
    const time = s.time0 === undefined ? undefined : s.time0 + (s.produced * down0) / up0 / fmt.sampleRate;
    const frame = floatFrame<T>(ys, fmt.float32, s.outRate, s.outIndex0 + s.produced, time);
    s.produced += n;
    out.next(frame);
  }
}
