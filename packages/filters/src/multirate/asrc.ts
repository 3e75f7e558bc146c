import { FrameFormatError, ParameterError, operate, checkFinite, describeValue } from '@rxdsp/core';
import { type Observable, type OperatorFunction, isObservable, startWith, withLatestFrom } from 'rxjs';
import { KernelDuplicator } from '../kernels/KernelDuplicator';
import type { FloatFrame } from '../operators/filterOperator';
import { DriftController } from './DriftController';
import { type FloatFormat, checkFloatFrame, floatFrame } from './floatFrames';
import { FractionalResamplerKernel } from './FractionalResamplerKernel';

/** What {@link asrc} reports after every input frame (option `onStatus`). */
export interface AsrcStatus {
  /** `index` of the input frame just processed. */
  readonly inputIndex: number;
  /** Resampling ratio used for it: input samples per output sample. */
  readonly ratio: number;
  /** Its deviation from the nominal ratio (input rate / output rate) in ppm. */
  readonly ppm: number;
  /**
   * Timestamp mode: the downstream buffer's deviation from its level at the start, in output samples
   * (> 0: fuller), as measured by the loop; NaN with `ratio$`.
   */
  readonly levelErrorSamples: number;
}

/** Options of {@link asrc}. */
export interface AsrcOptions {
  /** Nominal output sample rate in Hz (> 0); default the input frames' rate. Output frames carry it. */
  readonly outputSampleRate?: number;
  /**
   * An explicit, measured clock ratio instead of timestamps: the input clock's rate over the output clock's, each
   * relative to its nominal rate (1.0001: the input runs 100 ppm fast). Each value applies from the next frame;
   * 1 until the first. Open loop: the buffer stays put only as well as the ratio is measured.
   */
  readonly ratio$?: Observable<number>;
  /** Loop bandwidth in Hz (timestamp mode), (0, 10], default 0.05. See {@link DriftController}. */
  readonly bandwidthHz?: number;
  /** Loop damping ratio, default 1. */
  readonly damping?: number;
  /** Largest ratio correction in ppm, default 1000. */
  readonly maxPpm?: number;
  /** Resampler: input samples per output, even, default 32. See {@link FractionalResamplerKernel}. */
  readonly tapsPerPhase?: number;
  /** Resampler: prototype phases, default 128. */
  readonly phases?: number;
  /** Resampler: stopband attenuation in dB, default 120. */
  readonly attenuationDb?: number;
  /** Called after every input frame with the loop's figures (a throw errors the stream). */
  readonly onStatus?: (status: AsrcStatus) => void;
}

const fn = 'asrc';

interface State {
  format: FloatFormat | undefined;
  kernels: KernelDuplicator<FractionalResamplerKernel>;
  loop: DriftController | undefined;
  outRate: number;
  nominal: number;
  ratio: number;
  inputCount: number;
  produced: number;
  outIndex0: number;
  tRef: number;
  tPrev: number;
  pRef: number;
}

