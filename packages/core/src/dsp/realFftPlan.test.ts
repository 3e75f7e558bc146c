import { describe, expect, it } from 'vitest';
import { loadFixture } from '@rxdsp/test-utils';
import { complexInput, realInput, relErr } from '../../test/support/fftInputs';
import { realFftPlan } from './realFftPlan';

interface FftCase {
  n: number;
  rfft: number[];
  irfft: number[];
  fft: number[];
  ifft: number[];
}
const fx = loadFixture<{ cases: FftCase[] }>('../../fixtures/fft.json', import.meta.url);

describe('realFftPlan against numpy.fft', () => {
  for (const c of fx.cases) {
    it(`rfft and irfft, n = ${c.n}`, () => {
      const plan = realFftPlan(c.n);
      expect(plan.bins).toBe(Math.floor(c.n / 2) + 1);
      const X = plan.forward(realInput(c.n));
      expect(X.length).toBe(c.rfft.length);
      expect(relErr(X, c.rfft)).toBeLessThanOrEqual(1e-12);
      // the complex input's first bins as a half spectrum (as gen_fft.py passes to irfft)
      const half = complexInput(c.n).subarray(0, 2 * plan.bins);
      const x = plan.inverse(half, new Float64Array(c.n));
      expect(relErr(x, c.irfft)).toBeLessThanOrEqual(1e-12);
    });
  }

  it('reads x at an offset from any array-like, and forward then inverse returns the input', () => {
    const n = 1000;
    const data = Array.from(realInput(n + 5));
    const plan = realFftPlan(n);
    const X = Float64Array.from(plan.forward(data, 5));
    const ref = Float64Array.from(realFftPlan(n).forward(Float64Array.from(data.slice(5))));
    expect(X).toEqual(ref);
    expect(relErr(plan.inverse(X, new Float64Array(n)), data.slice(5))).toBeLessThanOrEqual(1e-14);
  });

  it('caches one plan per size and rejects a size that is not a positive integer', () => {
    expect(realFftPlan(64)).toBe(realFftPlan(64));
    expect(() => realFftPlan(0)).toThrow(/realFftPlan: n must be a positive integer, got 0/);
    expect(() => realFftPlan(2.5)).toThrow(RangeError);
  });
});
