import { timingRecordOf, type FrameTiming } from '@rxdsp/analysis';
import { checkFinite, describeValue, type TimingRecord } from '@rxdsp/core';
import type { PlotFormat, PlotOptions, PlotOutput } from './PlotOptions';
import { checkPlotOptions, renderPlot } from './internal/renderPlot';

/** Options of {@link activityPlot}. */
export interface ActivityPlotOptions<F extends PlotFormat = 'svg'> extends PlotOptions<F> {
  /** Start of the time window in ms since the stream start (default: the first arrival the record still holds). */
  readonly startMs?: number;
  /** End of the time window in ms (default: the last end of processing). */
  readonly stopMs?: number;
}

/**
 * The logic-analyser view of a stream's processing (pyaudio_helper's `cb_active_plot`): a
 * trace that is high while a frame is being processed (from its arrival to its end of
 * processing) and low in between, over the window `[startMs, stopMs]`, rendered to SVG with
 * Vega-Lite, or to PNG. Frames never closed by a `toc` are left out. The record holds the newest
 * `capacity` frames (a ring): a long run is drawn over those, the window defaulting to them.
 *
 * @param timing A `TimingRecord` or a `frameTiming` handle.
 * @param options `startMs`/`stopMs` (ms since the stream start), `path`, `title`, size;
 *   `format: 'png'` with `widthPx` and `fonts` for a PNG.
 * @returns The SVG text, or with `format: 'png'` the PNG bytes (a promise: rendering is asynchronous).
 * @throws RangeError for an empty timing record or stopMs ≤ startMs (synchronously); rejects when a PNG cannot be drawn (no font: see {@link svgToPng}).
 *
 * ## Example
 * ```ts
 * import { frameTiming } from '@rxdsp/analysis';
 * import { activityPlot } from '@rxdsp/plots';
 * const t = frameTiming();
 * // … run source$.pipe(t.tic(), work, t.toc()) …
 * await activityPlot(t, { startMs: 0, stopMs: 200, path: 'activity.svg' });
 * await activityPlot(t, { format: 'png', widthPx: 1280, path: 'activity.png' });
 * ```
 */
export function activityPlot<F extends PlotFormat = 'svg'>(timing: TimingRecord | FrameTiming, options: ActivityPlotOptions<F> = {}): Promise<PlotOutput<F>> {
  const fn = 'activityPlot';
  const rec = timingRecordOf(timing, fn);
  const { width, height } = checkPlotOptions(fn, options);
  // the frames kept: the newest `capacity` (frame k in slot k % capacity)
  const first = Math.max(0, rec.count - rec.capacity);
  const slot = (k: number) => k % rec.capacity;
  let lastDone = rec.arrivalMs[slot(rec.count - 1)]!;
  for (let k = first; k < rec.count; k++) {
    const d = rec.doneMs[slot(k)]!;
    if (d > lastDone) lastDone = d;
  }
  const start = options.startMs ?? rec.arrivalMs[slot(first)]!;
  // Default window: up to the last mark; at least one frame period (a lone unfinished frame
  // has no extent, and the error below would name a stopMs the caller never passed).
  const period = (rec.frameLength / rec.sampleRate) * 1000;
  const stop = options.stopMs ?? (lastDone > start ? lastDone : start + period);
  checkFinite(fn, 'startMs', start);
  checkFinite(fn, 'stopMs', stop);
  if (!(stop > start)) throw new RangeError(`${fn}: stopMs must be > startMs (${describeValue(start)}), got ${describeValue(stop)}`);
  // A square wave: (t, 0) → (t, 1) at each arrival, (t, 1) → (t, 0) at each end, clipped to the window.
  const pts: { t: number; v: number; i: number }[] = [];
  const push = (t: number, v: number) => pts.push({ t, v, i: pts.length });
  push(start, 0);
  let lastT = start;
  for (let k = first; k < rec.count; k++) {
    const a = rec.arrivalMs[slot(k)]!;
    const d = rec.doneMs[slot(k)]!;
    if (Number.isNaN(d) || d < start || a > stop) continue;
    const a1 = Math.max(a, start, lastT);
    const d1 = Math.min(d, stop);
    if (d1 < a1) continue;
    push(a1, 0);
    push(a1, 1);
    push(d1, 1);
    push(d1, 0);
    lastT = d1;
  }
  push(stop, 0);
  return renderPlot(
    fn,
    {
      title: options.title ?? 'Frame processing activity',
      width,
      height,
      data: { values: pts },
      mark: { type: 'line', interpolate: 'linear', strokeWidth: 1 },
      encoding: {
        x: { field: 't', type: 'quantitative', title: 'Time (ms)', scale: { domain: [start, stop], nice: false, zero: false } },
        y: { field: 'v', type: 'quantitative', title: 'Processing', scale: { domain: [-0.1, 1.1] }, axis: { values: [0, 1], format: 'd' } },
        order: { field: 'i', type: 'quantitative' },
      },
    },
    options,
  );
}
