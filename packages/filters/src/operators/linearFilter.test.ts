import { FrameFormatError, ParameterError, type Frame } from '@rxdsp/core';
import fc from 'fast-check';
import { BehaviorSubject, Subject, from, lastValueFrom, of, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { randn, testScheduler } from '@rxdsp/test-utils';
import { lfilter } from '../kernels/lfilter';
import { lfilterZi } from '../kernels/lfilterZi';
import { linearFilter } from './linearFilter';

type F64 = Frame<Float64Array>;
const fr = (index: number, ...channels: number[][]): F64 => ({
  channels: channels.map((c) => Float64Array.from(c)),
  sampleRate: 8000,
  index,
});

const b = [0.2, 0.1];
const a = [1, -0.5];
// Expected values: lfilter on the concatenated channel, cut at the frame boundaries.
const x = [1, 2, 3, 4, 5, 6];
const yAll = Array.from(lfilter(b, a, x).y);

/** Splits planar channels (number[][]) by frame lengths into frames. */
function framesOf(chans: Float64Array[], lens: number[]): F64[] {
  const out: F64[] = [];
  let pos = 0;
  for (const len of lens) {
    out.push({ channels: chans.map((c) => c.slice(pos, pos + len)), sampleRate: 8000, index: pos });
    pos += len;
  }
  return out;
}

describe('linearFilter marbles', () => {
  it('empty source → empty output', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold<F64>('|').pipe(linearFilter(b, a))).toBe('|');
    });
  });

  it('one frame, many frames: state carried, same timing, index/sampleRate kept', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold<F64>('-a--b-c|', { a: fr(0, [1, 2]), b: fr(2, [3]), c: fr(3, [4, 5, 6]) });
      expectObservable(src.pipe(linearFilter(b, a))).toBe('-a--b-c|', {
        a: fr(0, yAll.slice(0, 2)),
        b: fr(2, yAll.slice(2, 3)),
        c: fr(3, yAll.slice(3)),
      });
    });
  });

  it('multichannel frames: each channel has its own state', () => {
    const x2 = [-1, 0.5, 0, 2, 1, 1];
    const y2 = Array.from(lfilter(b, a, x2).y);
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold<F64>('a-b|', { a: fr(0, x.slice(0, 3), x2.slice(0, 3)), b: fr(3, x.slice(3), x2.slice(3)) });
      expectObservable(src.pipe(linearFilter(b, a))).toBe('a-b|', {
        a: fr(0, yAll.slice(0, 3), y2.slice(0, 3)),
        b: fr(3, yAll.slice(3), y2.slice(3)),
      });
    });
  });

  it('source error is forwarded; a never-completing source keeps the output open', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold<F64>('-a-#', { a: fr(0, [1, 2]) }).pipe(linearFilter(b, a))).toBe('-a-#', {
        a: fr(0, yAll.slice(0, 2)),
      });
      expectObservable(cold<F64>('-a--', { a: fr(0, [1, 2]) }).pipe(linearFilter(b, a))).toBe('-a--', {
        a: fr(0, yAll.slice(0, 2)),
      });
    });
  });

  it('unsubscribe in the middle unsubscribes the source and the coefficients', () => {
    testScheduler().run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const src = cold<F64>('-a-b-c-|', { a: fr(0, [1]), b: fr(1, [2]), c: fr(2, [3]) });
      const c$ = hot('a------', { a: { b, a } });
      expectObservable(src.pipe(linearFilter(c$)), '^---!').toBe('-a-b', { a: fr(0, yAll.slice(0, 1)), b: fr(1, yAll.slice(1, 2)) });
      expectSubscriptions(src.subscriptions).toBe('^---!');
      expectSubscriptions(c$.subscriptions).toBe('^---!');
    });
  });

  it('coefficient changes between frames apply from the next frame, state kept for the same order', () => {
    const A = { b: [0.2, 0.1], a: [1, -0.5] };
    const B = { b: [0.7, -0.3], a: [2, 0.4] }; // same order, unnormalised
    // Derivation: frame 0 with A from zero state; frame 1 and 2 with B starting from A's final state.
    const r0 = lfilter(A.b, A.a, [1, 2]);
    const r1 = lfilter(B.b, B.a, [3], r0.zf);
    const r2 = lfilter(B.b, B.a, [4, 5], r1.zf);
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const c$ = hot('a--b----', { a: A, b: B });
      const src = cold<F64>('-x---y-z|', { x: fr(0, [1, 2]), y: fr(2, [3]), z: fr(3, [4, 5]) });
      expectObservable(src.pipe(linearFilter(c$))).toBe('-x---y-z|', {
        x: fr(0, Array.from(r0.y)),
        y: fr(2, Array.from(r1.y)),
        z: fr(3, Array.from(r2.y)),
      });
    });
  });

  it('an explicit zi must fit live coefficients: another order errors with ParameterError', () => {
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const c$ = hot('a-c---', { a: { b: [0.2, 0.1], a: [1, -0.5] }, c: { b: [1, 1, 1], a: [1] } });
      const src = cold<F64>('-x--y|', { x: fr(0, [1, 2]), y: fr(2, [3]) });
      expectObservable(src.pipe(linearFilter(c$, { zi: [0.5] }))).toBe(
        '-x#',
        { x: fr(0, Array.from(lfilter([0.2, 0.1], [1, -0.5], [1, 2], [0.5]).y)) },
        new ParameterError('linearFilter: opts.zi has length 1, expected 2'),
      );
    });
  });

  it('a change of order restarts every channel from a zero state', () => {
    const A = { b: [0.2, 0.1], a: [1, -0.5] };
    const C = { b: [0.1, 0.1, 0.1], a: [1, -0.2, 0.05] };
    const r0 = lfilter(A.b, A.a, [1, 2]);
    const r1 = lfilter(C.b, C.a, [3, 4]); // zero state
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const c$ = hot('a-c---', { a: A, c: C });
      const src = cold<F64>('-x--y|', { x: fr(0, [1, 2]), y: fr(2, [3, 4]) });
      expectObservable(src.pipe(linearFilter(c$))).toBe('-x--y|', { x: fr(0, Array.from(r0.y)), y: fr(2, Array.from(r1.y)) });
    });
  });

  it('several coefficient values before the first frame: the latest wins', () => {
    const A = { b: [1], a: [1] };
    const B = { b: [2], a: [1] };
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const c$ = hot('(ab)--', { a: A, b: B });
      expectObservable(cold<F64>('-x|', { x: fr(0, [1, 2]) }).pipe(linearFilter(c$))).toBe('-x|', { x: fr(0, [2, 4]) });
    });
  });

  it('bad coefficients from the Observable error the stream with ParameterError and the creation-time message', () => {
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const c$ = hot('a--b', { a: { b, a }, b: { b: [1], a: [0, 1] } });
      const src = cold<F64>('-x---y|', { x: fr(0, [1]), y: fr(1, [2]) });
      expectObservable(src.pipe(linearFilter(c$))).toBe(
        '-x-#',
        { x: fr(0, yAll.slice(0, 1)) },
        new ParameterError('linearFilter: a[0] must be non-zero, got 0'),
      );
    });
    expect(() => linearFilter([1], [0, 1])).toThrow('linearFilter: a[0] must be non-zero, got 0');
  });

  it('a frame before the coefficients Observable emitted → ParameterError; an error of c$ is forwarded', () => {
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const c$ = hot<{ b: number[]; a: number[] }>('---a');
      expectObservable(cold<F64>('-x|', { x: fr(0, [1]) }).pipe(linearFilter(c$))).toBe(
        '-#',
        undefined,
        new ParameterError(
          'linearFilter: a frame arrived before the coefficients Observable emitted a value and no initial value was given (start it with a BehaviorSubject or startWith)',
        ),
      );
      const bad$ = hot<{ b: number[]; a: number[] }>('--#', undefined, new Error('boom'));
      expectObservable(cold<F64>('----x|', { x: fr(0, [1]) }).pipe(linearFilter(bad$))).toBe('--#', undefined, new Error('boom'));
    });
  });

  it('unsubscribe/resubscribe starts from the fresh (initial) state; two subscribers never share state', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold<F64>('-a-b|', { a: fr(0, [1, 2]), b: fr(2, [3]) });
      const op = src.pipe(linearFilter(b, a));
      const expected = { a: fr(0, yAll.slice(0, 2)), b: fr(2, yAll.slice(2, 3)) };
      expectObservable(op, '^-!').toBe('-a', expected);
      expectObservable(op, '---^----').toBe('----a-b|', expected);
      expectObservable(op).toBe('-a-b|', expected);
    });
  });

  it('frame format changes error with FrameFormatError', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const rate = cold<F64>('ab|', { a: fr(0, [1]), b: { ...fr(1, [2]), sampleRate: 16000 } });
      expectObservable(rate.pipe(linearFilter(b, a))).toBe(
        'a#',
        { a: fr(0, yAll.slice(0, 1)) },
        new FrameFormatError('linearFilter: sample rate changed mid-stream from 8000 Hz to 16000 Hz at index 1'),
      );
      const chans = cold<F64>('ab|', { a: fr(0, [1]), b: fr(1, [2], [2]) });
      expectObservable(chans.pipe(linearFilter(b, a))).toBe(
        'a#',
        { a: fr(0, yAll.slice(0, 1)) },
        new FrameFormatError('linearFilter: channel count changed mid-stream from 1 to 2 at index 1'),
      );
    });
  });

  it('Int16 frames are refused with FrameFormatError (convert with toFloat)', async () => {
    const int16 = { channels: [Int16Array.of(1, 2)], sampleRate: 8000, index: 0 } as unknown as F64;
    const err = await lastValueFrom(of(int16).pipe(linearFilter(b, a))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FrameFormatError);
    expect((err as Error).message).toContain('linearFilter: channel 0 of the frame at index 0 is an Int16Array');
    expect((err as Error).message).toContain('toFloat()');
  });

  it('Float32 frames in → Float32 frames out; time is kept', async () => {
    const f32: Frame<Float32Array> = { channels: [Float32Array.from(x)], sampleRate: 8000, index: 5, time: 1.25 };
    const out = await lastValueFrom(of(f32).pipe(linearFilter(b, a)));
    expect(out.channels[0]).toBeInstanceOf(Float32Array);
    expect(Array.from(out.channels[0]!)).toEqual(Array.from(Float32Array.from(yAll)));
    expect(out.time).toBe(1.25);
    expect(out.index).toBe(5);
  });

  it("a NaN in one channel never reaches another channel (nonFinite: 'propagate', scipy's behaviour)", async () => {
    const frames = [fr(0, [1, Number.NaN, 3], [1, 2, 3]), fr(3, [4, 5, 6], [4, 5, 6])];
    const out = await lastValueFrom(from(frames).pipe(linearFilter(b, a, { nonFinite: 'propagate' }), toArray()));
    expect(Array.from(out[1]!.channels[1]!)).toEqual(yAll.slice(3));
    expect(Number.isNaN(out[1]!.channels[0]![0]!)).toBe(true);
  });

  it("zi option: explicit and 'steady' (lfilter_zi · x[0] per channel)", async () => {
    const bb = [0.0675, 0.1349, 0.0675];
    const aa = [1, -1.143, 0.4128];
    const zi = [0.3, -0.1];
    const out = await lastValueFrom(of(fr(0, [1, 2, 3])).pipe(linearFilter(bb, aa, { zi })));
    expect(Array.from(out.channels[0]!)).toEqual(Array.from(lfilter(bb, aa, [1, 2, 3], zi).y));
    const steady = await lastValueFrom(of(fr(0, [2, 2, 2], [-1, -1, -1])).pipe(linearFilter(bb, aa, { zi: 'steady' })));
    const z = lfilterZi(bb, aa);
    expect(Array.from(steady.channels[0]!)).toEqual(Array.from(lfilter(bb, aa, [2, 2, 2], z.map((v) => 2 * v)).y));
    expect(Array.from(steady.channels[1]!)).toEqual(Array.from(lfilter(bb, aa, [-1, -1, -1], z.map((v) => -v)).y));
  });

  it('a BehaviorSubject of coefficients works like fixed coefficients', async () => {
    const c$ = new BehaviorSubject({ b, a });
    const out = await lastValueFrom(from(framesOf([Float64Array.from(x)], [2, 4])).pipe(linearFilter(c$), toArray()));
    expect(out.flatMap((f) => Array.from(f.channels[0]!))).toEqual(yAll);
  });

  describe('bad configuration throws at creation, naming the parameter', () => {
    it.each([
      [() => linearFilter([], [1]), RangeError, 'linearFilter: b must not be empty'],
      [() => linearFilter([1], []), RangeError, 'linearFilter: a must not be empty'],
      [() => linearFilter([1], [0]), RangeError, 'linearFilter: a[0] must be non-zero, got 0'],
      [() => linearFilter([Number.NaN], [1]), RangeError, 'linearFilter: b[0] must be a finite number, got NaN'],
      [() => linearFilter([1], [1, Number.NEGATIVE_INFINITY]), RangeError, 'linearFilter: a[1] must be a finite number, got -Infinity'],
      [() => linearFilter([1, 2], [1], { zi: [1, 2] }), RangeError, 'linearFilter: opts.zi has length 2, expected 1'],
      [() => linearFilter([1], [1, -1], { zi: 'steady' }), RangeError, "linearFilter: opts.zi 'steady' needs a filter without a pole at z = 1"],
      [() => linearFilter([1], [1], { zi: [Number.NaN] }), RangeError, 'linearFilter: opts.zi[0] must be a finite number, got NaN'],
    ] as const)('%#', (fn, Err, msg) => {
      expect(fn).toThrow(Err);
      expect(fn).toThrow(msg);
    });
  });
});

