// Helpers for core's own tests (not exported from the package).
import type { Frame, SampleArray } from '../../src/types/Frame';

// the repository's one TestScheduler set-up, re-exported for core's tests
export { testScheduler } from '@rxdsp/test-utils';

/** A Float64 frame from plain numbers: `f64(index, sampleRate, [ch0...], [ch1...])`, time omitted. */
export function f64(index: number, sampleRate: number, ...channels: number[][]): Frame<Float64Array> {
  return { channels: channels.map((c) => Float64Array.from(c)), sampleRate, index };
}

/** An Int16 frame from plain numbers. */
export function i16(index: number, sampleRate: number, ...channels: number[][]): Frame<Int16Array> {
  return { channels: channels.map((c) => Int16Array.from(c)), sampleRate, index };
}

/** Adds `time` to a frame. */
export function at<T extends SampleArray>(frame: Frame<T>, time: number): Frame<T> {
  return { ...frame, time };
}

/** Concatenates channel c of a list of frames. */
export function concatChannel(frames: readonly Frame[], c: number): number[] {
  const out: number[] = [];
  for (const fr of frames) for (const v of fr.channels[c] ?? []) out.push(v);
  return out;
}
