import { FrameFormatError, type Frame } from '@rxdsp/core';
import { from, lastValueFrom, of, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { expectClose, randn, testScheduler } from '@rxdsp/test-utils';
import { LmsKernel } from '../kernels/LmsKernel';
import { lfilter } from '../kernels/lfilter';
import { lms } from './lms';

type F64 = Frame<Float64Array>;
const fr = (index: number, x: ArrayLike<number>, d: ArrayLike<number>): F64 => ({
  channels: [Float64Array.from(x), Float64Array.from(d)],
  sampleRate: 8000,
  index,
});
const h = [0.5, -0.3, 0.1];
const opts = { taps: 4, mu: 0.5, normalized: true } as const;

describe('lms operator', () => {
  const x = randn(8, 2);
  const d = lfilter(h, [1], x).y;
  const ref = new LmsKernel(opts);
  const r1 = ref.filter(x.subarray(0, 3), d.subarray(0, 3));
  const w1 = ref.weights;
  const r2 = ref.filter(x.subarray(3), d.subarray(3));
  const w2 = ref.weights;

  it('marbles: emits [y | e] per frame and the weights after each frame; empty; errors pass through', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const op = lms(opts);
      const src = cold<F64>('-a--b|', { a: fr(0, x.subarray(0, 3), d.subarray(0, 3)), b: fr(3, x.subarray(3), d.subarray(3)) });
      expectObservable(op.weights$).toBe('-a--b-', { a: w1, b: w2 });
      expectObservable(src.pipe(op)).toBe('-a--b|', { a: fr(0, r1.y, r1.e), b: fr(3, r2.y, r2.e) });
      expectObservable(cold<F64>('|').pipe(lms(opts))).toBe('|');
      expectObservable(cold<F64>('--#').pipe(lms(opts))).toBe('--#');
    });
  });

  it('unsubscribe/resubscribe starts again from the initial weights', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const src = cold<F64>('-a--b|', { a: fr(0, x.subarray(0, 3), d.subarray(0, 3)), b: fr(3, x.subarray(3), d.subarray(3)) });
      const out = src.pipe(lms(opts));
      expectObservable(out, '^-!').toBe('-a', { a: fr(0, r1.y, r1.e) });
      expectObservable(out, '---^------').toBe('----a--b|', { a: fr(0, r1.y, r1.e), b: fr(3, r2.y, r2.e) });
      expectSubscriptions(src.subscriptions).toBe(['^-!', '---^----!']);
    });
  });

  it('identifies an unknown FIR from a framed stream (NLMS, noise-free)', async () => {
    // Same derivation as the kernel test: (1 − μ(2 − μ)/M)^n = (1 − 0.1875)^4800 → round-off.
    const X = randn(4800, 5);
    const D = lfilter(h, [1], X).y;
    const frames: F64[] = [];
    for (let p = 0; p < X.length; p += 480) frames.push(fr(p, X.subarray(p, p + 480), D.subarray(p, p + 480)));
    const op = lms(opts);
    const ws: Float64Array[] = [];
    const sub = op.weights$.subscribe((w) => ws.push(w));
    const out = await lastValueFrom(from(frames).pipe(op, toArray()));
    sub.unsubscribe();
    expect(ws.length).toBe(10);
    expectClose(ws[9]!, [...h, 0], { rtol: 0, atol: 1e-9 });
    expect(Math.max(...Array.from(out[9]!.channels[1]!, Math.abs))).toBeLessThan(1e-9);
  });

  it('FrameFormatError unless frames have 2 float channels; Float32 in → Float32 out', async () => {
    const one = { channels: [new Float64Array(3)], sampleRate: 8000, index: 0 } as F64;
    const err = await lastValueFrom(of(one).pipe(lms(opts))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FrameFormatError);
    expect((err as Error).message).toBe('lms: the frame at index 0 has 1 channels, expected 2');
    const f32: Frame<Float32Array> = { channels: [Float32Array.from(x), Float32Array.from(d)], sampleRate: 8000, index: 0 };
    const o = await lastValueFrom(of(f32).pipe(lms(opts)));
    expect(o.channels[0]).toBeInstanceOf(Float32Array);
    expect(o.channels[1]).toBeInstanceOf(Float32Array);
  });

  it('bad options throw at creation', () => {
    expect(() => lms({ taps: 1.5, mu: 0.1, normalized: true })).toThrow('lms: taps must be an integer ≥ 1, got 1.5');
    expect(() => lms({ taps: 2, mu: Number.NaN, normalized: false })).toThrow('lms: mu must be a finite number > 0, got NaN');
  });
});
