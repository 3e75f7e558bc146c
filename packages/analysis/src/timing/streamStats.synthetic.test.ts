// streamStats checked by hand on a second synthetic record, built independently of the author's:
// a late first frame, period jitter, a forward gap (dropped frames) whose long interval enters
// the jitter, a backward index step, and an unfinished frame; then the same timeline driven
// through frameTiming's tic/toc operators with a manual clock.
import { describe, expect, it } from 'vitest';
import { Subject } from 'rxjs';
import { createTimingRecord, markArrival, markDone, type Frame } from '@rxdsp/core';
import { frameTiming } from './frameTiming';
import { formatStreamStats } from './formatStreamStats';
import { streamStats } from './streamStats';

// fs 8 kHz, 80-sample frames: ideal period 80/8000 s = 10 ms. All times are multiples of 0.5 ms
// (exact in binary), the stream starts at 1000 ms on the clock.
//   k  index  arrival  done    process  interval (from k−1)
//   0      0     37.5   39.5     2       —      late first frame
//   1     80     40.0   41.0     1      2.5     (first interval: start-up, skipped)
//   2    160     50.5   53.5     3     10.5
//   3    400     79.0   80.0     1     28.5     index step 240 = 3 frames: a gap, 2 dropped
//   4    480     88.0    —       —      9.0     unfinished
//   5    560     98.0  102.0     4     10.0
//   6    520    108.5  109.0     0.5   10.5     index step −40: a gap, nothing dropped
//   7    600    118.0  120.5     2.5    9.5
// Intervals k = 2…7: 10.5, 28.5, 9, 10, 10.5, 9.5 → Σ 78, mean 13.
// Deviations from 13: −2.5, 15.5, −4, −3, −2.5, −3.5 → Σ² 6.25 + 240.25 + 16 + 9 + 6.25 + 12.25 = 290,
// population std √(290/6). Max |interval − 10| = 18.5.
// Process times (7 closed): 2, 1, 3, 1, 4, 0.5, 2.5 → Σ 14, mean 2; sorted 0.5 1 1 2 2.5 3 4;
// p99 (numpy linear) rank 0.99·6 = 5.94 → 3 + 0.94·(4 − 3) = 3.94; max 4.
// Load 2/10 = 20 %, peak 4/10 = 40 %. Gaps 2 (k = 3 and 6), dropped round(240/80) − 1 = 2.
const ROWS: [number, number, number | null][] = [
  [0, 37.5, 39.5],
  [80, 40, 41],
  [160, 50.5, 53.5],
  [400, 79, 80],
  [480, 88, null],
  [560, 98, 102],
  [520, 108.5, 109],
  [600, 118, 120.5],
];

function expectFigures(s: ReturnType<typeof streamStats>): void {
  expect(s.frames).toBe(8);
  expect(s.sampleRate).toBe(8000);
  expect(s.frameLength).toBe(80);
  expect(s.firstFrameLatencyMs).toBe(37.5);
  expect(s.idealPeriodMs).toBe(10);
  expect(s.meanPeriodMs).toBe(13);
  expect(s.periodJitterMs.std).toBeCloseTo(Math.sqrt(290 / 6), 12);
  expect(s.periodJitterMs.maxDeviation).toBe(18.5);
  expect(s.meanProcessMs).toBe(2);
  expect(s.p99ProcessMs).toBeCloseTo(3.94, 12);
  expect(s.maxProcessMs).toBe(4);
  expect(s.loadPercent).toBe(20);
  expect(s.peakLoadPercent).toBe(40);
  expect(s.gaps).toBe(2);
  expect(s.droppedFrames).toBe(2);
  expect(s.unfinished).toBe(1);
}

