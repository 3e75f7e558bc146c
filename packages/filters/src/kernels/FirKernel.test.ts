import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStatefulInvariants, expectClose, loadFixture, randn, type StatefulUnit } from '@rxdsp/test-utils';
import { FftFirKernel } from './FftFirKernel';
import { FirKernel } from './FirKernel';
import { lfilter } from './lfilter';

interface Case {
  name: string;
  b: number[];
  a: number[];
  x: number[];
  zi?: number[];
  y: number[];
}
const fx = loadFixture<{ lfilter: Case[] }>('../../fixtures/kernels.json', import.meta.url);
const firCases = fx.lfilter.filter((c) => c.a.length === 1 && c.zi === undefined);

const unit = (taps: ArrayLike<number>): StatefulUnit<FirKernel> => ({
  create: () => new FirKernel(taps),
  process: (k, [x]) => [k.process(x!)],
  reset: (k) => k.reset(),
  copy: (k) => k.copy(),
});

describe('FirKernel (direct)', () => {
  it.each(firCases.map((c) => [c.name, c] as const))('matches scipy lfilter: %s', (_n, c) => {
    const taps = c.b.map((v) => v / c.a[0]!);
    const k = new FirKernel(taps);
    const y = new Float64Array(c.x.length);
    for (let p = 0; p < c.x.length; p += 77) k.process(c.x.slice(p, p + 77), y.subarray(p, p + 77));
    expectClose(y, c.y, { rtol: 1e-10, atol: 1e-12, label: c.name });
  });

  it.each([1, 2, 5, 31, 182])('standard stateful invariants, %i taps', (m) => {
    checkStatefulInvariants(unit(randn(m, m)), randn(900, 5));
  });

  it('docs example', () => {
    expect(Array.from(new FirKernel([0.25, 0.25, 0.25, 0.25]).process([4, 4, 4, 4, 4]))).toEqual([1, 2, 3, 4, 4]);
  });

  it('state is the input history (oldest first) and can seed lfilter via the equivalent output', () => {
    const k = new FirKernel([1, 2, 3]);
    k.process([5, 6, 7, 8]);
    expect(Array.from(k.getState())).toEqual([7, 8]);
    const k2 = new FirKernel([1, 2, 3], { history: [7, 8] });
    expect(Array.from(k2.process([1]))).toEqual([1 * 1 + 2 * 8 + 3 * 7]);
  });

  it('setTaps keeps the most recent inputs', () => {
    const k = new FirKernel([1, 1, 1]);
    k.process([1, 2, 3, 4]);
    k.setTaps([1, 1, 1, 1, 1]); // history [3, 4] → [0, 0, 3, 4]
    expect(Array.from(k.getState())).toEqual([0, 0, 3, 4]);
    k.setTaps([1, 1]); // → [4]
    expect(Array.from(k.getState())).toEqual([4]);
  });

  it('property: FFT path agrees with the direct path (1e-10 of the peak) for random taps, frames and FFT sizes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer(),
        (m, cuts, extra, seed) => {
          const taps = randn(m, seed);
          let N = 4;
          while (N < m) N *= 2;
          N <<= extra;
          const x = randn(1500, seed + 1);
          const d = new FirKernel(taps);
          const f = new FftFirKernel(taps, { fftSize: N });
          const yd = new Float64Array(x.length);
          const yf = new Float64Array(x.length);
          let pos = 0;
          for (let i = 0; pos < x.length; i++) {
            const len = Math.min(cuts[i % cuts.length]!, x.length - pos) || 1;
            d.process(x.subarray(pos, pos + len), yd.subarray(pos, pos + len));
            f.process(x.subarray(pos, pos + len), yf.subarray(pos, pos + len));
            pos += len;
          }
          let peak = 0;
          for (const v of yd) peak = Math.max(peak, Math.abs(v));
          expectClose(yf, yd, { rtol: 0, atol: 1e-10 * peak });
          expectClose(f.getState(), d.getState(), { rtol: 0, atol: 0 });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees with lfilter on the whole signal (the reference) for the 182-tap course filter', () => {
    const c = fx.lfilter.find((k) => k.name.startsWith('FIR remez 182'))!;
    const k = new FirKernel(c.b);
    const ours = new Float64Array(c.x.length);
    for (let p = 0; p < c.x.length; p += 1024) k.process(c.x.slice(p, p + 1024), ours.subarray(p, p + 1024));
    expectClose(ours, lfilter(c.b, [1], c.x).y, { rtol: 1e-12, atol: 1e-14 });
  });

  it('errors name the parameter', () => {
    expect(() => new FirKernel([])).toThrow('FirKernel: taps must not be empty');
    expect(() => new FirKernel([1, Number.NaN])).toThrow('FirKernel: taps[1] must be a finite number, got NaN');
    expect(() => new FirKernel([1, 2], { history: [1, 2] })).toThrow('FirKernel: history has length 2, expected 1');
  });
});
