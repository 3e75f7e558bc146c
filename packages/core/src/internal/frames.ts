import type { Frame, SampleArray } from '../types/Frame';
import { FrameFormatError } from '../types/errors';

/** A constructor of one of the sample array types. */
export type SampleArrayCtor = Int16ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor;

/** The float type an operator emits for input of type `T`: Int16 is promoted to Float64, floats keep their type. */
export type FloatOf<T extends SampleArray> = T extends Int16Array ? Float64Array : T;

/** Name of a sample array's type, for messages. */
export function typeName(a: SampleArray): string {
  return a.constructor.name;
}

/** Constructor of the given sample array. */
export function ctorOf(a: SampleArray): SampleArrayCtor {
  if (a instanceof Int16Array) return Int16Array;
  if (a instanceof Float32Array) return Float32Array;
  return Float64Array;
}

/** The float constructor operators use for output computed from `a` (Int16 → Float64). */
export function floatCtorOf(a: SampleArray): Float32ArrayConstructor | Float64ArrayConstructor {
  return a instanceof Float32Array ? Float32Array : Float64Array;
}

export function isSampleArray(a: unknown): a is SampleArray {
  return a instanceof Int16Array || a instanceof Float32Array || a instanceof Float64Array;
}

/** Which sample array types a {@link FrameFormatLock} accepts. */
export type FrameSampleTypes = 'any' | 'float' | 'int16';

/** Options of {@link frameFormatLock}. */
export interface FrameFormatLockOptions {
  /**
   * Sample types accepted: `'any'` (Int16, Float32, Float64; default), `'float'` (Float32 or
   * Float64: the filters), `'int16'` (Int16 only: `toFloat`, the DAC).
   */
  readonly types?: FrameSampleTypes;
  /** Whether the sample type may change mid-stream (default false: the first frame fixes it). */
  readonly typeMayChange?: boolean;
  /** The channel count every frame must have (e.g. 2 for `lms`); default: whatever the first frame has. */
  readonly channels?: number;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return 'an Array';
  if (typeof v === 'object') return `a ${(v as object).constructor?.name ?? 'Object'}`;
  return `a ${typeof v}`;
}

/**
 * The stream format an operator accepts, fixed by the first frame it sees: sample rate,
 * channel count and sample type. One per subscription (create it in `operate`'s `init`).
 * {@link FrameFormatLock.check} validates every frame — a well-formed `Frame` (channels of
 * sample arrays of one length, finite `sampleRate` > 0, finite `index`) of the accepted types —
 * and that it matches the first, and throws {@link FrameFormatError} (code `FRAME_FORMAT`,
 * with a `reason`) naming the operator otherwise. Every rxdsp operator uses it, so every
 * operator words these errors the same way.
 *
 * ## Example
 * ```ts
 * import { frameFormatLock, operate, type Frame } from '@rxdsp/core';
 * // an operator that halves every sample, refusing a mid-stream format change
 * const half = operate<Frame<Float64Array>, Frame<Float64Array>, ReturnType<typeof frameFormatLock>>(
 *   () => frameFormatLock('half', { types: 'float' }),
 *   (frame, lock, out) => {
 *     lock.check(frame);
 *     out.next({ ...frame, channels: frame.channels.map((c) => c.map((v) => v / 2)) });
 *   },
 * );
 * ```
 */
export class FrameFormatLock {
  /** Sample rate (Hz) of the first frame; 0 before it. */
  sampleRate = 0;
  /** Channel count of the first frame; 0 before it. */
  channels = 0;
  /** Sample array constructor of the first frame (of the latest frame when the type may change). */
  ctor: SampleArrayCtor | undefined = undefined;

  constructor(
    /** The public function the user called, for messages. */
    readonly fn: string,
    private readonly opts: FrameFormatLockOptions = {},
  ) {}

  /** Whether a frame has been accepted yet. */
  get locked(): boolean {
    return this.ctor !== undefined;
  }