describe('linearFilter property: operator output = kernel on the whole signal', () => {
  it('random stable filters (poles inside |z| < 0.95), random channels and frame partitions', async () => {
    const pole = fc.record({ r: fc.double({ min: 0, max: 0.95, noNaN: true }), th: fc.double({ min: 0, max: Math.PI, noNaN: true }) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(pole, { minLength: 0, maxLength: 3 }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer(),
        async (poles, bb, lens, nch, seed) => {
          // a(z) = Π (1 − 2 r cos θ z⁻¹ + r² z⁻²): conjugate pole pairs inside the unit circle.
          let aa = [1];
          for (const { r, th } of poles) {
            const q = [1, -2 * r * Math.cos(th), r * r];
            const next = new Array<number>(aa.length + 2).fill(0);
            aa.forEach((v, i) => q.forEach((w, j) => (next[i + j] = next[i + j]! + v * w)));
            aa = next;
          }
          const n = 400;
          const chans = Array.from({ length: nch }, (_, c) => randn(n, seed + c));
          const cuts: number[] = [];
          for (let pos = 0, i = 0; pos < n; i++) {
            const l = Math.min(lens[i % lens.length]!, n - pos);
            cuts.push(l);
            pos += l;
          }
          const out = await lastValueFrom(from(framesOf(chans, cuts)).pipe(linearFilter(bb, aa), toArray()));
          for (let c = 0; c < nch; c++) {
            expect(out.flatMap((f) => Array.from(f.channels[c]!))).toEqual(Array.from(lfilter(bb, aa, chans[c]!).y));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('Subject-driven stream (hot source) filters the same', () => {
    const s = new Subject<F64>();
    const got: number[] = [];
    const sub = s.pipe(linearFilter(b, a)).subscribe((f) => got.push(...f.channels[0]!));
    for (const f of framesOf([Float64Array.from(x)], [1, 1, 4])) s.next(f);
    sub.unsubscribe();
    expect(got).toEqual(yAll);
  });
});