/**
 * Asynchronous sample-rate conversion for two clocks that drift apart: resamples a float frame stream by a slowly
 * varying fractional ratio ({@link FractionalResamplerKernel}, one per channel) steered by a control loop
 * ({@link DriftController}) so that a downstream buffer — a DAC queue fed by the output — stays at its level.
 *
 * ```text
 * input (device A clock):  -[480]-[480]-[480]-…      frames with `time` on the output clock
 * asrc():                  -[479]-[480]-[480]-…      ≈ 480 · fsOut/fsIn_true samples per frame, fsOut label
 * ```
 *
 * - Timestamp mode (default): every frame must carry `time`, the capture time of its first sample **on the output
 *   device's clock** (or a clock common to both devices, as PortAudio's stream time). After each frame the loop
 *   compares the output samples produced (including those the input received already covers) with the samples
 *   the output device consumed in the elapsed time, fsOut·Δt; the difference is the level error of the
 *   downstream buffer relative to its level at the first frame (whatever cushion the output was started with
 *   is the target). A PI loop (bandwidth `bandwidthHz`) corrects the ratio; a constant clock mismatch is learned
 *   with no steady-state level error.
 * - `ratio$` mode: the ratio comes from elsewhere (open loop), frames need no `time`.
 * - Output: new arrays of the input's type, `sampleRate` = outputSampleRate, `index` continuous from
 *   round(firstIndex · fsOut/fsIn), `time` = the input time of the first output sample's position (when the
 *   input has times). Frame lengths vary by a sample or so; a frame that completes no output emits nothing.
 * - Latency: tapsPerPhase/2 input samples (16 by default) plus the downstream buffer it steers.
 * - Between different nominal rates (44.1 → 48 kHz) it is a plain rate converter with drift tracking on top; when
 *   the output rate is the lower one, the interpolation lowpass moves to its Nyquist frequency (−6 dB there; the
 *   transition band, 0.24·input rate wide with 32 taps per phase, ends above it). For large fixed ratios
 *   `resample` is the better tool.
 * - Completion flushes the outputs due for the input received (zeros after it). `FrameFormatError` for
 *   non-float frames, a change of rate or channel count, or (timestamp mode) a frame without `time` or with time
 *   going backwards. `ParameterError` for a ratio$ value that is not a finite number > 0.
 *
 * ## Example
 * ```ts
 * import { fromSamples } from '@rxdsp/core';
 * import { asrc } from '@rxdsp/filters';
 * import { map } from 'rxjs';
 * // A capture whose clock runs 100 ppm fast: its frames' times on the output clock come a little early.
 * // (Live: device A's adc() with stream times → asrc() → toInt16 → device B's dac().)
 * const trueRate = 48000 * (1 + 100e-6);
 * let ppm = 0;
 * fromSamples(new Float64Array(10 * 48000), { sampleRate: 48000, frameLength: 480 })
 *   .pipe(map((f) => ({ ...f, time: f.index / trueRate })), asrc({ onStatus: (s) => (ppm = s.ppm) }))
 *   .subscribe({ complete: () => console.log(`ratio: ${ppm.toFixed(1)} ppm`) }); // 108.5 after 10 s; 100.0 once settled (~1 min)
 * ```
 *
 * @param options `outputSampleRate` (Hz), `ratio$`, loop (`bandwidthHz`, `damping`, `maxPpm`), resampler
 *   (`tapsPerPhase`, `phases`, `attenuationDb`), `onStatus`
 * @throws TypeError / RangeError naming the option and the value
 */
