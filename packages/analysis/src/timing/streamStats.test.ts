import { describe, expect, it } from 'vitest';
import { createTimingRecord, markArrival, markDone } from '@rxdsp/core';
import { frameTiming } from './frameTiming';
import { streamStats } from './streamStats';
import { formatStreamStats } from './formatStreamStats';

/**
 * A synthetic record with exactly known statistics: fs 48 kHz, 480-sample frames (ideal 10 ms),
 * arrivals 3, 13, 23.5, 33, 43 ms; processing 1, 2, 3, 4, 10 ms; indices 0, 480, 960, 1920, 2400
 * (one frame dropped between the 3rd and 4th). Every value is exact in binary floating point.
 *
 * Intervals after the first: 10.5, 9.5, 10 → mean 10, population std √((0.25+0.25+0)/3) = √(1/6),
 * max |interval − 10| = 0.5. Processing: mean 4, max 10, p99 (numpy linear): rank 0.99·4 = 3.96 →
 * 4 + 0.96·(10 − 4) = 9.76. Load 4/10 = 40 %, peak 100 %.
 */
function syntheticRecord() {
  const rec = createTimingRecord(48_000, 480, 5); // capacity 5: every frame kept (streamStats.ring.test.ts: fewer)
  rec.startMs = 0;
  const arrivals = [3, 13, 23.5, 33, 43];
  const proc = [1, 2, 3, 4, 10];
  const index = [0, 480, 960, 1920, 2400];
  arrivals.forEach((a, k) => {
    const slot = markArrival(rec, index[k]!, a);
    markDone(rec, slot, a + proc[k]!);
  });
  return rec;
}

describe('streamStats', () => {
  it('computes every figure of a synthetic record exactly', () => {
    const s = streamStats(syntheticRecord());
    expect(s.frames).toBe(5);
    expect(s.firstFrameLatencyMs).toBe(3);
    expect(s.idealPeriodMs).toBe(10);
    expect(s.meanPeriodMs).toBe(10);
    expect(s.periodJitterMs.std).toBeCloseTo(Math.sqrt(1 / 6), 14);
    expect(s.periodJitterMs.maxDeviation).toBe(0.5);
    expect(s.meanProcessMs).toBe(4);
    expect(s.p99ProcessMs).toBeCloseTo(9.76, 12);
    expect(s.maxProcessMs).toBe(10);
    expect(s.loadPercent).toBe(40);
    expect(s.peakLoadPercent).toBe(100);
    expect(s.gaps).toBe(1);
    expect(s.droppedFrames).toBe(1);
    expect(s.unfinished).toBe(0);
  });

  it('counts unfinished frames and handles a single frame', () => {
    const rec = createTimingRecord(1000, 10);
    rec.startMs = 0;
    markArrival(rec, 0, 5);
    const s = streamStats(rec);
    expect(s.frames).toBe(1);
    expect(s.unfinished).toBe(1);
    expect(s.meanPeriodMs).toBeNaN();
    expect(s.meanProcessMs).toBeNaN();
    // two frames: the single interval is used
    markArrival(rec, 10, 16);
    expect(streamStats(rec).meanPeriodMs).toBe(11);
  });

  it('counts backward steps as gaps without dropped frames', () => {
    const rec = createTimingRecord(1000, 10);
    rec.startMs = 0;
    [0, 10, 0, 10].forEach((i, k) => markArrival(rec, i, k));
    const s = streamStats(rec);
    expect(s.gaps).toBe(1);
    expect(s.droppedFrames).toBe(0);
  });

  it('accepts a frameTiming handle and rejects an empty record', () => {
    const t = frameTiming();
    expect(() => streamStats(t)).toThrow(/streamStats: timing record is empty/);
    expect(() => streamStats(createTimingRecord(1000, 10))).toThrow(RangeError);
    expect(() => streamStats(null as never)).toThrow(TypeError);
  });
});

describe('formatStreamStats', () => {
  it("prints pyaudio_helper's lines, then the new figures", () => {
    expect(formatStreamStats(streamStats(syntheticRecord())).split('\n')).toEqual([
      'Delay (latency) in Entering the Callback the First Time =   3.00 (ms)',
      'Ideal Callback period = 10.00 (ms)',
      'Average Callback Period = 10.00 (ms)',
      'Average Callback process time = 4.00 (ms)',
      'Callback period jitter: std = 0.41 (ms), max deviation = 0.50 (ms)',
      'Callback process time: p99 = 9.76 (ms), max = 10.00 (ms)',
      'Load = 40.00 % of the ideal period (peak 100.00 %)',
      'Frames = 5, gaps = 1 (1 dropped), unfinished = 0',
    ]);
  });
});
