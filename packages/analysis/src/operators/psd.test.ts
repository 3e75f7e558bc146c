import { describe, expect, it } from 'vitest';
import { from, map } from 'rxjs';
import { expectClose, randn, testScheduler } from '@rxdsp/test-utils';
import type { Frame } from '@rxdsp/core';
import { psd } from './psd';
import { welch } from '../spectral/welch';
import type { PsdEstimate } from '../spectral/RunningPsd';

const x = randn(64 * 10, 8);
/** Frame k of 64 samples of x (mono, fs 1000). */
const fr = (k: number, n = 64): Frame<Float64Array> => ({ channels: [x.slice(64 * k, 64 * k + n)], sampleRate: 1000, index: 64 * k });
const segs = (e: PsdEstimate) => e.segments;

describe('psd (marble)', () => {
  it('emits every N frames once a segment exists, and flushes the rest on completion', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      // nperseg 64, noverlap 0: one segment per frame; everyFrames 2
      const src = cold('-a-b-c-d-e|', { a: fr(0), b: fr(1), c: fr(2), d: fr(3), e: fr(4) });
      const out = src.pipe(psd({ nperseg: 64, noverlap: 0, everyFrames: 2 }), map(segs));
      expectObservable(out).toBe('---x---y--(z|)', { x: 2, y: 4, z: 5 });
    });
  });

  it('emits nothing before the first complete segment', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      // nperseg 128 needs two 64-sample frames; step 64 then gives a segment per frame
      const src = cold('-a-b-c|', { a: fr(0), b: fr(1), c: fr(2) });
      expectObservable(src.pipe(psd({ nperseg: 128 }), map(segs))).toBe('---x-y|', { x: 1, y: 2 });
    });
  });

  it('does not re-emit on completion when nothing new arrived, and completes empty streams silently', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      expectObservable(cold('-a-b|', { a: fr(0), b: fr(1) }).pipe(psd({ nperseg: 64, noverlap: 0, everyFrames: 2 }), map(segs))).toBe('---x|', { x: 2 });
      expectObservable(cold<Frame>('---|').pipe(psd())).toBe('---|');
      expectObservable(cold('-a|', { a: fr(0, 10) }).pipe(psd({ nperseg: 64 }))).toBe('--|');
    });
  });

  it('forwards errors, and unsubscribes from a never-completing source', () => {
    const ts = testScheduler();
    ts.run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const err = new Error('x');
      expectObservable(cold('-a-#', { a: fr(0) }, err).pipe(psd({ nperseg: 64, noverlap: 0 }), map(segs))).toBe('-x-#', { x: 1 }, err);
      const h = hot('-a-b-c-d-', { a: fr(0), b: fr(1), c: fr(2), d: fr(3) });
      expectObservable(h.pipe(psd({ nperseg: 64, noverlap: 0 }), map(segs)), '^----!').toBe('-x-y--', { x: 1, y: 2 });
      expectSubscriptions(h.subscriptions).toBe('^----!');
    });
  });

  it('errors with FrameFormatError on a change of rate or channel count', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const fmt = expect.objectContaining({ name: 'FrameFormatError' });
      const stereo: Frame = { channels: [new Float64Array(64), new Float64Array(64)], sampleRate: 1000, index: 64 };
      expectObservable(cold('ab|', { a: fr(0), b: { ...fr(1), sampleRate: 2000 } }).pipe(psd({ nperseg: 128 }))).toBe('-#', undefined, fmt);
      expectObservable(cold('ab|', { a: fr(0), b: stereo }).pipe(psd({ nperseg: 128 }))).toBe('-#', undefined, fmt);
    });
  });

  it('has independent state per subscription (cold)', () => {
    const op = psd({ nperseg: 64, noverlap: 0 });
    const a: number[] = [];
    const b: number[] = [];
    from([fr(0), fr(1)]).pipe(op).subscribe((e) => a.push(e.segments));
    from([fr(0), fr(1)]).pipe(op).subscribe((e) => b.push(e.segments));
    expect(a).toEqual([1, 2]);
    expect(b).toEqual([1, 2]);
  });
});

describe('psd', () => {
  it("its last estimate over a whole signal equals welch on it, with the frames' sample rate", () => {
    const sig = randn(48_000, 21);
    const frames = Array.from({ length: 48_000 / 480 }, (_, k) => ({ channels: [sig.subarray(480 * k, 480 * (k + 1))], sampleRate: 48_000, index: 480 * k }));
    let last: PsdEstimate | undefined;
    from(frames).pipe(psd({ nperseg: 1024, everyFrames: 7 })).subscribe((e) => (last = e));
    const ref = welch(sig, { fs: 48_000, nperseg: 1024 });
    expectClose(last!.f, ref.f, { rtol: 0, atol: 0 });
    expectClose(last!.pxx[0]!, ref.pxx, { rtol: 1e-12 });
  });

  it('rejects bad options at creation, naming psd', () => {
    expect(() => psd({ everyFrames: 0 })).toThrow(/psd: everyFrames must be an integer ≥ 1, got 0/);
    expect(() => psd({ nperseg: 64, noverlap: 70 })).toThrow(/psd: noverlap \(70\) must be less than nperseg \(64\)/);
    expect(() => psd({ window: 'nope' })).toThrow(RangeError);
  });
});