export function asrc<T extends FloatFrame>(options: AsrcOptions = {}): OperatorFunction<T, T> {
  if (options === null || typeof options !== 'object') throw new TypeError(`${fn}: options must be an object, got ${describeValue(options)}`);
  const outRateOpt = options.outputSampleRate === undefined ? undefined : checkFinite(fn, 'options.outputSampleRate', options.outputSampleRate);
  if (outRateOpt !== undefined && !(outRateOpt > 0)) throw new RangeError(`${fn}: options.outputSampleRate must be > 0, got ${outRateOpt}`);
  if (options.ratio$ !== undefined && !isObservable(options.ratio$)) throw new TypeError(`${fn}: options.ratio$ must be an Observable, got ${describeValue(options.ratio$)}`);
  if (options.onStatus !== undefined && typeof options.onStatus !== 'function') throw new TypeError(`${fn}: options.onStatus must be a function, got ${describeValue(options.onStatus)}`);
  const kernelOptions = pick(options, ['tapsPerPhase', 'phases', 'attenuationDb']);
  const prototype = renamed(() => new FractionalResamplerKernel(kernelOptions));
  const loopOptions = pick(options, ['bandwidthHz', 'damping', 'maxPpm']);
  renamed(() => new DriftController({ outputSampleRate: 48000, ...loopOptions })); // validates the loop options now
  const onStatus = options.onStatus;
  const ratio$ = options.ratio$;

  const core = operate<[T, number], T, State>(
    () => ({ format: undefined, kernels: new KernelDuplicator(() => prototype.copy()), loop: undefined, outRate: 0, nominal: 1, ratio: 1, inputCount: 0, produced: 0, outIndex0: 0, tRef: 0, tPrev: 0, pRef: 0 }),
    ([frame, measured], s, out) => {
      const { n, format } = checkFloatFrame(fn, frame, s.format);
      if (s.format === undefined) start(s, frame, format);
      const time = ratio$ ? frame.time : checkTime(s, frame);
      // stage 1: the ratio for this frame
      if (ratio$) {
        if (typeof measured !== 'number' || !(measured > 0) || !Number.isFinite(measured)) {
          throw new ParameterError(`${fn}: ratio$ must emit finite numbers > 0, got ${describeValue(measured)}`);
        }
        s.ratio = s.nominal * measured;
      }
      // stage 2: resample every channel
      // the first output's input position, relative to this frame's first sample, gives its time
      const at = s.kernels.at(0).getState();
      const outTime = time === undefined ? undefined : time + (at.position + at.fraction - s.inputCount) / format.sampleRate;
      const ys = s.kernels.map((k, c) => k.process(frame.channels[c] as ArrayLike<number>, s.ratio));
      s.inputCount += n;
      emit(s, ys, outTime, out);
      // stage 3: measure the buffer level and steer the ratio for the next frame
      let levelError = Number.NaN;
      if (!ratio$ && time !== undefined) {
        const tEnd = time + n / format.sampleRate;
        const k = s.kernels.at(0).getState();
        const covered = s.produced + (s.inputCount - (k.position + k.fraction)) / s.ratio;
        if (s.loop === undefined) {
          s.loop = new DriftController({ outputSampleRate: s.outRate, ...loopOptions });
          s.tRef = s.tPrev = tEnd;
          s.pRef = covered;
        }
        levelError = covered - s.pRef - s.outRate * (tEnd - s.tRef);
        const u = s.loop.update(levelError, tEnd - s.tPrev);
        s.tPrev = tEnd;
        s.ratio = s.nominal * (1 + u);
      }
      onStatus?.({ inputIndex: frame.index, ratio: s.ratio, ppm: (s.ratio / s.nominal - 1) * 1e6, levelErrorSamples: levelError });
    },
    (s, out) => {
      if (s.format === undefined) return;
      emit(s, s.kernels.map((k) => k.flush(s.ratio)), undefined, out);
    },
  );

  function start(s: State, frame: T, format: FloatFormat): void {
    s.format = format;
    s.outRate = outRateOpt ?? format.sampleRate;
    s.nominal = format.sampleRate / s.outRate;
    s.ratio = s.nominal;
    // converting down: the lowpass moves to the output's Nyquist frequency (no aliasing)
    const first = s.outRate < format.sampleRate ? new FractionalResamplerKernel({ ...kernelOptions, cutoff: s.outRate / format.sampleRate }) : prototype;
    s.kernels = new KernelDuplicator(() => first.copy()).prepare(frame.channels.length);
    s.outIndex0 = Math.round((frame.index * s.outRate) / format.sampleRate);
  }

  function checkTime(s: State, frame: T): number {
    const t = frame.time;
    if (typeof t !== 'number' || !Number.isFinite(t)) {
      throw new FrameFormatError(
        `${fn}: frame at index ${frame.index} has no time; the loop needs frame times on the output clock (seconds), or give options.ratio$`,
      );
    }
    if (s.loop !== undefined && t < s.tPrev - 1) {
      throw new FrameFormatError(`${fn}: frame time went back from ${s.tPrev} to ${t} s at index ${frame.index}`);
    }
    return t;
  }

  function emit(s: State, ys: Float64Array[], time: number | undefined, out: { next(v: T): void }): void {
    const len = ys[0]?.length ?? 0;
    if (len === 0) return;
    const fmt = s.format as FloatFormat;
    const frame = floatFrame<T>(ys, fmt.float32, s.outRate, s.outIndex0 + s.produced, time);
    s.produced += len;
    out.next(frame);
  }

  return (source) => (ratio$ ? source.pipe(withLatestFrom(ratio$.pipe(startWith(1)))) : source.pipe(withNaN<T>())).pipe(core);
}

/** Pairs each frame with NaN (no measured ratio) so both modes share one operator body. */
function withNaN<T>(): OperatorFunction<T, [T, number]> {
  return operate<T, [T, number], undefined>(
    () => undefined,
    (v, _s, out) => out.next([v, Number.NaN]),
  );
}

/** The listed keys of `o` that are defined. */
function pick<K extends string>(o: Partial<Record<K, unknown>>, keys: readonly K[]): Record<string, number> {
  const r: Record<string, number> = {};
  for (const k of keys) if (o[k] !== undefined) r[k] = o[k] as number;
  return r;
}

/** Runs a constructor check and re-labels its error with this operator's name. */
function renamed<R>(f: () => R): R {
  try {
    return f();
  } catch (err) {
    if (err instanceof RangeError) throw new RangeError(err.message.replace(/^\w+:/, `${fn}:`));
    if (err instanceof TypeError) throw new TypeError(err.message.replace(/^\w+:/, `${fn}:`));
    throw err;
  }
}
