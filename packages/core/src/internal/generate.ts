import type { Observable, SchedulerLike } from 'rxjs';
import type { Frame } from '../types/Frame';
import { frameSource, framePeriodMs } from './frameSource';
import { makeFrame } from './frames';
import { checkInt, checkNonNegative, checkOneOf, checkOptions, checkPositive, checkFinite } from '../validate/validate';

/** Output array type of a generated source. */
export type GeneratedDtype = 'float64' | 'float32' | 'int16';

/** Options shared by the generated sources (`tone`, `whiteNoise`, `chirp`). */
export interface GeneratedOptions<D extends GeneratedDtype = GeneratedDtype> {
  /** Sample rate in Hz, > 0. */
  readonly sampleRate: number;
  /** Samples per channel per frame, integer ≥ 1. */
  readonly frameLength: number;
  /** Stream length in seconds (≥ 0; `round(seconds · sampleRate)` samples, last frame short); absent = endless. */
  readonly seconds?: number;
  /** Channel count, integer ≥ 1 (default 1). */
  readonly channels?: number;
  /** Output array type: `'float64'` (default), `'float32'`, or `'int16'` (rounded and saturated). */
  readonly dtype?: D;
  /** Peak amplitude in output units; default full scale: 1 for floats, 32767 for int16. */
  readonly amplitude?: number;
  /** Paces frames in real time (one every frameLength / sampleRate s); absent = as fast as consumed. */
  readonly scheduler?: SchedulerLike;
}

/** The frame type of a generated source for a dtype. */
export type GeneratedFrame<D extends GeneratedDtype> = D extends 'int16'
  ? Frame<Int16Array>
  : D extends 'float32'
    ? Frame<Float32Array>
    : Frame<Float64Array>;

/** Validated common options. */
export interface GeneratedConfig {
  readonly sampleRate: number;
  readonly frameLength: number;
  readonly total: number; // samples per channel, Infinity when endless
  readonly channels: number;
  readonly dtype: GeneratedDtype;
  readonly amplitude: number;
  readonly scheduler: SchedulerLike | undefined;
}

/** Validates the common options of a generated source (RangeError/TypeError naming `fn`). */
export function generatedConfig(fn: string, opts: GeneratedOptions): GeneratedConfig {
  checkOptions(fn, opts);
  const sampleRate = checkPositive(fn, 'sampleRate', opts.sampleRate);
  const frameLength = checkInt(fn, 'frameLength', opts.frameLength);
  const channels = opts.channels === undefined ? 1 : checkInt(fn, 'channels', opts.channels);
  const dtype = checkOneOf(fn, 'dtype', opts.dtype ?? 'float64', ['float64', 'float32', 'int16'] as const);
  const amplitude = opts.amplitude === undefined ? (dtype === 'int16' ? 32767 : 1) : checkFinite(fn, 'amplitude', opts.amplitude);
  const total = opts.seconds === undefined ? Number.POSITIVE_INFINITY : Math.round(checkNonNegative(fn, 'seconds', opts.seconds) * sampleRate);
  return { sampleRate, frameLength, total, channels, dtype, amplitude, scheduler: opts.scheduler };
}

/**
 * Fills `out[c][i]` with samples `start + i` of each channel (in output units, before dtype
 * conversion). Created per subscription, so it may keep state (a PRNG) across frames.
 */
export type Fill = (out: Float64Array[], start: number) => void;

/** Rounds half away from zero and saturates to the int16 range (NaN → 0). */
export function roundSaturate(v: number): number {
  if (v >= 32767.5) return 32767;
  if (v <= -32768.5) return -32768;
  if (v >= 0) return Math.floor(v + 0.5);
  if (v < 0) return -Math.floor(0.5 - v);
  return 0;
}

/** A cold generated source: frames of `frameLength` samples with index and time = index / sampleRate. */
export function generated(cfg: GeneratedConfig, init: () => Fill): Observable<Frame> {
  const { sampleRate, frameLength, total, channels, dtype } = cfg;
  const count = Math.ceil(total / frameLength);
  return frameSource(cfg.scheduler, framePeriodMs(frameLength, sampleRate), () => {
    const fill = init();
    return {
      count,
      frame(k: number): Frame {
        const start = k * frameLength;
        const n = Math.min(frameLength, total - start);
        const buf: Float64Array[] = [];
        for (let c = 0; c < channels; c++) buf.push(new Float64Array(n));
        fill(buf, start);
        if (dtype === 'float64') return makeFrame(buf, sampleRate, start, start / sampleRate);
        if (dtype === 'float32') return makeFrame(buf.map((b) => Float32Array.from(b)), sampleRate, start, start / sampleRate);
        const ints = buf.map((b) => {
          const o = new Int16Array(n);
          for (let i = 0; i < n; i++) o[i] = roundSaturate(b[i] as number);
          return o;
        });
        return makeFrame(ints, sampleRate, start, start / sampleRate);
      },
    };
  });
}
