import { describe, expect, it } from 'vitest';
import { map, of, Subject } from 'rxjs';
import type { Frame } from '@rxdsp/core';
import { testScheduler } from '@rxdsp/test-utils';
import { level, type FrameLevel } from './level';


describe('level', () => {
  it('reads a full-scale sine as peak 0 dBFS and RMS −3.01 dBFS', () => {
    // 1000 samples of sin at 1/50 of fs: exactly 20 periods, so mean(sin²) = 1/2 and rms = 1/√2 → 20·log10(1/√2) = −3.0103 dB.
    const s = Float64Array.from({ length: 1000 }, (_, n) => Math.sin((2 * Math.PI * n) / 50 + 0.3));
    const half = s.map((v) => 0.5 * v);
    let got: FrameLevel | undefined;
    of<Frame>({ channels: [s, half], sampleRate: 48_000, index: 0 }).pipe(level()).subscribe((l) => (got = l));
    const l = got!;
    expect(l.rmsDb[0]).toBeCloseTo(-10 * Math.log10(2), 10);
    expect(l.peakDb[0]).toBeLessThanOrEqual(0);
    expect(l.peakDb[0]).toBeGreaterThan(-0.01);
    expect(l.rmsDb[1]).toBeCloseTo(-10 * Math.log10(2) + 20 * Math.log10(0.5), 10);
    expect(l.clips).toEqual([0, 0]);
  });

  it('counts clipped Int16 samples at both rails and keeps a running total (marble)', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const a: Frame = { channels: [Int16Array.of(32767, 0, -32768, 100)], sampleRate: 8000, index: 0 };
      const b: Frame = { channels: [Int16Array.of(0, 0, 0, 0)], sampleRate: 8000, index: 4 };
      const c: Frame = { channels: [Int16Array.of(-32768, 5, 5, 5)], sampleRate: 8000, index: 8 };
      const out = cold('-a-b-c|', { a, b, c }).pipe(level(), map((l) => [l.index, l.clips[0], l.totalClips[0], l.peakDb[0]]));
      expectObservable(out).toBe('-x-y-z|', {
        x: [0, 2, 2, 0], // peak 32768/32768 → 0 dBFS
        y: [4, 0, 2, Number.NEGATIVE_INFINITY], // silence
        z: [8, 1, 3, 0],
      });
    });
  });

  it('forwards errors, completes empty, unsubscribes', () => {
    const ts = testScheduler();
    ts.run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const f: Frame = { channels: [Float32Array.of(0.5, -0.25)], sampleRate: 8000, index: 0 };
      const err = new Error('e');
      expectObservable(cold('a#', { a: f }, err).pipe(level(), map((l) => l.peakDb[0]))).toBe('x#', { x: 20 * Math.log10(0.5) }, err);
      expectObservable(cold<Frame>('|').pipe(level())).toBe('|');
      const h = hot('-a-a-a-', { a: f });
      expectObservable(h.pipe(level(), map(() => 1)), '^--!').toBe('-x--', { x: 1 });
      expectSubscriptions(h.subscriptions).toBe('^--!');
    });
  });

  it('uses the given full scale and clip level', () => {
    let peak = 0;
    let clips = 0;
    const f: Frame = { channels: [Float64Array.of(2, -4, 1)], sampleRate: 8000, index: 0 };
    const src = new Subject<Frame>();
    src.pipe(level({ fullScale: 4, clipLevel: 2 })).subscribe((l) => {
      peak = l.peakDb[0]!;
      clips = l.clips[0]!;
    });
    src.next(f);
    expect(peak).toBe(0);
    expect(clips).toBe(2);
    expect(() => level({ fullScale: 0 })).toThrow(/level: fullScale must be a finite number > 0, got 0/);
    expect(() => level({ clipLevel: -1 })).toThrow(/level: clipLevel must be > 0, got -1/);
  });
});
