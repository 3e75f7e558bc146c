import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { bufferCount, concatMap, delay, map, mergeMap, of, Subject, timer, type Observable } from 'rxjs';
import { reframe, type Frame } from '@rxdsp/core';
import { frameTiming } from './frameTiming';
import { streamStats } from './streamStats';

const fs = 1000;
const mk = (index: number, n = 4): Frame<Float32Array> => ({
  channels: [Float32Array.from({ length: n }, (_, i) => index + i)],
  sampleRate: fs,
  index,
});

function scheduler(): TestScheduler {
  return new TestScheduler((a, b) => expect(a).toEqual(b));
}

describe('frameTiming (marble)', () => {
  it('marks arrival and done for a synchronous chain, passing frames through unchanged', () => {
    const ts = scheduler();
    ts.run(({ cold, expectObservable }) => {
      const t = frameTiming({ now: () => ts.now() });
      const frames = { a: mk(0), b: mk(4), c: mk(8) };
      const src = cold('--a----b----c--|', frames);
      expectObservable(src.pipe(t.tic(), t.toc())).toBe('--a----b----c--|', frames);
      ts.flush();
      const r = t.record!;
      expect(r.count).toBe(3);
      expect(Array.from(r.arrivalMs.subarray(0, 3))).toEqual([2, 7, 12]);
      expect(Array.from(r.doneMs.subarray(0, 3))).toEqual([2, 7, 12]);
      expect(Array.from(r.frameIndex.subarray(0, 3))).toEqual([0, 4, 8]);
      expect(r.sampleRate).toBe(fs);
      expect(r.frameLength).toBe(4);
    });
  });

  it('closes a short last frame (partial frames use their own length)', () => {
    const ts = scheduler();
    ts.run(({ cold }) => {
      const t = frameTiming({ now: () => ts.now() });
      cold('-a-b|', { a: mk(0), b: mk(4, 2) }).pipe(t.tic(), delay(1), t.toc()).subscribe();
      ts.flush();
      expect(Array.from(t.record!.doneMs.subarray(0, 2))).toEqual([2, 4]);
    });
  });

  it('times asynchronous one-to-one processing per frame, even when frames overlap', () => {
    const ts = scheduler();
    ts.run(({ cold, expectObservable }) => {
      const t = frameTiming({ now: () => ts.now() });
      const frames = { a: mk(0), b: mk(4), c: mk(8) };
      // each frame takes 5 ms; they arrive every 2 ms, so three are in flight at once
      const out = cold('ab-c|', frames).pipe(t.timed(mergeMap((f: Frame) => timer(5).pipe(map(() => f)))));
      expectObservable(out).toBe('-----ab-(c|)', frames);
      ts.flush();
      const r = t.record!;
      expect(Array.from(r.arrivalMs.subarray(0, 3))).toEqual([0, 1, 3]);
      expect(Array.from(r.doneMs.subarray(0, 3))).toEqual([5, 6, 8]);
    });
  });

  it('closes merged inputs at the output that completes them (bufferCount, reframe)', () => {
    const ts = scheduler();
    ts.run(({ cold, expectObservable }) => {
      const t = frameTiming({ now: () => ts.now() });
      const merge = (fr: Frame[]): Frame => ({
        channels: [Float32Array.from(fr.flatMap((f) => Array.from(f.channels[0]!)))],
        sampleRate: fs,
        index: fr[0]!.index,
      });
      const out = cold('a-b-c-d|', { a: mk(0), b: mk(4), c: mk(8), d: mk(12) }).pipe(
        t.tic(),
        bufferCount(2),
        map(merge),
        delay(1),
        t.toc(),
        map((f) => f.index),
      );
      expectObservable(out).toBe('---x---(y|)', { x: 0, y: 8 });
      ts.flush();
      expect(Array.from(t.record!.doneMs.subarray(0, 4))).toEqual([3, 3, 7, 7]);
    });
  });

  it('closes a split input at its last output (core reframe 8 → 4)', () => {
    const ts = scheduler();
    ts.run(({ cold }) => {
      const t = frameTiming({ now: () => ts.now() });
      const out = cold('a---b|', { a: mk(0, 8), b: mk(8, 8) }).pipe(
        t.tic(),
        reframe(4),
        concatMap((f, i) => (i % 2 === 0 ? of(f) : timer(1).pipe(map(() => f)))),
        t.toc(),
      );
      out.subscribe();
      ts.flush();
      // frame a: outputs at 0 (first half) and 1 (second half, which completes it)
      expect(Array.from(t.record!.doneMs.subarray(0, 2))).toEqual([1, 5]);
    });
  });

  it('closes every open frame on a non-frame value', () => {
    const ts = scheduler();
    ts.run(({ cold, expectObservable }) => {
      const t = frameTiming({ now: () => ts.now() });
      const out = cold('a-b|', { a: mk(0), b: mk(4) }).pipe(t.tic(), map((f) => f.index), delay(2), t.toc());
      expectObservable(out).toBe('--x-(y|)', { x: 0, y: 4 });
      ts.flush();
      expect(Array.from(t.record!.doneMs.subarray(0, 2))).toEqual([2, 4]);
    });
  });

  it('forwards errors, completes on empty, and leaves an empty record for an empty source', () => {
    const ts = scheduler();
    ts.run(({ cold, expectObservable }) => {
      const t = frameTiming({ now: () => ts.now(), sampleRate: fs, frameLength: 4 });
      expectObservable(cold<Frame>('|').pipe(t.tic(), t.toc())).toBe('|');
      const e = frameTiming({ now: () => ts.now() });
      expectObservable(cold('-a-#', { a: mk(0) }, new Error('boom')).pipe(e.tic(), e.toc())).toBe('-a-#', { a: mk(0) }, new Error('boom'));
      ts.flush();
      expect(t.record!.count).toBe(0);
      expect(e.record!.count).toBe(1);
    });
  });

  it('unsubscribes from the source in the middle and never completes with a never-completing source', () => {
    const ts = scheduler();
    ts.run(({ hot, expectObservable, expectSubscriptions }) => {
      const t = frameTiming({ now: () => ts.now() });
      const src = hot('--a--b--c--d--', { a: mk(0), b: mk(4), c: mk(8), d: mk(12) });
      expectObservable(src.pipe(t.tic(), t.toc()), '^-------!').toBe('--a--b---', { a: mk(0), b: mk(4) });
      expectSubscriptions(src.subscriptions).toBe('^-------!');
    });
  });

  it('errors with FrameFormatError when tic receives something that is not a frame', () => {
    const ts = scheduler();
    ts.run(({ cold, expectObservable }) => {
      const t = frameTiming({ now: () => ts.now() });
      const bad = cold('a|', { a: 42 as unknown as Frame });
      expectObservable(bad.pipe(t.tic())).toBe('#', undefined, expect.objectContaining({ name: 'FrameFormatError', code: 'FRAME_FORMAT' }));
    });
  });

  it('restarts the record on a new subscription', () => {
    const t = frameTiming();
    const s = new Subject<Frame>();
    const run = (): void => {
      const sub = s.pipe(t.tic(), t.toc()).subscribe();
      s.next(mk(0));
      s.next(mk(4));
      sub.unsubscribe();
    };
    run();
    expect(t.record!.count).toBe(2);
    run();
    expect(t.record!.count).toBe(2);
    expect(t.record!.arrivalMs[0]).toBeGreaterThanOrEqual(0);
    expect(t.record!.arrivalMs[0]).toBeLessThan(50);
  });

  it('a ring smaller than the run: fixed storage, the same whole-run statistics, reframing still closes the right frames', () => {
    // 60 frames of 4 samples reframed by 8 (each output completes two inputs), times on a manual clock
    const run = (capacity: number) => {
      let clock = 0;
      const t = frameTiming({ now: () => clock, capacity });
      const src = new Subject<Frame>();
      src.pipe(t.tic(), reframe(8), t.toc()).subscribe();
      for (let k = 0; k < 60; k++) {
        clock = 4 * k + (k % 3) * 0.5;
        src.next(mk(4 * k));
        clock += (k % 5) + 0.25;
      }
      return t;
    };
    const small = run(5);
    const all = run(1000);
    expect(small.record!.arrivalMs.length).toBe(5);
    const s = streamStats(small);
    const ref = streamStats(all);
    expect(s.frames).toBe(60);
    expect(s.windowFrames).toBe(5);
    expect({ ...s, p99ProcessMs: 0, windowFrames: 0, periodJitterMs: 0 }).toEqual({ ...ref, p99ProcessMs: 0, windowFrames: 0, periodJitterMs: 0 });
    expect(s.periodJitterMs.std).toBeCloseTo(ref.periodJitterMs.std, 12);
    expect(s.unfinished).toBe(0);
  });

  it('rejects bad options naming the parameter', () => {
    expect(() => frameTiming({ sampleRate: 0 })).toThrow(/frameTiming: sampleRate must be a finite number > 0, got 0/);
    expect(() => frameTiming({ frameLength: 2.5 })).toThrow(/frameTiming: frameLength must be a positive integer, got 2.5/);
    expect(() => frameTiming({ capacity: 0 })).toThrow(/frameTiming: capacity/);
  });
});
// Per-frame overhead is measured by `pnpm bench` (benchmarks/suites/welch.ts), not by a timed unit test.
