import type { StreamStats } from './streamStats';

const f2 = (v: number, width = 0): string => (Number.isNaN(v) ? 'n/a' : v.toFixed(2)).padStart(width);

/**
 * Formats {@link StreamStats} as the report pyaudio_helper users know from `stream_stats()`
 * — the same first four lines, same wording and `%1.2f` precision — followed by the new
 * figures (jitter, processing-time tail, load, frames and gaps). When the run has outgrown the
 * timing record's ring, the p99 line says over how many (the newest) frames it was taken:
 * `p99 = 0.52 (ms, last 16384 frames)`.
 *
 * ```
 * Delay (latency) in Entering the Callback the First Time =   3.12 (ms)
 * Ideal Callback period = 21.33 (ms)
 * Average Callback Period = 21.33 (ms)
 * Average Callback process time = 0.40 (ms)
 * Callback period jitter: std = 0.05 (ms), max deviation = 0.31 (ms)
 * Callback process time: p99 = 0.52 (ms), max = 0.77 (ms)
 * Load = 1.88 % of the ideal period (peak 3.61 %)
 * Frames = 94, gaps = 0 (0 dropped), unfinished = 0
 * ```
 *
 * @param stats From `streamStats`.
 * @returns The report, lines joined with `\n` (no trailing newline).
 *
 * ## Example
 * ```ts
 * import { formatStreamStats, streamStats } from '@rxdsp/analysis';
 * console.log(formatStreamStats(streamStats(timing)));
 * ```
 */
export function formatStreamStats(stats: StreamStats): string {
  const window = stats.windowFrames < stats.frames ? `, last ${stats.windowFrames} frames` : '';
  return [
    `Delay (latency) in Entering the Callback the First Time = ${f2(stats.firstFrameLatencyMs, 6)} (ms)`,
    `Ideal Callback period = ${f2(stats.idealPeriodMs)} (ms)`,
    `Average Callback Period = ${f2(stats.meanPeriodMs)} (ms)`,
    `Average Callback process time = ${f2(stats.meanProcessMs)} (ms)`,
    `Callback period jitter: std = ${f2(stats.periodJitterMs.std)} (ms), max deviation = ${f2(stats.periodJitterMs.maxDeviation)} (ms)`,
    `Callback process time: p99 = ${f2(stats.p99ProcessMs)} (ms${window}), max = ${f2(stats.maxProcessMs)} (ms)`,
    `Load = ${f2(stats.loadPercent)} % of the ideal period (peak ${f2(stats.peakLoadPercent)} %)`,
    `Frames = ${stats.frames}, gaps = ${stats.gaps} (${stats.droppedFrames} dropped), unfinished = ${stats.unfinished}`,
  ].join('\n');
}
