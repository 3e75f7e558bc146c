import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { bilinear } from './bilinear';
import { CONVERSIONS, type ConversionsFixture } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('bilinear (tf form, scipy fixtures)', () => {
  for (const [i, c] of fx.bilinear.entries()) {
    it(`case ${i}: b = [${c.b.join(', ')}], a = [${c.a.join(', ')}], fs = ${c.fs}`, () => {
      const r = bilinear(c.b, c.a, c.fs);
      expectClose(r.b, c.bz, { rtol: 1e-12, atol: 1e-14, label: 'b' });
      expectClose(r.a, c.az, { rtol: 1e-12, atol: 1e-14, label: 'a' });
    });
  }
  it('rejects fs ≤ 0', () => {
    expect(() => bilinear([1], [1, 1], 0)).toThrow(/bilinear: fs must be a finite number > 0, got 0/);
  });
});

// Golden values: packages/filters/fixtures/gen_scipy_behaviours.py (scipy.signal.bilinear with leading zeros).
describe('bilinear ignores leading zeros of b and a, as scipy', () => {
  const bx = loadFixture<{ bilinear: { b: number[]; a: number[]; fs: number; bz: number[]; az: number[] }[] }>(
    '../../../fixtures/scipy_behaviours.json',
    import.meta.url,
  );
  for (const c of bx.bilinear) {
    it(`b = [${c.b.join(', ')}], a = [${c.a.join(', ')}], fs = ${c.fs}`, () => {
      const r = bilinear(c.b, c.a, c.fs);
      expectClose(r.b, c.bz, { rtol: 1e-12, atol: 1e-14, label: 'b' });
      expectClose(r.a, c.az, { rtol: 1e-12, atol: 1e-14, label: 'a' });
    });
  }
  it('gives the same filter with and without leading zeros, and rejects all-zero coefficients', () => {
    expect(bilinear([0, 0, 1], [0, 1, 1], 10)).toEqual(bilinear([1], [1, 1], 10));
    expect(() => bilinear([0, 0], [1, 1])).toThrow(/bilinear: b must have a non-zero coefficient, got all zeros/);
    expect(() => bilinear([1], [0])).toThrow(/bilinear: a must have a non-zero coefficient, got all zeros/);
  });
});
