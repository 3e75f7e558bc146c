import { ParameterError, type Frame } from '@rxdsp/core';
import fc from 'fast-check';
import { from, lastValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture, randn, testScheduler } from '@rxdsp/test-utils';
import { lfilter } from '../kernels/lfilter';
import { firFilter } from './firFilter';

type F64 = Frame<Float64Array>;
const fr = (index: number, ...channels: ArrayLike<number>[]): F64 => ({
  channels: channels.map((c) => Float64Array.from(c)),
  sampleRate: 48000,
  index,
});
const fx = loadFixture<{ lfilter: { name: string; b: number[]; x: number[]; y: number[] }[] }>('../../fixtures/kernels.json', import.meta.url);
const course = fx.lfilter.find((c) => c.name.startsWith('FIR remez 182'))!;

function frames(sig: Float64Array, lens: number[]): F64[] {
  const out: F64[] = [];
  for (let pos = 0, i = 0; pos < sig.length; i++) {
    const l = Math.min(lens[i % lens.length]!, sig.length - pos);
    out.push(fr(pos, sig.subarray(pos, pos + l)));
    pos += l;
  }
  return out;
}

describe('firFilter', () => {
  it.each(['auto', 'direct', 'fft'] as const)('182-tap course filter, method %s: scipy output within 1e-10 of the peak', async (method) => {
    const out = await lastValueFrom(from(frames(Float64Array.from(course.x), [1024, 100, 924])).pipe(firFilter(course.b, { method }), toArray()));
    const y = out.flatMap((f) => Array.from(f.channels[0]!));
    const peak = Math.max(...course.y.map(Math.abs));
    expectClose(y, course.y, { rtol: 0, atol: 1e-10 * peak });
  });

  it('marbles: frames, direct method is bit-identical to lfilter; taps change keeps the delay line', () => {
    const A = [0.5, 0.25, 0.25];
    const B = [1, -1, 0.5, 0.25]; // longer: older delay-line positions start at zero
    const x = [1, 2, 3, 4, 5, 6];
    const y0 = lfilter(A, [1], x.slice(0, 3)).y;
    // Derivation: after frame 0 the delay line (oldest first) is [2, 3]; B needs 3 past inputs → [0, 2, 3],
    // i.e. lfilter over [0, 2, 3, 4, 5, 6] with B from zero state, keeping the last 3 outputs.
    const y1 = lfilter(B, [1], [0, 2, 3, 4, 5, 6]).y.subarray(3);
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const taps$ = hot('a-b----', { a: A, b: B });
      const src = cold<F64>('-x--y|', { x: fr(0, x.slice(0, 3)), y: fr(3, x.slice(3)) });
      expectObservable(src.pipe(firFilter(taps$, { method: 'direct' }))).toBe('-x--y|', { x: fr(0, y0), y: fr(3, y1) });
    });
  });

  it('bad taps from the Observable error with ParameterError; a frame before any taps too', () => {
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const taps$ = hot<number[]>('a-b', { a: [1], b: [] });
      expectObservable(cold<F64>('-x---|', { x: fr(0, [2]) }).pipe(firFilter(taps$))).toBe(
        '-x#',
        { x: fr(0, [2]) },
        new ParameterError('firFilter: taps must not be empty, got []'),
      );
      const late$ = hot<number[]>('---a', { a: [1] });
      expectObservable(cold<F64>('-x|', { x: fr(0, [2]) }).pipe(firFilter(late$))).toBe(
        '-#',
        undefined,
        new ParameterError(
          'firFilter: a frame arrived before the coefficients Observable emitted a value and no initial value was given (start it with a BehaviorSubject or startWith)',
        ),
      );
    });
  });

  it('unsubscribe/resubscribe starts from a fresh delay line', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const op = cold<F64>('a-b|', { a: fr(0, [1, 1]), b: fr(2, [1]) }).pipe(firFilter([1, 1, 1]));
      expectObservable(op, '^!').toBe('a', { a: fr(0, [1, 2]) });
      expectObservable(op, '--^---').toBe('--a-b|', { a: fr(0, [1, 2]), b: fr(2, [3]) });
    });
  });

  it('property: FFT and direct operators agree for random taps and partitions (1e-10 of the peak)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 260 }), fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 1, maxLength: 5 }), fc.integer(), async (m, lens, seed) => {
        const taps = randn(m, seed);
        const sig = randn(1500, seed + 1);
        const run = (method: 'direct' | 'fft') =>
          lastValueFrom(from(frames(sig, lens)).pipe(firFilter(taps, { method }), toArray())).then((o) => o.flatMap((f) => Array.from(f.channels[0]!)));
        const d = await run('direct');
        const f = await run('fft');
        const peak = Math.max(...d.map(Math.abs));
        // direct vs lfilter: same products, different summation order (4-output loop vs TDF2) → round-off only
        expectClose(d, lfilter(taps, [1], sig).y, { rtol: 0, atol: 1e-13 * peak * Math.sqrt(m) });
        expectClose(f, d, { rtol: 0, atol: 1e-10 * peak });
      }),
      { numRuns: 25 },
    );
  });

  it('bad configuration throws at creation', () => {
    expect(() => firFilter([])).toThrow('firFilter: taps must not be empty');
    expect(() => firFilter([1, Number.POSITIVE_INFINITY])).toThrow('firFilter: taps[1] must be a finite number, got Infinity');
    expect(() => firFilter([1], { method: 'slow' as 'fft' })).toThrow("firFilter: opts.method must be 'auto', 'direct' or 'fft', got slow");
  });
});
