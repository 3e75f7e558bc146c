import { FrameFormatError } from '@rxdsp/core';
import type { ComplexFrame } from '../types/ComplexFrame';

/** The shape of the first complex frame an operator saw (per subscription). */
export interface ComplexLock {
  sampleRate: number;
  channels: number;
}

export function newComplexLock(): ComplexLock {
  return { sampleRate: 0, channels: 0 };
}

/**
 * Checks a complex frame: ≥ 1 channel, as many Q as I arrays, equal lengths, Float64Array, and
 * the same sample rate and channel count as the first frame. Throws `FrameFormatError` naming
 * `fn`. Returns the frame length.
 */
export function checkComplexFrame(fn: string, lock: ComplexLock, frame: ComplexFrame): number {
  const { i, q } = frame;
  const i0 = i?.[0];
  if (i0 === undefined) throw new FrameFormatError(`${fn}: complex frame at index ${frame.index} has no channels`);
  if (!Array.isArray(q) || q.length !== i.length) {
    throw new FrameFormatError(`${fn}: complex frame at index ${frame.index} has ${i.length} I and ${Array.isArray(q) ? q.length : 0} Q arrays`);
  }
  const n = i0.length;
  for (let c = 0; c < i.length; c++) {
    const a = i[c];
    const b = q[c];
    if (!(a instanceof Float64Array) || !(b instanceof Float64Array)) {
      throw new FrameFormatError(`${fn}: complex frame at index ${frame.index} channel ${c} is not Float64Array I/Q`);
    }
    if (a.length !== n || b.length !== n) {
      throw new FrameFormatError(`${fn}: complex frame at index ${frame.index} channel ${c} has I/Q lengths ${a.length}/${b.length}, channel 0 ${n}`);
    }
  }
  if (lock.channels === 0) {
    if (!(frame.sampleRate > 0)) throw new FrameFormatError(`${fn}: complex frame at index ${frame.index} has sampleRate ${frame.sampleRate}`);
    lock.sampleRate = frame.sampleRate;
    lock.channels = i.length;
    return n;
  }
  if (frame.sampleRate !== lock.sampleRate) {
    throw new FrameFormatError(`${fn}: sample rate changed mid-stream from ${lock.sampleRate} Hz to ${frame.sampleRate} Hz at index ${frame.index}`);
  }
  if (i.length !== lock.channels) {
    throw new FrameFormatError(`${fn}: channel count changed mid-stream from ${lock.channels} to ${i.length} at index ${frame.index}`);
  }
  return n;
}
