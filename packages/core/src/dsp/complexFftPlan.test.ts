import { describe, expect, it } from 'vitest';
import { loadFixture } from '@rxdsp/test-utils';
import { complexInput, relErr } from '../../test/support/fftInputs';
import { complexFftPlan } from './complexFftPlan';

interface FftCase {
  n: number;
  fft: number[];
  ifft: number[];
}
const fx = loadFixture<{ cases: FftCase[] }>('../../fixtures/fft.json', import.meta.url);

describe('complexFftPlan against numpy.fft', () => {
  for (const c of fx.cases) {
    it(`fft and ifft, n = ${c.n}`, () => {
      const plan = complexFftPlan(c.n);
      const z = complexInput(c.n);
      const copy = z.slice();
      const out = new Float64Array(2 * c.n);
      plan.forward(z, out);
      expect(relErr(out, c.fft)).toBeLessThanOrEqual(1e-12);
      plan.inverse(z, out);
      expect(relErr(out, c.ifft)).toBeLessThanOrEqual(1e-12);
      expect(z).toEqual(copy); // input not modified
    });
  }

  it('runs the Bluestein path (a large prime) and the mixed-radix path (1000) to numpy precision', () => {
    // 1009 is prime (Bluestein), 1000 = 2³·5³ and 360 mixed radix: both are fixture sizes above; check round trips too.
    for (const n of [1009, 1000, 360]) {
      const plan = complexFftPlan(n);
      const z = complexInput(n);
      const Z = new Float64Array(2 * n);
      const back = new Float64Array(2 * n);
      plan.forward(z, Z);
      plan.inverse(Z, back);
      expect(relErr(back, z)).toBeLessThanOrEqual(1e-14);
    }
  });

  it('caches one plan per size and rejects a size that is not a positive integer', () => {
    expect(complexFftPlan(48)).toBe(complexFftPlan(48));
    expect(() => complexFftPlan(-4)).toThrow(/complexFftPlan: n must be a positive integer, got -4/);
  });
});
