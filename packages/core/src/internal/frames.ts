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

/**
 * The shape of the first frame an operator saw; later frames must match it. A small mutable
 * record kept per subscription.
 */
export interface FormatLock {
  sampleRate: number;
  channels: number;
  ctor: SampleArrayCtor | undefined;
}

export function newFormatLock(): FormatLock {
  return { sampleRate: 0, channels: 0, ctor: undefined };
}

/**
 * Checks that `frame` is well formed (≥ 1 channel, equal lengths) and has the same sample
 * rate, channel count and (unless `anyType`) array type as the first frame seen by `lock`.
 * Throws {@link FrameFormatError} naming the function otherwise. Returns the frame length.
 */
export function checkFrame(fn: string, lock: FormatLock, frame: Frame, anyType = false): number {
  const chans = frame.channels;
  const c0 = chans[0];
  if (c0 === undefined) throw new FrameFormatError(`${fn}: frame at index ${frame.index} has no channels`);
  const n = c0.length;
  const ctor = ctorOf(c0);
  for (let c = 1; c < chans.length; c++) {
    const a = chans[c] as SampleArray;
    if (a.length !== n) {
      throw new FrameFormatError(`${fn}: frame at index ${frame.index} has channel ${c} of length ${a.length}, channel 0 of length ${n}`);
    }
    if (ctorOf(a) !== ctor) {
      throw new FrameFormatError(`${fn}: frame at index ${frame.index} mixes ${typeName(c0)} and ${typeName(a)} channels`);
    }
  }
  if (lock.ctor === undefined) {
    if (!(frame.sampleRate > 0)) throw new FrameFormatError(`${fn}: frame at index ${frame.index} has sampleRate ${frame.sampleRate}`);
    lock.sampleRate = frame.sampleRate;
    lock.channels = chans.length;
    lock.ctor = ctor;
    return n;
  }
  if (frame.sampleRate !== lock.sampleRate) {
    throw new FrameFormatError(
      `${fn}: sample rate changed mid-stream from ${lock.sampleRate} Hz to ${frame.sampleRate} Hz at index ${frame.index}`,
    );
  }
  if (chans.length !== lock.channels) {
    throw new FrameFormatError(
      `${fn}: channel count changed mid-stream from ${lock.channels} to ${chans.length} at index ${frame.index}`,
    );
  }
  if (!anyType && ctor !== lock.ctor) {
    throw new FrameFormatError(
      `${fn}: sample type changed mid-stream from ${lock.ctor.name} to ${ctor.name} at index ${frame.index}`,
    );
  }
  return n;
}

/** Builds a frame, adding `time` only when defined (exactOptionalPropertyTypes-friendly). */
export function makeFrame<T extends SampleArray>(channels: T[], sampleRate: number, index: number, time: number | undefined): Frame<T> {
  return time === undefined ? { channels, sampleRate, index } : { channels, sampleRate, index, time };
}
