/**
 * Running aggregates of a {@link TimingRecord} over the whole run, kept up to date by
 * {@link markArrival} (arrival intervals, gaps) and folded in as frames leave the ring (processing
 * times), so that `streamStats` reports the whole run exactly however long it lasted, while the
 * record itself holds only the newest `capacity` frames.
 */
export interface TimingTotals {
  /** Arrival of frame 0, ms since start (NaN before the first frame). */
  firstArrivalMs: number;
  /** The interval between frames 0 and 1 (start-up; NaN before frame 1). */
  firstIntervalMs: number;
  /** Number of arrival intervals from frame 2 on (those `streamStats` summarises). */
  intervals: number;
  /** Sum of those intervals (ms). */
  intervalSumMs: number;
  /** Welford's running mean and sum of squared deviations of those intervals. */
  intervalMeanMs: number;
  intervalM2: number;
  /** Largest |interval − ideal period| over those intervals (ms; NaN while there is none). */
  maxDeviationMs: number;
  /** Arrivals whose index is not the previous index + frameLength. */
  gaps: number;
  /** Frames missing at forward gaps: Σ max(0, round(Δindex / frameLength) − 1). */
  droppedFrames: number;
  /** Frames that have left the ring: how many were closed (had an end of processing), the sum and maximum of their processing times (ms), and how many were not closed. */
  retiredClosed: number;
  retiredProcessSumMs: number;
  retiredProcessMaxMs: number;
  retiredUnfinished: number;
}

/**
 * Frame-by-frame timing marks of a running stream (the `DSP_callback_tic/toc` of
 * pyaudio_helper). Devices fill one while they run; `@rxdsp/analysis` adds the
 * user-facing operators, `streamStats` and the activity plot on top of it.
 *
 * The record is a ring: it keeps the marks of the newest `capacity` frames — frame k
 * (`count − capacity ≤ k < count`) is in slot `k % capacity` of the arrays — plus running
 * {@link TimingTotals} of the whole run, so a long run holds a fixed amount of memory.
 *
 * All times are milliseconds on the monotonic `performance.now()` clock, relative to
 * `startMs` (the moment the stream was subscribed / started).
 */
export interface TimingRecord {
  /** Nominal sample rate in Hz. */
  readonly sampleRate: number;
  /** Nominal frame length in samples. */
  readonly frameLength: number;
  /** Frames kept (the ring's length); the arrays grow by doubling up to it. */
  readonly capacity: number;
  /** `performance.now()` at stream start. */
  startMs: number;
  /** Number of frames recorded since the start (the newest min(count, capacity) are kept). */
  count: number;
  /** Arrival (tic) of frame k, ms since start, in slot k % capacity. */
  arrivalMs: Float64Array;
  /** End of processing (toc) of frame k, ms since start, in slot k % capacity; NaN until marked. */
  doneMs: Float64Array;
  /** `frame.index` of frame k (first sample position), in slot k % capacity, to find gaps. */
  frameIndex: Float64Array;
  /** Whole-run aggregates (see {@link TimingTotals}). */
  readonly totals: TimingTotals;
}

/** Default ring length of {@link createTimingRecord}: 16 384 frames (about 350 s of 1024-sample frames at 48 kHz, 390 kB). */
export const DEFAULT_TIMING_CAPACITY = 16_384;

const INITIAL_SLOTS = 1024;

function emptyTotals(): TimingTotals {
  return {
    firstArrivalMs: Number.NaN,
    firstIntervalMs: Number.NaN,
    intervals: 0,
    intervalSumMs: 0,
    intervalMeanMs: 0,
    intervalM2: 0,
    maxDeviationMs: Number.NaN,
    gaps: 0,
    droppedFrames: 0,
    retiredClosed: 0,
    retiredProcessSumMs: 0,
    retiredProcessMaxMs: Number.NaN,
    retiredUnfinished: 0,
  };
}

/**
 * Creates an empty timing record, the `DSP_callback_tic()` / `toc()` log of `pyaudio_helper`:
 * a ring of the marks of the newest `capacity` frames plus running whole-run aggregates (its
 * arrays start small and grow by doubling up to `capacity`). `@rxdsp/analysis`'s `streamStats`
 * turns it into the period, jitter and load report.
 *
 * ## Example
 * ```ts
 * import { createTimingRecord, markArrival, markDone } from '@rxdsp/core';
 * const rec = createTimingRecord(48000, 1024);
 * const k = markArrival(rec, 0); // a frame with index 0 arrives (now)
 * markDone(rec, k);              // its processing ends (now)
 * console.log(rec.count, rec.doneMs[k % rec.capacity]! - rec.arrivalMs[k % rec.capacity]!); // 1, the processing time in ms
 * ```
 *
 * @param sampleRate Hz (> 0), for the ideal period frameLength / sampleRate.
 * @param frameLength samples per frame (integer ≥ 1).
 * @param capacity frames kept (integer ≥ 1, default {@link DEFAULT_TIMING_CAPACITY}); older
 *   frames leave the ring and live on only in the running totals.
 */