  /**
   * Validates `frame` (see the class) and returns its length in samples per channel.
   * The first valid frame fixes the format.
   * @throws FrameFormatError naming the operator, the frame index and what is wrong
   */
  check(frame: unknown): number {
    const fn = this.fn;
    if (frame === null || typeof frame !== 'object' || !Array.isArray((frame as Frame).channels)) {
      throw new FrameFormatError(`${fn}: expected a frame ({ channels, sampleRate, index }), got ${describe(frame)}`, 'not-a-frame');
    }
    const f = frame as Frame;
    // built only for a message: a template string per frame per operator is measurable at audio rates
    const at = (): string => (typeof f.index === 'number' && Number.isFinite(f.index) ? `the frame at index ${f.index}` : 'a frame');
    if (typeof f.index !== 'number' || !Number.isFinite(f.index)) {
      throw new FrameFormatError(`${fn}: ${at()} has index ${String(f.index)}, expected a finite number`, 'not-a-frame');
    }
    const chans = f.channels;
    const c0 = chans[0] as unknown;
    if (c0 === undefined) throw new FrameFormatError(`${fn}: ${at()} has no channels`, 'no-channels');
    const types = this.opts.types ?? 'any';
    for (let c = 0; c < chans.length; c++) {
      const a = chans[c] as unknown;
      if (!isSampleArray(a)) {
        throw new FrameFormatError(
          `${fn}: channel ${c} of ${at()} is ${describe(a)}, expected an Int16Array, Float32Array or Float64Array`,
          'channel-type',
        );
      }
      if (types === 'float' && a instanceof Int16Array) {
        throw new FrameFormatError(
          `${fn}: channel ${c} of ${at()} is an Int16Array; ${fn} takes Float32Array or Float64Array frames ` +
            '(convert Int16 with toFloat() from @rxdsp/core first)',
          'channel-type',
        );
      }
      if (types === 'int16' && !(a instanceof Int16Array)) {
        throw new FrameFormatError(`${fn}: channel ${c} of ${at()} is a ${typeName(a)}, expected an Int16Array`, 'channel-type');
      }
    }
    const n = (c0 as SampleArray).length;
    const ctor = ctorOf(c0 as SampleArray);
    for (let c = 1; c < chans.length; c++) {
      const a = chans[c] as SampleArray;
      if (a.length !== n) {
        throw new FrameFormatError(`${fn}: ${at()} has channel ${c} of length ${a.length}, channel 0 of length ${n}`, 'channel-length');
      }
      if (ctorOf(a) !== ctor) {
        throw new FrameFormatError(`${fn}: ${at()} mixes ${typeName(c0 as SampleArray)} and ${typeName(a)} channels`, 'channel-type');
      }
    }
    const sr = f.sampleRate;
    if (typeof sr !== 'number' || !(sr > 0) || !Number.isFinite(sr)) {
      throw new FrameFormatError(`${fn}: ${at()} has sampleRate ${String(sr)}, expected a finite number > 0`, 'sample-rate');
    }
    const want = this.opts.channels;
    if (want !== undefined && chans.length !== want) {
      throw new FrameFormatError(`${fn}: ${at()} has ${chans.length} channels, expected ${want}`, 'channel-count');
    }
    if (this.ctor === undefined) {
      this.sampleRate = sr;
      this.channels = chans.length;
      this.ctor = ctor;
      return n;
    }
    if (sr !== this.sampleRate) {
      throw new FrameFormatError(`${fn}: sample rate changed mid-stream from ${this.sampleRate} Hz to ${sr} Hz at index ${f.index}`, 'format-change');
    }
    if (chans.length !== this.channels) {
      throw new FrameFormatError(`${fn}: channel count changed mid-stream from ${this.channels} to ${chans.length} at index ${f.index}`, 'format-change');
    }
    if (ctor !== this.ctor) {
      if (!this.opts.typeMayChange) {
        throw new FrameFormatError(`${fn}: sample type changed mid-stream from ${this.ctor.name} to ${ctor.name} at index ${f.index}`, 'format-change');
      }
      this.ctor = ctor;
    }
    return n;
  }
}

/**
 * A new {@link FrameFormatLock} for the public function `fn`: the "first frame fixes the format"
 * check shared by every rxdsp operator. Create one per subscription.
 * @param fn the public function's name, for error messages
 * @param opts accepted sample types, whether the type may change, a required channel count
 */
export function frameFormatLock(fn: string, opts: FrameFormatLockOptions = {}): FrameFormatLock {
  return new FrameFormatLock(fn, opts);
}

/**
 * Builds a frame, adding `time` only when defined (so frames compare equal whether or not a
 * source sets it).
 *
 * ## Example
 * ```ts
 * import { makeFrame } from '@rxdsp/core';
 * makeFrame([new Float64Array(4)], 48000, 1024, undefined); // { channels, sampleRate: 48000, index: 1024 }
 * ```
 * @param channels the planar sample arrays (one per channel, equal lengths)
 * @param sampleRate Hz, > 0
 * @param index position of the first sample since the stream started
 * @param time capture time of the first sample in seconds, when known
 */
export function makeFrame<T extends SampleArray>(channels: T[], sampleRate: number, index: number, time: number | undefined): Frame<T> {
  return time === undefined ? { channels, sampleRate, index } : { channels, sampleRate, index, time };
}
