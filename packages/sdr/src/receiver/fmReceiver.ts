import { identity, isObservable, map, of, pipe, tap, type Observable, type Observer, type OperatorFunction } from 'rxjs';
import { FrameFormatError, gain, operate, ParameterError, type Frame, checkFinite, checkInt, checkOneOf, checkOptions, checkPositive, describeValue } from '@rxdsp/core';
import { firwin } from '@rxdsp/filters';
import type { FmDemodMethod } from '../kernels/FmDemodKernel';
import { complexDecimate } from '../operators/complexDecimate';
import { deemphasis } from '../operators/deemphasis';
import { fmDemod } from '../operators/fmDemod';
import { fromComplex } from '../operators/fromComplex';
import { mix } from '../operators/mix';
import { toComplex } from '../operators/toComplex';
import type { ComplexFrame } from '../types/ComplexFrame';

/** Observers that receive the frames of each stage of {@link fmReceiver} (for spectra and meters). */
export interface FmReceiverStages {
  /** The complex input (2.4 MS/s), after the optional `offsetHz` mix. */
  readonly input?: Partial<Observer<ComplexFrame>>;
  /** Complex baseband after stage 1 (240 kS/s). */
  readonly baseband?: Partial<Observer<ComplexFrame>>;
  /** The discriminator's output (240 kS/s, radians per sample). */
  readonly demodulated?: Partial<Observer<Frame<Float64Array>>>;
  /** The audio leaving the receiver (48 kHz, after de-emphasis and gain). */
  readonly audio?: Partial<Observer<Frame<Float64Array>>>;
}

/** Options of {@link fmReceiver}. */
export interface FmReceiverOptions {
  /** Complex input rate in Hz (default 2.4e6); every frame must have it. */
  readonly sampleRate?: number;
  /** Stage-1 decimation factor (default 10) and its `firwin` design: `taps1` taps (default 32), cutoff `cutoff1Hz` (default 200 kHz). */
  readonly decimation1?: number;
  readonly taps1?: number;
  readonly cutoff1Hz?: number;
  /** Stage-2 decimation factor (default 5) and its design: `taps2` (default 32), `cutoff2Hz` (default 16 kHz). */
  readonly decimation2?: number;
  readonly taps2?: number;
  readonly cutoff2Hz?: number;
  /** FM demodulator formula (default `'discriminator'`, the course's). */
  readonly demod?: FmDemodMethod;
  /** De-emphasis time constant in seconds (default 75e-6; 50e-6 in Europe; 0 = none). */
  readonly tau?: number;
  /** Audio gain in dB (default 0), or an Observable of dB values (the panel's −60 … +6 dB slider). */
  readonly gainDb?: number | Observable<number>;
  /** Receive the station at `centerFrequency + offsetHz` instead of the centre: a `mix(−offsetHz)` before stage 1 (Hz, or an Observable for tuning within the band). Default: none. */
  readonly offsetHz?: number | Observable<number>;
  /** Peak deviation in Hz that maps to audio full scale ±1 (default 75e3, broadcast FM). */
  readonly fullScaleDeviationHz?: number;
  /** Observers of the stages. */
  readonly stages?: FmReceiverStages;
}

/** The receiver's settings after defaults: rates and filter taps, for reports and plots. */
export interface FmReceiverDesign {
  readonly inputRate: number;
  readonly basebandRate: number;
  readonly audioRate: number;
  readonly taps1: Float64Array;
  readonly taps2: Float64Array;
}

/**
 * The design of {@link fmReceiver} for given options: the two `firwin` lowpass filters and the rates
 * (course defaults: 2.4 MS/s → M1 = 10, 32 taps, 200 kHz → 240 kS/s → M2 = 5, 32 taps, 16 kHz → 48 kHz).
 *
 * ## Example
 * ```ts
 * import { fmReceiverDesign } from '@rxdsp/sdr';
 * fmReceiverDesign().audioRate; // 48000
 * ```
 *
 * @param opts as {@link fmReceiver}.
 */
export function fmReceiverDesign(opts: FmReceiverOptions = {}): FmReceiverDesign {
  const fn = 'fmReceiver';
  checkOptions(fn, opts);
  const fs = checkPositive(fn, 'opts.sampleRate', opts.sampleRate ?? 2.4e6);
  const m1 = checkInt(fn, 'opts.decimation1', opts.decimation1 ?? 10, 1);
  const m2 = checkInt(fn, 'opts.decimation2', opts.decimation2 ?? 5, 1);
  const n1 = checkInt(fn, 'opts.taps1', opts.taps1 ?? 32, 1);
  const n2 = checkInt(fn, 'opts.taps2', opts.taps2 ?? 32, 1);
  const c1 = checkPositive(fn, 'opts.cutoff1Hz', opts.cutoff1Hz ?? 200e3);
  const c2 = checkPositive(fn, 'opts.cutoff2Hz', opts.cutoff2Hz ?? 16e3);
  if (c1 >= fs / 2) throw new RangeError(`${fn}: opts.cutoff1Hz must be below half the input rate (${fs / 2} Hz), got ${describeValue(c1)}`);
  if (c2 >= fs / m1 / 2) throw new RangeError(`${fn}: opts.cutoff2Hz must be below half the baseband rate (${fs / m1 / 2} Hz), got ${describeValue(c2)}`);
  return {
    inputRate: fs,
    basebandRate: fs / m1,
    audioRate: fs / m1 / m2,
    taps1: firwin(n1, c1, { fs }),
    taps2: firwin(n2, c2, { fs: fs / m1 }),
  };
}