export function createTimingRecord(sampleRate: number, frameLength: number, capacity: number = DEFAULT_TIMING_CAPACITY): TimingRecord {
  if (!(sampleRate > 0)) throw new RangeError(`createTimingRecord: sampleRate must be > 0, got ${sampleRate}`);
  if (!Number.isInteger(frameLength) || frameLength <= 0) {
    throw new RangeError(`createTimingRecord: frameLength must be a positive integer, got ${frameLength}`);
  }
  if (!Number.isInteger(capacity) || capacity <= 0) {
    throw new RangeError(`createTimingRecord: capacity must be a positive integer, got ${capacity}`);
  }
  const slots = Math.min(capacity, INITIAL_SLOTS);
  return {
    sampleRate,
    frameLength,
    capacity,
    startMs: performance.now(),
    count: 0,
    arrivalMs: new Float64Array(slots),
    doneMs: new Float64Array(slots).fill(Number.NaN),
    frameIndex: new Float64Array(slots),
    totals: emptyTotals(),
  };
}

/**
 * Empties a timing record in place for a new stream (the arrays and `capacity` are kept), with
 * `startMs` as its start.
 *
 * @param rec the record.
 * @param startMs the new stream's start on the `performance.now()` clock (default: now).
 */
export function resetTimingRecord(rec: TimingRecord, startMs: number = performance.now()): void {
  rec.startMs = startMs;
  rec.count = 0;
  rec.doneMs.fill(Number.NaN);
  Object.assign(rec.totals, emptyTotals());
}

function grow(a: Float64Array, size: number, fill: number): Float64Array {
  const b = new Float64Array(size);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/** Folds frame k, about to leave the ring, into the retired totals. */
function retire(rec: TimingRecord, k: number): void {
  const slot = k % rec.capacity;
  const t = rec.totals;
  const done = rec.doneMs[slot]!;
  if (Number.isNaN(done)) {
    t.retiredUnfinished++;
    return;
  }
  const p = done - rec.arrivalMs[slot]!;
  t.retiredClosed++;
  t.retiredProcessSumMs += p;
  if (!(p <= t.retiredProcessMaxMs)) t.retiredProcessMaxMs = p;
}

/** Adds the arrival of frame k (k ≥ 1; frame k − 1 still in its slot) to the interval and gap totals. */
function addInterval(rec: TimingRecord, k: number, arrival: number, frameIndex: number): void {
  const t = rec.totals;
  const prev = (k - 1) % rec.capacity;
  const d = arrival - rec.arrivalMs[prev]!;
  if (k === 1) t.firstIntervalMs = d;
  else {
    t.intervals++;
    t.intervalSumMs += d;
    const delta = d - t.intervalMeanMs;
    t.intervalMeanMs += delta / t.intervals;
    t.intervalM2 += delta * (d - t.intervalMeanMs);
    const dev = Math.abs(d - (rec.frameLength / rec.sampleRate) * 1000);
    if (!(dev <= t.maxDeviationMs)) t.maxDeviationMs = dev;
  }
  const step = frameIndex - rec.frameIndex[prev]!;
  if (step !== rec.frameLength) {
    t.gaps++;
    if (step > rec.frameLength) t.droppedFrames += Math.max(0, Math.round(step / rec.frameLength) - 1);
  }
}

/**
 * Marks the arrival (tic) of a frame; returns its frame number k (0, 1, 2 … since the start) for
 * {@link markDone}; its marks are in slot `k % rec.capacity`. When the ring is full the oldest
 * frame leaves it (its processing time, or its being unfinished, goes into the totals). See
 * {@link createTimingRecord} for an example.
 *
 * @param rec the record to append to.
 * @param frameIndex `frame.index` of the arriving frame (samples), to detect gaps.
 * @param nowMs arrival time in ms on the `performance.now()` clock (default: now); a scheduler's `now()` on virtual time.
 */
export function markArrival(rec: TimingRecord, frameIndex: number, nowMs: number = performance.now()): number {
  const k = rec.count;
  const arrival = nowMs - rec.startMs;
  if (k >= rec.capacity) retire(rec, k - rec.capacity);
  else if (k === rec.arrivalMs.length) {
    const size = Math.min(rec.capacity, 2 * k);
    rec.arrivalMs = grow(rec.arrivalMs, size, 0);
    rec.doneMs = grow(rec.doneMs, size, Number.NaN);
    rec.frameIndex = grow(rec.frameIndex, size, 0);
  }
  if (k === 0) rec.totals.firstArrivalMs = arrival;
  else addInterval(rec, k, arrival, frameIndex);
  const slot = k % rec.capacity;
  rec.arrivalMs[slot] = arrival;
  rec.doneMs[slot] = Number.NaN;
  rec.frameIndex[slot] = frameIndex;
  rec.count = k + 1;
  return k;
}

/**
 * Marks the end of processing (toc) of frame k; marking it again moves its end. Ignored for a
 * frame no longer in the ring (it stays unfinished in the totals). See {@link createTimingRecord}
 * for an example.
 *
 * @param rec the record.
 * @param k the frame number returned by {@link markArrival}.
 * @param nowMs end time in ms on the same clock as the arrival (default: now).
 */
export function markDone(rec: TimingRecord, k: number, nowMs: number = performance.now()): void {
  if (k >= 0 && k < rec.count && k >= rec.count - rec.capacity) rec.doneMs[k % rec.capacity] = nowMs - rec.startMs;
}
