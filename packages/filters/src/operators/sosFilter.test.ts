import { FrameFormatError, ParameterError, reframe, type Frame } from '@rxdsp/core';
import fc from 'fast-check';
import { from, lastValueFrom, of, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { loadFixture, randn, testScheduler } from '@rxdsp/test-utils';
import { sosfilt } from '../kernels/sosfilt';
import { sosfiltZi } from '../kernels/sosfiltZi';
import { sosFilter } from './sosFilter';

type F64 = Frame<Float64Array>;
const fr = (index: number, ...channels: ArrayLike<number>[]): F64 => ({
  channels: channels.map((c) => Float64Array.from(c)),
  sampleRate: 48000,
  index,
});
const fx = loadFixture<{ sosfilt: { name: string; sos: number[][] }[] }>('../../fixtures/kernels.json', import.meta.url);
const ell = fx.sosfilt[0]!.sos; // 10th-order elliptic bandpass, 5 sections (scipy)

describe('sosFilter', () => {
  const x = randn(12, 1);
  const yAll = sosfilt(ell, x).y;

  it('many frames: identical to sosfilt on the whole signal; one frame; empty', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold<F64>('-a-b--c|', { a: fr(0, x.subarray(0, 5)), b: fr(5, x.subarray(5, 6)), c: fr(6, x.subarray(6)) });
      expectObservable(src.pipe(sosFilter(ell))).toBe('-a-b--c|', {
        a: fr(0, yAll.subarray(0, 5)),
        b: fr(5, yAll.subarray(5, 6)),
        c: fr(6, yAll.subarray(6)),
      });
      expectObservable(cold<F64>('a|', { a: fr(0, x) }).pipe(sosFilter(ell))).toBe('a|', { a: fr(0, yAll) });
      expectObservable(cold<F64>('---|').pipe(sosFilter(ell))).toBe('---|');
    });
  });

  it('live sections: same section count keeps the state, other count restarts from zero', () => {
    const A = [[0.2, 0.1, 0, 1, -0.5, 0.1]];
    const B = [[0.5, -0.2, 0.1, 2, 0.3, -0.2]];
    const C = ell;
    const r0 = sosfilt(A, [1, 2]);
    const r1 = sosfilt(B, [3], r0.zf);
    const r2 = sosfilt(C, [4, 5]);
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const sos$ = hot('a-b--c--', { a: A, b: B, c: C });
      const src = cold<F64>('-x--y--z|', { x: fr(0, [1, 2]), y: fr(2, [3]), z: fr(3, [4, 5]) });
      expectObservable(src.pipe(sosFilter(sos$))).toBe('-x--y--z|', {
        x: fr(0, r0.y),
        y: fr(2, r1.y),
        z: fr(3, r2.y),
      });
    });
  });

  it('bad sections from the Observable → ParameterError with the creation-time message', () => {
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const sos$ = hot<number[][]>('a-b', { a: ell, b: [[1, 0, 0, 1, 0]] });
      expectObservable(cold<F64>('-x---|', { x: fr(0, [1]) }).pipe(sosFilter(sos$))).toBe(
        '-x#',
        { x: fr(0, sosfilt(ell, [1]).y) },
        new ParameterError('sosFilter: sos[0] has 5 values, expected 6'),
      );
    });
  });

  it('resubscribing starts from fresh state', async () => {
    const op = from([fr(0, x.subarray(0, 6)), fr(6, x.subarray(6))]).pipe(sosFilter(ell), toArray());
    const first = await lastValueFrom(op);
    const second = await lastValueFrom(op);
    expect(second).toEqual(first);
    expect(first.flatMap((f) => Array.from(f.channels[0]!))).toEqual(Array.from(yAll));
  });

  it("zi: explicit per channel, and 'steady'", async () => {
    const zi = randn(10, 3);
    const out = await lastValueFrom(of(fr(0, x)).pipe(sosFilter(ell, { zi })));
    expect(Array.from(out.channels[0]!)).toEqual(Array.from(sosfilt(ell, x, zi).y));
    const st = await lastValueFrom(of(fr(0, [0.5, 0.5, 0.5])).pipe(sosFilter(ell, { zi: 'steady' })));
    expect(Array.from(st.channels[0]!)).toEqual(Array.from(sosfilt(ell, [0.5, 0.5, 0.5], sosfiltZi(ell).map((v) => v * 0.5)).y));
  });

  it('Float32 in → Float32 out; NaN isolation between channels', async () => {
    const f32: Frame<Float32Array> = { channels: [Float32Array.from(x), Float32Array.from(x).fill(Number.NaN, 2, 3)], sampleRate: 48000, index: 0 };
    const out = await lastValueFrom(of(f32).pipe(sosFilter(ell, { nonFinite: 'propagate' })));
    expect(out.channels[0]).toBeInstanceOf(Float32Array);
    expect(Array.from(out.channels[0]!)).toEqual(Array.from(Float32Array.from(sosfilt(ell, Float32Array.from(x)).y)));
    expect(Number.isNaN(out.channels[1]![5]!)).toBe(true);
  });

  it('FrameFormatError on a sample-rate change', async () => {
    const err = await lastValueFrom(from([fr(0, [1]), { ...fr(1, [1]), sampleRate: 44100 }]).pipe(sosFilter(ell))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FrameFormatError);
  });

  it('property: any partition, then reframe (from @rxdsp/core) → still sosfilt of the whole signal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 256 }), fc.integer(), async (lens, rf, seed) => {
        const sig = randn(1000, seed);
        const frames: F64[] = [];
        for (let pos = 0, i = 0; pos < sig.length; i++) {
          const l = Math.min(lens[i % lens.length]!, sig.length - pos);
          frames.push(fr(pos, sig.subarray(pos, pos + l)));
          pos += l;
        }
        const out = await lastValueFrom(from(frames).pipe(reframe<Float64Array>(rf), sosFilter(ell), toArray()));
        expect(out.flatMap((f) => Array.from(f.channels[0]!))).toEqual(Array.from(sosfilt(ell, sig).y));
      }),
      { numRuns: 30 },
    );
  });

  describe('bad configuration throws at creation', () => {
    it.each([
      [() => sosFilter([]), RangeError, 'sosFilter: sos must have at least one section'],
      [() => sosFilter([[1, 0, 0, 1, 0, 0], [1, 2, 3]]), RangeError, 'sosFilter: sos[1] has 3 values, expected 6'],
      [() => sosFilter([[1, 0, 0, 0, 0, 0]]), RangeError, 'sosFilter: sos[0][3] (a0) must be non-zero, got 0'],
      [() => sosFilter([[1, 0, Number.NaN, 1, 0, 0]]), RangeError, 'sosFilter: sos[0][2] must be a finite number, got NaN'],
      [() => sosFilter(ell, { zi: [0, 0] }), RangeError, 'sosFilter: opts.zi has length 2, expected 10 (2 × 5 sections)'],
      [() => sosFilter('x' as unknown as number[][]), TypeError, 'sosFilter: sos must be an array of sections'],
    ] as const)('%#', (fn, Err, msg) => {
      expect(fn).toThrow(Err);
      expect(fn).toThrow(msg);
    });
  });
});
