import { FrameFormatError, type Frame } from '@rxdsp/core';

/** The shape of the first real frame an operator saw (per subscription). */
export interface RealLock {
  sampleRate: number;
  channels: number;
}

export function newRealLock(): RealLock {
  return { sampleRate: 0, channels: 0 };
}

/**
 * Checks a real frame for the sdr operators: ≥ 1 channel, equal lengths, float arrays, and the same
 * sample rate and channel count as the first frame. Throws `FrameFormatError` naming `fn`.
 * Returns the frame length.
 */
export function checkRealFrame(fn: string, lock: RealLock, frame: Frame, allowInt16 = false): number {
  const c0 = frame.channels[0];
  if (c0 === undefined) throw new FrameFormatError(`${fn}: frame at index ${frame.index} has no channels`);
  const n = c0.length;
  frame.channels.forEach((ch, c) => {
    if (!allowInt16 && ch instanceof Int16Array) throw new FrameFormatError(`${fn}: frame at index ${frame.index} has Int16 samples; convert with toFloat first`);
    if (ch.length !== n) throw new FrameFormatError(`${fn}: frame at index ${frame.index} has channel ${c} of length ${ch.length}, channel 0 of length ${n}`);
  });
  if (lock.channels === 0) {
    if (!(frame.sampleRate > 0)) throw new FrameFormatError(`${fn}: frame at index ${frame.index} has sampleRate ${frame.sampleRate}`);
    lock.sampleRate = frame.sampleRate;
    lock.channels = frame.channels.length;
    return n;
  }
  if (frame.sampleRate !== lock.sampleRate) {
    throw new FrameFormatError(`${fn}: sample rate changed mid-stream from ${lock.sampleRate} Hz to ${frame.sampleRate} Hz at index ${frame.index}`);
  }
  if (frame.channels.length !== lock.channels) {
    throw new FrameFormatError(`${fn}: channel count changed mid-stream from ${lock.channels} to ${frame.channels.length} at index ${frame.index}`);
  }
  return n;
}

/** A real Float64 frame, with `time` only when defined. */
export function realFrame(channels: Float64Array[], sampleRate: number, index: number, time: number | undefined): Frame<Float64Array> {
  return time === undefined ? { channels, sampleRate, index } : { channels, sampleRate, index, time };
}
