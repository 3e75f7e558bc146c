import type { TimingRecord } from '@rxdsp/core';
import type { FrameTiming } from './frameTiming';
import { timingRecordOf } from './internal/timingRecordOf';

/** Summary of a stream's timing, from {@link streamStats}. All times in milliseconds. */
export interface StreamStats {
  /** Number of frames recorded. */
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
  /** Mean, 99th percentile (numpy's linear interpolation) and maximum of done − arrival over the closed frames. NaN if none is closed. */
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
  /** Frames with an arrival but no end-of-processing mark. */
  readonly unfinished: number;
}

/**
 * Summarises a timing record — filled by `frameTiming` or by a device in duplex — with the
 * figures pyaudio_helper's `stream_stats()` printed (first-callback latency, ideal and mean
 * callback period, mean processing time) plus period jitter, processing-time tail, load and
 * gaps (dropped frames).
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
  const rec = timingRecordOf('streamStats', timing);
  const n = rec.count;
  const ideal = (rec.frameLength / rec.sampleRate) * 1000;

  // Arrival intervals, skipping the first when there are at least two.
  const firstInterval = n >= 3 ? 2 : 1;
  let sum = 0;
  let m = 0;
  for (let k = firstInterval; k < n; k++) {
    sum += rec.arrivalMs[k]! - rec.arrivalMs[k - 1]!;
    m++;
  }
  const meanPeriod = m > 0 ? sum / m : Number.NaN;
  let ss = 0;
  let maxDev = m > 0 ? 0 : Number.NaN;
  for (let k = firstInterval; k < n; k++) {
    const d = rec.arrivalMs[k]! - rec.arrivalMs[k - 1]!;
    ss += (d - meanPeriod) * (d - meanPeriod);
    maxDev = Math.max(maxDev, Math.abs(d - ideal));
  }

  const proc: number[] = [];
  for (let k = 0; k < n; k++) {
    const done = rec.doneMs[k]!;
    if (!Number.isNaN(done)) proc.push(done - rec.arrivalMs[k]!);
  }
  proc.sort((a, b) => a - b);
  let meanProc = Number.NaN;
  let p99 = Number.NaN;
  let maxProc = Number.NaN;
  if (proc.length > 0) {
    meanProc = proc.reduce((a, b) => a + b, 0) / proc.length;
    const rank = 0.99 * (proc.length - 1);
    const lo = Math.floor(rank);
    const hi = Math.min(lo + 1, proc.length - 1);
    p99 = proc[lo]! + (rank - lo) * (proc[hi]! - proc[lo]!);
    maxProc = proc[proc.length - 1]!;
  }

  let gaps = 0;
  let dropped = 0;
  for (let k = 1; k < n; k++) {
    const step = rec.frameIndex[k]! - rec.frameIndex[k - 1]!;
    if (step !== rec.frameLength) {
      gaps++;
      if (step > rec.frameLength) dropped += Math.max(0, Math.round(step / rec.frameLength) - 1);
    }
  }

  return {
    frames: n,
    sampleRate: rec.sampleRate,
    frameLength: rec.frameLength,
    firstFrameLatencyMs: rec.arrivalMs[0]!,
    idealPeriodMs: ideal,
    meanPeriodMs: meanPeriod,
    periodJitterMs: { std: m > 0 ? Math.sqrt(ss / m) : Number.NaN, maxDeviation: maxDev },
    meanProcessMs: meanProc,
    p99ProcessMs: p99,
    maxProcessMs: maxProc,
    loadPercent: (meanProc / ideal) * 100,
    peakLoadPercent: (maxProc / ideal) * 100,
    gaps,
    droppedFrames: dropped,
    unfinished: n - proc.length,
  };
}
