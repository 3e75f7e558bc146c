/**
 * A block of planar complex baseband samples: for each channel one array of in-phase (I) and one of
 * quadrature (Q) samples, all of the frame's length, plus the centre frequency the tuner was set to
 * when they were taken.
 *
 * The complex sample `n` of channel `c` is `i[c][n] + j·q[c][n]`. A component at baseband frequency
 * `f` (−sampleRate/2 … sampleRate/2) is at radio frequency `centerFrequency + f`.
 *
 * Ownership rule (the same as core's `Frame`, see the core README): a frame and its arrays are
 * read-only once emitted; operators always emit new arrays.
 *
 * ## Example
 * ```ts
 * import type { ComplexFrame } from '@rxdsp/sdr';
 * const f: ComplexFrame = { i: [new Float64Array([1, 0])], q: [new Float64Array([0, 1])], sampleRate: 2.4e6, index: 0, centerFrequency: 103.9e6 };
 * ```
 */
export interface ComplexFrame {
  /** In-phase samples per channel (`i[c][n]`); every array has the same length. */
  readonly i: readonly Float64Array[];
  /** Quadrature samples per channel, same lengths as `i`. */
  readonly q: readonly Float64Array[];
  /** Complex sample rate in Hz (> 0). */
  readonly sampleRate: number;
  /** Position of the frame's first sample since the stream started (continuous; a gap means samples were dropped). */
  readonly index: number;
  /** Radio frequency in Hz that baseband 0 Hz corresponds to (the tuner's centre frequency, after any `mix`). */
  readonly centerFrequency: number;
  /** Capture time of the first sample in seconds, when known. */
  readonly time?: number;
}

/**
 * Number of complex samples per channel in a frame (0 for a frame without channels).
 *
 * ## Example
 * ```ts
 * import { complexFrameLength } from '@rxdsp/sdr';
 * complexFrameLength({ i: [new Float64Array(8)], q: [new Float64Array(8)], sampleRate: 1, index: 0, centerFrequency: 0 }); // 8
 * ```
 *
 * @param frame any complex frame.
 */
export function complexFrameLength(frame: ComplexFrame): number {
  return frame.i[0]?.length ?? 0;
}

/**
 * Builds a complex frame, adding `time` only when defined.
 *
 * ## Example
 * ```ts
 * import { makeComplexFrame } from '@rxdsp/sdr';
 * const f = makeComplexFrame([new Float64Array(4)], [new Float64Array(4)], 240e3, 0, 100e6);
 * ```
 *
 * @param i in-phase arrays per channel.
 * @param q quadrature arrays per channel (same lengths).
 * @param sampleRate Hz.
 * @param index first sample's position in the stream.
 * @param centerFrequency Hz.
 * @param time seconds, optional.
 */
export function makeComplexFrame(
  i: Float64Array[],
  q: Float64Array[],
  sampleRate: number,
  index: number,
  centerFrequency: number,
  time?: number,
): ComplexFrame {
  return time === undefined ? { i, q, sampleRate, index, centerFrequency } : { i, q, sampleRate, index, centerFrequency, time };
}
