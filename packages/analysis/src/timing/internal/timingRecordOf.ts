// Internal helper shared by streamStats and activityPlot.
import type { TimingRecord } from '@rxdsp/core';
import type { FrameTiming } from '../frameTiming';

/** Resolves a record or a frameTiming handle; throws RangeError when empty (internal, shared with activityPlot). */
export function timingRecordOf(fn: string, timing: TimingRecord | FrameTiming): TimingRecord {
  if (timing == null || typeof timing !== 'object') {
    throw new TypeError(`${fn}: timing must be a TimingRecord or a frameTiming handle, got ${String(timing)}`);
  }
  const rec = 'arrivalMs' in timing ? timing : timing.record;
  if (rec === null || rec.count === 0) throw new RangeError(`${fn}: timing record is empty (no frame was marked)`);
  return rec;
}
