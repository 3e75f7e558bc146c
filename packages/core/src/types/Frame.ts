/** The sample arrays a frame may carry. */
export type SampleArray = Int16Array | Float32Array | Float64Array;

/**
 * A block of planar audio: one array per channel, all of the frame's length.
 *
 * Ownership rule (see the core README): a frame and its arrays are read-only once
 * emitted. Operators never write into a frame they received and always emit new
 * arrays; a downstream consumer may therefore keep a frame's arrays for as long as
 * it likes, and a source never reuses an array it has emitted.
 */
export interface Frame<T extends SampleArray = SampleArray> {
  /** Planar samples: `channels[c][i]` is sample `i` of channel `c`; every array has the same length. */
  readonly channels: readonly T[];
  /** Sample rate in Hz (> 0). */
  readonly sampleRate: number;
  /** Position of the frame's first sample since the stream started; a dropped frame shows as a gap. */
  readonly index: number;
  /** Capture time of the first sample in seconds on the device clock, when known. */
  readonly time?: number;
}

/**
 * Number of samples per channel in a frame (the length of its first channel; 0 for a frame
 * without channels).
 *
 * ## Example
 * ```ts
 * import { frameLength, fromSamples } from '@rxdsp/core';
 * fromSamples(new Float64Array(10), { sampleRate: 8000, frameLength: 4 })
 *   .subscribe((f) => console.log(frameLength(f))); // 4, 4, 2
 * ```
 *
 * @param frame any frame.
 */
export function frameLength(frame: Frame): number {
  return frame.channels[0]?.length ?? 0;
}