describe('streamStats: hand-checked record with gaps, jitter and a late first frame', () => {
  it('from a TimingRecord filled with markArrival/markDone', () => {
    const rec = createTimingRecord(8000, 80, 8); // every frame kept (streamStats.ring.test.ts: fewer)
    rec.startMs = 1000;
    for (const [index, arrival, done] of ROWS) {
      const k = markArrival(rec, index, 1000 + arrival);
      if (done !== null) markDone(rec, k, 1000 + done);
    }
    const s = streamStats(rec);
    expectFigures(s);
    const lines = formatStreamStats(s).split('\n');
    expect(lines[0]).toBe('Delay (latency) in Entering the Callback the First Time =  37.50 (ms)');
    expect(lines[2]).toBe('Average Callback Period = 13.00 (ms)');
    expect(lines[4]).toBe(`Callback period jitter: std = ${Math.sqrt(290 / 6).toFixed(2)} (ms), max deviation = 18.50 (ms)`);
    expect(lines[7]).toBe('Frames = 8, gaps = 2 (2 dropped), unfinished = 1');
  });

  it('through frameTiming tic/toc with a manual clock (forward gap, no backward step)', () => {
    // Rows 0…5 of the table, with row 4 closed when row 5 closes (toc closes every earlier open
    // frame its output completes). Intervals k = 2…5: 10.5, 28.5, 9, 10 → mean 14.5; deviations
    // −4, 14, −5.5, −4.5 → Σ² 16 + 196 + 30.25 + 20.25 = 262.5, std √(262.5/4); max |Δ − 10| 18.5.
    // Process: 2, 1, 3, 1, 14 (row 4: 102 − 88), 4 → mean 25/6, max 14.
    let clock = 1000;
    const timing = frameTiming({ now: () => clock });
    const src = new Subject<Frame>();
    const input = new Subject<Frame>();
    const out: number[] = [];
    // tic on `src`, then the "processing" is a manual hop to `input`, then toc.
    src.pipe(timing.tic()).subscribe((f) => out.push(f.index));
    const done = input.pipe(timing.toc());
    done.subscribe();
    const frame = (index: number): Frame => ({ channels: [new Float32Array(80)], sampleRate: 8000, index });
    const rows = ROWS.slice(0, 6);
    for (const [index, arrival, doneAt] of rows) {
      clock = 1000 + arrival;
      src.next(frame(index));
      if (doneAt !== null) {
        clock = 1000 + doneAt;
        input.next(frame(index));
      }
    }
    const s = streamStats(timing);
    expect(out).toEqual(rows.map((r) => r[0]));
    expect(s.frames).toBe(6);
    expect(s.firstFrameLatencyMs).toBe(37.5);
    expect(s.meanPeriodMs).toBe(14.5);
    expect(s.periodJitterMs.std).toBeCloseTo(Math.sqrt(262.5 / 4), 12);
    expect(s.periodJitterMs.maxDeviation).toBe(18.5);
    expect(s.meanProcessMs).toBeCloseTo(25 / 6, 12);
    expect(s.maxProcessMs).toBe(14);
    expect(s.gaps).toBe(1);
    expect(s.droppedFrames).toBe(2);
    expect(s.unfinished).toBe(0);
  });

  it('two frames: the single interval is the mean period; one frame: NaN periods, but latency and process time', () => {
    const two = createTimingRecord(8000, 80);
    two.startMs = 0;
    markDone(two, markArrival(two, 0, 5), 6);
    markDone(two, markArrival(two, 80, 16.5), 17);
    const s2 = streamStats(two);
    expect(s2.meanPeriodMs).toBe(11.5);
    expect(s2.periodJitterMs.std).toBe(0);
    expect(s2.periodJitterMs.maxDeviation).toBe(1.5);
    expect(s2.meanProcessMs).toBe(0.75);
    const one = createTimingRecord(8000, 80);
    one.startMs = 0;
    markDone(one, markArrival(one, 0, 5), 7);
    const s1 = streamStats(one);
    expect(s1.firstFrameLatencyMs).toBe(5);
    expect(s1.meanPeriodMs).toBeNaN();
    expect(s1.periodJitterMs.std).toBeNaN();
    expect(s1.meanProcessMs).toBe(2);
    expect(formatStreamStats(s1)).toContain('Average Callback Period = n/a (ms)');
  });
});
