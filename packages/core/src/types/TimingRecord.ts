/**
 * Frame-by-frame timing marks of a running stream (the `DSP_callback_tic/toc` of
 * pyaudio_helper). Devices fill one while they run; `@rxdsp/analysis` adds the
 * user-facing operators, `streamStats` and the activity plot on top of it.
 *
 * All times are milliseconds on the monotonic `performance.now()` clock, relative to
 * `startMs` (the moment the stream was subscribed / started).
 */
export interface TimingRecord {
  /** Nominal sample rate in Hz. */
  readonly sampleRate: number;
  /** Nominal frame length in samples. */
  readonly frameLength: number;
  /** `performance.now()` at stream start. */
  startMs: number;
  /** Number of frames recorded (valid entries in the arrays below). */
  count: number;
  /** Arrival (tic) of frame k, ms since start. */
  arrivalMs: Float64Array;
  /** End of processing (toc) of frame k, ms since start; NaN until marked. */
  doneMs: Float64Array;
  /** `frame.index` of frame k (first sample position), to find gaps. */
  frameIndex: Float64Array;
}

/**
 * Creates an empty timing record, the `DSP_callback_tic()` / `toc()` log of `pyaudio_helper`;
 * its arrays grow by doubling as frames are marked. `@rxdsp/analysis`'s `streamStats` turns it
 * into the period, jitter and load report.
 *
 * ## Example
 * ```ts
 * import { createTimingRecord, markArrival, markDone } from '@rxdsp/core';
 * const rec = createTimingRecord(48000, 1024);
 * const k = markArrival(rec, 0); // a frame with index 0 arrives (now)
 * markDone(rec, k);              // its processing ends (now)
 * console.log(rec.count, rec.doneMs[k]! - rec.arrivalMs[k]!); // 1, the processing time in ms
 * ```
 *
 * @param sampleRate Hz (> 0), for the ideal period frameLength / sampleRate.
 * @param frameLength samples per frame (integer ≥ 1).
 * @param capacity initial number of frame slots (integer ≥ 1, default 1024).
 */
export function createTimingRecord(sampleRate: number, frameLength: number, capacity = 1024): TimingRecord {
  if (!(sampleRate > 0)) throw new RangeError(`createTimingRecord: sampleRate must be > 0, got ${sampleRate}`);
  if (!Number.isInteger(frameLength) || frameLength <= 0) {
    throw new RangeError(`createTimingRecord: frameLength must be a positive integer, got ${frameLength}`);
  }
  return {
    sampleRate,
    frameLength,
    startMs: performance.now(),
    count: 0,
    arrivalMs: new Float64Array(capacity),
    doneMs: new Float64Array(capacity).fill(Number.NaN),
    frameIndex: new Float64Array(capacity),
  };
}

function grow(a: Float64Array, fill: number): Float64Array {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/**
 * Marks the arrival (tic) of a frame; returns its slot k for {@link markDone}. See
 * {@link createTimingRecord} for an example.
 *
 * @param rec the record to append to.
 * @param frameIndex `frame.index` of the arriving frame (samples), to detect gaps.
 * @param nowMs arrival time in ms on the `performance.now()` clock (default: now); a scheduler's `now()` on virtual time.
 */
export function markArrival(rec: TimingRecord, frameIndex: number, nowMs: number = performance.now()): number {
  const k = rec.count;
  if (k === rec.arrivalMs.length) {
    rec.arrivalMs = grow(rec.arrivalMs, 0);
    rec.doneMs = grow(rec.doneMs, Number.NaN);
    rec.frameIndex = grow(rec.frameIndex, 0);
  }
  rec.arrivalMs[k] = nowMs - rec.startMs;
  rec.frameIndex[k] = frameIndex;
  rec.count = k + 1;
  return k;
}

/**
 * Marks the end of processing (toc) of the frame in slot k. See {@link createTimingRecord}
 * for an example.
 *
 * @param rec the record.
 * @param k the slot returned by {@link markArrival}.
 * @param nowMs end time in ms on the same clock as the arrival (default: now).
 */
export function markDone(rec: TimingRecord, k: number, nowMs: number = performance.now()): void {
  if (k >= 0 && k < rec.count) rec.doneMs[k] = nowMs - rec.startMs;
}