const stageTap = <T>(obs: Partial<Observer<T>> | undefined): OperatorFunction<T, T> =>
  obs?.next === undefined ? identity : tap({ next: (v: T) => obs.next?.(v) });

/**
 * The course's mono FM receiver (scikit-dsp-comm's `RTLSDRStream` chain) as one operator, complex
 * frames in, 48 kHz audio out:
 *
 * ```text
 * 2.4 MS/s ─[mix(−offset)]─ complexDecimate(10, firwin(32, 200 kHz)) ─ 240 kS/s ─ fmDemod()
 *          ─ decimate(5, firwin(32, 16 kHz)) ─ 48 kHz ─ deemphasis(75 µs) ─ gain(dB) ─ audio
 * ```
 *
 * Audio is Float64 at ±1 for `fullScaleDeviationHz` of deviation (the demodulator's radians per sample
 * × basebandRate / (2π · fullScaleDeviationHz)); end with `toInt16({ scale: 'unit' })` for the `dac`.
 * Stage 2 filters the real demodulated signal with the complex decimator (zero Q; the real-valued
 * `resample` of `@rxdsp/filters` can replace it). Every stage keeps its state across frames (one
 * per subscription: the operator is cold), so the output does not depend on the framing.
 * `stages` observers see each stage's frames (for spectra). A frame at another rate than `sampleRate`
 * errors with `FrameFormatError`; a bad `gainDb` or `offsetHz` value errors with `ParameterError`.
 * Latency: (taps1 − 1)/2 input samples + (taps2 − 1)/2 baseband samples of group delay
 * (6.5 µs + 64.6 µs with the defaults) plus the de-emphasis.
 *
 * ## Example
 * ```ts
 * import { BehaviorSubject } from 'rxjs';
 * import { toInt16 } from '@rxdsp/core';
 * import { fmReceiver, rtlTcp } from '@rxdsp/sdr';
 * const volumeDb = new BehaviorSubject(-6);
 * rtlTcp({ port: 1234, frequency: 103.9e6, sampleRate: 2.4e6, gain: 40 })
 *   .pipe(fmReceiver({ gainDb: volumeDb }), toInt16({ scale: 'unit' }))
 *   .subscribe(); // 48 kHz Int16 audio frames: give them to a device's dac()
 * ```
 *
 * @param opts see {@link FmReceiverOptions}.
 * @throws RangeError / TypeError naming the option at creation.
 */
export function fmReceiver(opts: FmReceiverOptions = {}): OperatorFunction<ComplexFrame, Frame<Float64Array>> {
  const fn = 'fmReceiver';
  const d = fmReceiverDesign(opts);
  const method = checkOneOf(fn, 'opts.demod', opts.demod ?? 'discriminator', ['discriminator', 'phaseDifference'] as const);
  const tau = opts.tau ?? 75e-6;
  if (tau !== 0) checkPositive(fn, 'opts.tau', tau);
  const fullScale = checkPositive(fn, 'opts.fullScaleDeviationHz', opts.fullScaleDeviationHz ?? 75e3);
  const scale = d.basebandRate / (2 * Math.PI * fullScale);
  const gainParam = opts.gainDb ?? 0;
  if (!isObservable(gainParam)) checkFinite(fn, 'opts.gainDb', gainParam);
  const gain$ = (isObservable(gainParam) ? gainParam : of(gainParam)).pipe(
    map((db) => {
      if (typeof db !== 'number' || !Number.isFinite(db)) throw new ParameterError(`${fn}: gainDb must be a finite number of dB, got ${describeValue(db)}`);
      return scale * 10 ** (db / 20);
    }),
  );
  const m1 = Math.round(d.inputRate / d.basebandRate);
  const m2 = Math.round(d.basebandRate / d.audioRate);
  const st = opts.stages ?? {};
  const checkRate = operate<ComplexFrame, ComplexFrame, undefined>(
    () => undefined,
    (f, _s, out) => {
      if (f.sampleRate !== d.inputRate) throw new FrameFormatError(`${fn}: frame at index ${f.index} has sampleRate ${f.sampleRate} Hz, the receiver was designed for ${d.inputRate} Hz`);
      out.next(f);
    },
  );
  const offset: OperatorFunction<ComplexFrame, ComplexFrame> =
    opts.offsetHz === undefined ? identity : mix(isObservable(opts.offsetHz) ? opts.offsetHz.pipe(map((f) => -f)) : -checkFinite(fn, 'opts.offsetHz', opts.offsetHz), { initial: 0 });
  // stage 1: 2.4 MS/s complex → 240 kS/s complex → FM discriminator
  const stage1: OperatorFunction<ComplexFrame, Frame<Float64Array>> = pipe(
    checkRate,
    offset,
    stageTap(st.input),
    complexDecimate(m1, d.taps1),
    stageTap(st.baseband),
    fmDemod({ method }),
    stageTap(st.demodulated),
  );
  // stage 2: 240 kS/s → 48 kHz (the real signal through the complex decimator, Q = 0) → de-emphasis → gain
  const stage2: OperatorFunction<Frame<Float64Array>, Frame<Float64Array>> = pipe(
    toComplex(),
    complexDecimate(m2, d.taps2),
    fromComplex('real'),
    tau === 0 ? identity : deemphasis({ tau }),
    gain(gain$, { initial: scale }) as OperatorFunction<Frame<Float64Array>, Frame<Float64Array>>,
    stageTap(st.audio),
  );
  return pipe(stage1, stage2);
}
