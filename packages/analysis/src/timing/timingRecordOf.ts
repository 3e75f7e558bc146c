import type { TimingRecord } from '@rxdsp/core';
import type { FrameTiming } from './frameTiming';

/**
 * The `TimingRecord` behind what a reporting function was given: the record itself, or the
 * record a `frameTiming` handle fills. `streamStats` and `@rxdsp/plots`' `activityPlot` accept
 * either through it, and a reporting function of your own can too.
 *
 * @param timing A `TimingRecord` (a device's `run.timing`) or a `frameTiming` handle.
 * @param caller The public function named in the error messages (default `'timingRecordOf'`).
 * @returns The record (not a copy).
 * @throws TypeError when `timing` is not an object; RangeError when no frame was marked yet
 *   (the handle's record is still `null`, or the record is empty).
 *
 * ## Example
 * ```ts
 * import { frameTiming, timingRecordOf } from '@rxdsp/analysis';
 * const t = frameTiming();
 * // … run source$.pipe(t.tic(), work, t.toc()) …
 * const rec = timingRecordOf(t); // rec.count frames, rec.arrivalMs / rec.doneMs in a ring
 * ```
 */
export function timingRecordOf(timing: TimingRecord | FrameTiming, caller = 'timingRecordOf'): TimingRecord {
  if (timing == null || typeof timing !== 'object') {
    throw new TypeError(`${caller}: timing must be a TimingRecord or a frameTiming handle, got ${String(timing)}`);
  }
  const rec = 'arrivalMs' in timing ? timing : timing.record;
  if (rec === null || rec.count === 0) throw new RangeError(`${caller}: timing record is empty (no frame was marked)`);
  return rec;
}
