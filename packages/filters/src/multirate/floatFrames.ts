// Internal: the frame checks of the multirate operators (float frames, fixed sample rate and channel count).
// When core exports its shared frame-format lock (issue 10), these should move to it.
import { FrameFormatError } from '@rxdsp/core';
import type { FloatFrame } from '../operators/filterOperator';

/** The format of the first frame, which every later frame must keep. */
export interface FloatFormat {
  sampleRate: number;
  channels: number;
  float32: boolean;
}

/**
 * Checks one frame: float channels of equal length, a finite sample rate > 0, and (after the first frame) the
 * same sample rate, channel count and array type as `lock`. Returns the frame length and the format.
 */
export function checkFloatFrame(fn: string, frame: FloatFrame, lock: FloatFormat | undefined): { n: number; format: FloatFormat } {
  if (frame === null || typeof frame !== 'object' || !Array.isArray(frame.channels)) {
    throw new FrameFormatError(`${fn}: expected a Frame, got ${frame === null ? 'null' : typeof frame}`);
  }
  const chans = frame.channels;
  const c0 = chans[0];
  if (c0 === undefined) throw new FrameFormatError(`${fn}: frame at index ${frame.index} has no channels`);
  const float32 = c0 instanceof Float32Array;
  const n = c0.length;
  for (let c = 0; c < chans.length; c++) {
    const a = chans[c] as unknown;
    if (!(a instanceof Float64Array) && !(a instanceof Float32Array)) {
      const what = typeof a === 'object' && a !== null ? a.constructor.name : typeof a;
      throw new FrameFormatError(
        `${fn}: channel ${c} of the frame at index ${frame.index} is a ${what}; it takes Float32Array or Float64Array frames ` +
          '(convert Int16 with toFloat() from @rxdsp/core first)',
      );
    }
    if (a.length !== n) throw new FrameFormatError(`${fn}: frame at index ${frame.index} has channel ${c} of length ${a.length}, channel 0 of length ${n}`);
  }
  const sr = frame.sampleRate;
  if (typeof sr !== 'number' || !(sr > 0) || !Number.isFinite(sr)) {
    throw new FrameFormatError(`${fn}: frame at index ${frame.index} has sampleRate ${String(sr)}; expected a finite number of Hz > 0`);
  }
  if (lock === undefined) return { n, format: { sampleRate: sr, channels: chans.length, float32 } };
  if (sr !== lock.sampleRate) throw new FrameFormatError(`${fn}: sample rate changed from ${lock.sampleRate} to ${sr} Hz at frame index ${frame.index}`);
  if (chans.length !== lock.channels) throw new FrameFormatError(`${fn}: channel count changed from ${lock.channels} to ${chans.length} at frame index ${frame.index}`);
  if (float32 !== lock.float32) {
    throw new FrameFormatError(`${fn}: sample type changed from ${lock.float32 ? 'Float32Array' : 'Float64Array'} to ${float32 ? 'Float32Array' : 'Float64Array'} at frame index ${frame.index}`);
  }
  return { n, format: lock };
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
