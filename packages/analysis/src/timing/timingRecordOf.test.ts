import { describe, expect, it } from 'vitest';
import { createTimingRecord, markArrival } from '@rxdsp/core';
import { frameTiming } from './frameTiming';
import { timingRecordOf } from './timingRecordOf';

describe('timingRecordOf', () => {
  it('returns a record itself, and the record a frameTiming handle filled', () => {
    const rec = createTimingRecord(48_000, 480);
    markArrival(rec, 0, 1);
    expect(timingRecordOf(rec)).toBe(rec);
    const t = frameTiming({ sampleRate: 48_000, frameLength: 480 });
    markArrival(t.record!, 0, 1);
    expect(timingRecordOf(t)).toBe(t.record);
  });

  it('names the caller in its errors: TypeError for a non-object, RangeError for an empty record', () => {
    expect(() => timingRecordOf(null as never)).toThrow(new TypeError('timingRecordOf: timing must be a TimingRecord or a frameTiming handle, got null'));
    expect(() => timingRecordOf(42 as never, 'activityPlot')).toThrow(new TypeError('activityPlot: timing must be a TimingRecord or a frameTiming handle, got 42'));
    expect(() => timingRecordOf(frameTiming(), 'streamStats')).toThrow(new RangeError('streamStats: timing record is empty (no frame was marked)'));
    expect(() => timingRecordOf(createTimingRecord(48_000, 480))).toThrow(new RangeError('timingRecordOf: timing record is empty (no frame was marked)'));
  });
});
