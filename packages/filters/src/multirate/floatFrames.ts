// Internal: the frame checks of the multirate operators (float frames, fixed sample rate, channel
// count and type), through core's shared frame-format lock.
import { frameFormatLock, type FrameFormatLock } from '@rxdsp/core';
import type { FloatFrame } from '../operators/filterOperator';

/** The format of the first frame, which every later frame must keep. */
export interface FloatFormat {
  readonly sampleRate: number;
  readonly channels: number;
  readonly float32: boolean;
  readonly lock: FrameFormatLock;
}

/**
 * Checks one frame with core's `frameFormatLock` (float channels of equal length, a finite sample
 * rate > 0 and, after the first frame, the same sample rate, channel count and array type).
 * Returns the frame length and the format fixed by the first frame.
 */
export function checkFloatFrame(fn: string, frame: FloatFrame, format: FloatFormat | undefined): { n: number; format: FloatFormat } {
  if (format !== undefined) return { n: format.lock.check(frame), format };
  const lock = frameFormatLock(fn, { types: 'float' });
  const n = lock.check(frame);
  return { n, format: { sampleRate: lock.sampleRate, channels: lock.channels, float32: lock.ctor === Float32Array, lock } };
}

/** A new output frame (arrays of the input's type). */
export function floatFrame<T extends FloatFrame>(channels: Float64Array[], float32: boolean, sampleRate: number, index: number, time: number | undefined): T {
  const out: { channels: (Float32Array | Float64Array)[]; sampleRate: number; index: number; time?: number } = {
    channels: float32 ? channels.map((c) => Float32Array.from(c)) : channels,
    sampleRate,
    index,
  };
  if (time !== undefined) out.time = time;
  return out as unknown as T;
}
