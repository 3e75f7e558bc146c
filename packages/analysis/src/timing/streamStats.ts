import type { TimingRecord, TimingTotals } from '@rxdsp/core';
import type { FrameTiming } from './frameTiming';
import { timingRecordOf } from './timingRecordOf';

/**
 * Summary of a stream's timing, from {@link streamStats}. All times in milliseconds.
 *
 * Every figure covers the whole run, however long, except `p99ProcessMs`, which covers the
 * frames still in the record's ring (the newest `windowFrames`; the whole run while it fits).
 */
export interface StreamStats {
  /** Number of frames recorded (whole run). */
  readonly frames: number;
  /** Nominal sample rate (Hz) and frame length (samples) of the record. */
  readonly sampleRate: number;
  readonly frameLength: number;
  /** Time from the stream start to the first frame's arrival (pyaudio_helper's first-callback latency). */
  readonly firstFrameLatencyMs: number;
  /** frameLength / sampleRate: the real-time budget per frame. */
  readonly idealPeriodMs: number;
  /**
   * Mean time between arrivals, skipping the first interval (it includes start-up), as
   * pyaudio_helper; with only two frames, that single interval. NaN for one frame.
   */
  readonly meanPeriodMs: number;
  /**
   * Spread of the same arrival intervals: population standard deviation around their mean,
   * and the largest |interval − idealPeriodMs|. NaN for one frame.
   */
  readonly periodJitterMs: { readonly std: number; readonly maxDeviation: number };
  /**
   * Mean and maximum of done − arrival over the closed frames of the whole run; 99th percentile
   * (numpy's linear interpolation) over the closed frames of the window (the ring). NaN if none is closed.
   */
  readonly meanProcessMs: number;
  readonly p99ProcessMs: number;
  readonly maxProcessMs: number;
  /** meanProcessMs / idealPeriodMs · 100: the share of the real-time budget spent processing. */
  readonly loadPercent: number;
  /** maxProcessMs / idealPeriodMs · 100: the worst frame's share (over 100 means it overran). */
  readonly peakLoadPercent: number;
  /** Discontinuities in frame index: arrivals whose index is not the previous index + frameLength. */
  readonly gaps: number;
  /** Frames missing at forward gaps: Σ max(0, round(Δindex / frameLength) − 1). */
  readonly droppedFrames: number;
  /** Frames with an arrival but no end-of-processing mark (whole run; a frame leaving the ring unmarked stays unfinished). */
  readonly unfinished: number;
  /** Frames in the record's ring, over which `p99ProcessMs` is computed: min(frames, capacity). */
  readonly windowFrames: number;
}

/**
 * Summarises a timing record — filled by `frameTiming` or by a device in duplex — with the
 * figures pyaudio_helper's `stream_stats()` printed (first-callback latency, ideal and mean
 * callback period, mean processing time) plus period jitter, processing-time tail, load and
 * gaps (dropped frames). Whole-run figures come from the record's running totals, so they stay
 * exact when a long run has overflowed the record's ring; the p99 covers the ring's window.
 *
 * @param timing A `TimingRecord` (from `@rxdsp/core`) or a {@link FrameTiming} handle.
 * @returns The {@link StreamStats}; pure, the record is not modified.
 * @throws RangeError when the record is empty ("timing record is empty").
 *
 * ## Example
 * ```ts
 * import { frameTiming, streamStats } from '@rxdsp/analysis';
 * const t = frameTiming();
 * // … run source$.pipe(t.tic(), work, t.toc()) …
 * const s = streamStats(t);
 * if (s.peakLoadPercent > 100) console.warn(`a frame overran its ${s.idealPeriodMs} ms budget`);
 * ```
 */
export function streamStats(timing: TimingRecord | FrameTiming): StreamStats {
  const rec = timingRecordOf(timing, 'streamStats');
  const n = rec.count;
  const t = rec.totals;
  const ideal = (rec.frameLength / rec.sampleRate) * 1000;
  const intervals = intervalFigures(t, ideal);
  const proc = processFigures(rec);
  return {
    frames: n,
    sampleRate: rec.sampleRate,
    frameLength: rec.frameLength,
    firstFrameLatencyMs: t.firstArrivalMs,
    idealPeriodMs: ideal,
    meanPeriodMs: intervals.mean,
    periodJitterMs: { std: intervals.std, maxDeviation: intervals.maxDeviation },
    meanProcessMs: proc.mean,
    p99ProcessMs: proc.p99,
    maxProcessMs: proc.max,
    loadPercent: (proc.mean / ideal) * 100,
    peakLoadPercent: (proc.max / ideal) * 100,
    gaps: t.gaps,
    droppedFrames: t.droppedFrames,
    unfinished: proc.unfinished,
    windowFrames: Math.min(n, rec.capacity),
  };
}

/**
 * Mean, population standard deviation and largest deviation from the ideal period of the arrival
 * intervals, from the record's running totals: those from frame 2 on (the first interval includes
 * start-up), or with only two frames that single interval; NaN for one frame.
 */
function intervalFigures(t: TimingTotals, idealMs: number): { mean: number; std: number; maxDeviation: number } {
  if (t.intervals > 0) {
    return { mean: t.intervalSumMs / t.intervals, std: Math.sqrt(t.intervalM2 / t.intervals), maxDeviation: t.maxDeviationMs };
  }
  if (Number.isNaN(t.firstIntervalMs)) return { mean: Number.NaN, std: Number.NaN, maxDeviation: Number.NaN };
  return { mean: t.firstIntervalMs, std: 0, maxDeviation: Math.abs(t.firstIntervalMs - idealMs) };
}

/**
 * Processing times (done − arrival): mean, maximum and unfinished count over the whole run (the
 * frames in the ring plus the retired totals), p99 over the closed frames in the ring.
 */
function processFigures(rec: TimingRecord): { mean: number; p99: number; max: number; unfinished: number } {
  const t = rec.totals;
  const first = Math.max(0, rec.count - rec.capacity);
  const proc: number[] = [];
  for (let k = first; k < rec.count; k++) {
    const slot = k % rec.capacity;
    const done = rec.doneMs[slot]!;
    if (!Number.isNaN(done)) proc.push(done - rec.arrivalMs[slot]!);
  }
  proc.sort((a, b) => a - b);
  const closed = t.retiredClosed + proc.length;
  const unfinished = t.retiredUnfinished + (rec.count - first - proc.length);
  if (closed === 0) return { mean: Number.NaN, p99: Number.NaN, max: Number.NaN, unfinished };
  const sum = proc.reduce((a, b) => a + b, t.retiredProcessSumMs);
  const ringMax = proc.length > 0 ? proc[proc.length - 1]! : Number.NaN;
  const max = Number.isNaN(t.retiredProcessMaxMs) ? ringMax : Number.isNaN(ringMax) ? t.retiredProcessMaxMs : Math.max(ringMax, t.retiredProcessMaxMs);
  return { mean: sum / closed, p99: percentile99(proc), max, unfinished };
}

/** numpy's default (linear) 99th percentile of sorted values; NaN for none. */
function percentile99(sorted: readonly number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = 0.99 * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (rank - lo) * (sorted[hi]! - sorted[lo]!);
}
