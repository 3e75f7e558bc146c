// streamStats over a timing record whose ring is smaller than the run: every whole-run figure
// must equal the one of a record that kept every frame, p99 must be the one of the frames left
// in the ring. The reference below is the two-pass computation over every frame (the
// definition the figures follow, as streamStats computed them before the record became a ring).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimingRecord, markArrival, markDone, resetTimingRecord } from '@rxdsp/core';
import { formatStreamStats } from './formatStreamStats';
import { streamStats, type StreamStats } from './streamStats';

/** One frame: index (samples), arrival and end of processing (ms, null: never closed). */
type Row = readonly [index: number, arrival: number, done: number | null];

/** numpy's linear percentile of sorted values. */
function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (q / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (rank - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The figures by their definitions, from every row, p99 over the newest `window` rows. */
function reference(rows: readonly Row[], sampleRate: number, frameLength: number, window: number): Omit<StreamStats, 'sampleRate' | 'frameLength' | 'idealPeriodMs' | 'loadPercent' | 'peakLoadPercent'> {
  const n = rows.length;
  const ideal = (frameLength / sampleRate) * 1000;
  const intervals: number[] = [];
  for (let k = n >= 3 ? 2 : 1; k < n; k++) intervals.push(rows[k]![1] - rows[k - 1]![1]);
  const mean = intervals.length > 0 ? intervals.reduce((a, b) => a + b, 0) / intervals.length : Number.NaN;
  const std = intervals.length > 0 ? Math.sqrt(intervals.reduce((a, d) => a + (d - mean) ** 2, 0) / intervals.length) : Number.NaN;
  const maxDeviation = intervals.length > 0 ? Math.max(...intervals.map((d) => Math.abs(d - ideal))) : Number.NaN;
  const proc = rows.filter((r) => r[2] !== null).map((r) => r[2]! - r[1]);
  const windowProc = rows.slice(Math.max(0, n - window)).filter((r) => r[2] !== null).map((r) => r[2]! - r[1]).sort((a, b) => a - b);
  let gaps = 0;
  let droppedFrames = 0;
  for (let k = 1; k < n; k++) {
    const step = rows[k]![0] - rows[k - 1]![0];
    if (step !== frameLength) {
      gaps++;
      if (step > frameLength) droppedFrames += Math.max(0, Math.round(step / frameLength) - 1);
    }
  }
  return {
    frames: n,
    firstFrameLatencyMs: rows[0]![1],
    meanPeriodMs: mean,
    periodJitterMs: { std, maxDeviation },
    meanProcessMs: proc.length > 0 ? proc.reduce((a, b) => a + b, 0) / proc.length : Number.NaN,
    p99ProcessMs: percentile(windowProc, 99),
    maxProcessMs: proc.length > 0 ? Math.max(...proc) : Number.NaN,
    gaps,
    droppedFrames,
    unfinished: n - proc.length,
    windowFrames: Math.min(n, window),
  };
}

function fill(rows: readonly Row[], sampleRate: number, frameLength: number, capacity: number) {
  const rec = createTimingRecord(sampleRate, frameLength, capacity);
  rec.startMs = 0;
  for (const [index, arrival, done] of rows) {
    const k = markArrival(rec, index, arrival);
    if (done !== null) markDone(rec, k, done);
  }
  return rec;
}

function expectClose(actual: number, expected: number, what: string): void {
  if (Number.isNaN(expected)) expect(actual, what).toBeNaN();
  else expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

function expectFigures(s: StreamStats, r: ReturnType<typeof reference>): void {
  expect(s.frames).toBe(r.frames);
  expect(s.gaps).toBe(r.gaps);
  expect(s.droppedFrames).toBe(r.droppedFrames);
  expect(s.unfinished).toBe(r.unfinished);
  expect(s.windowFrames).toBe(r.windowFrames);
  expect(s.firstFrameLatencyMs).toBe(r.firstFrameLatencyMs);
  expectClose(s.meanPeriodMs, r.meanPeriodMs, 'meanPeriodMs');
  expectClose(s.periodJitterMs.std, r.periodJitterMs.std, 'std');
  expectClose(s.periodJitterMs.maxDeviation, r.periodJitterMs.maxDeviation, 'maxDeviation');
  expectClose(s.meanProcessMs, r.meanProcessMs, 'meanProcessMs');
  expectClose(s.maxProcessMs, r.maxProcessMs, 'maxProcessMs');
  expectClose(s.p99ProcessMs, r.p99ProcessMs, 'p99ProcessMs');
}

// The hand-checked timeline of streamStats.synthetic.test.ts (8 kHz, 80-sample frames): a late
// first frame, jitter, a forward gap (2 dropped), a backward step, an unfinished frame.
const ROWS: Row[] = [
  [0, 37.5, 39.5],
  [80, 40, 41],
  [160, 50.5, 53.5],
  [400, 79, 80],
  [480, 88, null],
  [560, 98, 102],
  [520, 108.5, 109],
  [600, 118, 120.5],
];

describe('streamStats over a timing ring smaller than the run', () => {
  it('the hand-checked record with every capacity from 1 to 9: whole-run figures unchanged, p99 over the window', () => {
    for (let capacity = 1; capacity <= 9; capacity++) {
      const s = streamStats(fill(ROWS, 8000, 80, capacity));
      // the hand-checked whole-run figures (streamStats.synthetic.test.ts)
      expect(s.meanPeriodMs).toBe(13);
      expect(s.periodJitterMs.std).toBeCloseTo(Math.sqrt(290 / 6), 12);
      expect(s.periodJitterMs.maxDeviation).toBe(18.5);
      expect(s.meanProcessMs).toBe(2);
      expect(s.maxProcessMs).toBe(4);
      expect(s.gaps).toBe(2);
      expect(s.droppedFrames).toBe(2);
      expect(s.unfinished).toBe(1);
      expectFigures(s, reference(ROWS, 8000, 80, capacity));
    }
    // capacity 3: the window holds rows 5…7, process times 4, 0.5, 2.5 → sorted 0.5 2.5 4, rank 1.98 → 2.5 + 0.98·1.5
    const s3 = streamStats(fill(ROWS, 8000, 80, 3));
    expect(s3.p99ProcessMs).toBeCloseTo(3.97, 12);
    expect(formatStreamStats(s3).split('\n')[5]).toBe('Callback process time: p99 = 3.97 (ms, last 3 frames), max = 4.00 (ms)');
  });

  it('matches the reference on random runs and capacities (fast-check)', () => {
    const row = fc.tuple(fc.integer({ min: -2, max: 4 }), fc.double({ min: 0, max: 40, noNaN: true }), fc.option(fc.double({ min: 0, max: 30, noNaN: true }), { freq: 5 }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 300 }), fc.integer({ min: 1, max: 64 }), (steps, capacity) => {
        let index = 0;
        let t = 0;
        const rows: Row[] = steps.map(([framesStep, dt, proc], k) => {
          index += k === 0 ? 0 : framesStep === 4 ? 64 : framesStep * 64; // mostly one frame on, some gaps and steps back
          t += dt;
          return [index, t, proc === null ? null : t + proc];
        });
        expectFigures(streamStats(fill(rows, 16_000, 64, capacity)), reference(rows, 16_000, 64, capacity));
      }),
      { seed: 20261203, numRuns: 200, verbose: true },
    );
  });

  it('markDone moves the end of a frame in the ring and ignores one that has left it', () => {
    const rec = createTimingRecord(1000, 10, 2);
    rec.startMs = 0;
    const k0 = markArrival(rec, 0, 1);
    const k1 = markArrival(rec, 10, 11);
    markDone(rec, k1, 12);
    markDone(rec, k1, 15); // a further output of frame 1 extends its processing
    markArrival(rec, 20, 21); // frame 0 leaves the ring unfinished
    markDone(rec, k0, 3); // too late: ignored
    const s = streamStats(rec);
    expect(s.unfinished).toBe(2); // frame 0 (retired) and frame 2
    expect(s.meanProcessMs).toBe(4);
    expect(rec.doneMs[k1 % rec.capacity]).toBe(15);
  });

  it('holds a fixed amount of memory: 200 000 frames in a ring of 1024', () => {
    const rec = createTimingRecord(48_000, 1024, 1024);
    rec.startMs = 0;
    for (let k = 0; k < 200_000; k++) markDone(rec, markArrival(rec, 1024 * k, (k + 1) * (64 / 3)), (k + 1) * (64 / 3) + (k % 7));
    expect(rec.arrivalMs.length).toBe(1024);
    expect(rec.doneMs.length).toBe(1024);
    expect(rec.frameIndex.length).toBe(1024);
    const s = streamStats(rec);
    expect(s.frames).toBe(200_000);
    expect(s.gaps).toBe(0);
    expect(s.maxProcessMs).toBe(6);
    expect(s.meanPeriodMs).toBeCloseTo(64 / 3, 9);
  });

  it('resetTimingRecord empties the record and its totals', () => {
    const rec = fill(ROWS, 8000, 80, 3);
    resetTimingRecord(rec, 5);
    expect(rec.count).toBe(0);
    expect(rec.startMs).toBe(5);
    markDone(rec, markArrival(rec, 0, 7), 8);
    const s = streamStats(rec);
    expect(s).toMatchObject({ frames: 1, firstFrameLatencyMs: 2, meanProcessMs: 1, gaps: 0, unfinished: 0 });
    expect(s.meanPeriodMs).toBeNaN();
  });

  it('createTimingRecord rejects a bad capacity naming it', () => {
    expect(() => createTimingRecord(1000, 10, 0)).toThrow('createTimingRecord: capacity must be a positive integer, got 0');
    expect(() => createTimingRecord(1000, 10, 1.5)).toThrow(RangeError);
  });
});
