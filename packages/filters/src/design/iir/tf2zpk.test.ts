import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { tf2zpk } from './tf2zpk';
import { zpk2tf } from './zpk2tf';
import { CONVERSIONS, type ConversionsFixture, expectZpk } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('tf2zpk (scipy fixtures; roots from companion-matrix eigenvalues)', () => {
  for (const [i, c] of fx.tf2zpk.entries()) {
    it(`case ${i}: b = [${c.b.length} coefficients], a = [${c.a.length}]`, () => {
      expectZpk(tf2zpk(c.b, c.a), c, 1e-10, 'tf2zpk');
    });
  }
  it('gives complex roots as exact conjugate pairs', () => {
    const { p } = tf2zpk([1], [1, -1.2, 0.8, -0.3, 0.05, 0.01]);
    const complexOnes = p.filter((r) => r.im !== 0);
    expect(complexOnes.length).toBeGreaterThan(0);
    for (const r of complexOnes) expect(complexOnes.some((s) => s.re === r.re && s.im === -r.im)).toBe(true);
  });
  it('round trip with a multiple root: zpk2tf(tf2zpk(b, a)) = (b, a)', () => {
    const b = [1, 4, 6, 4, 1]; // (1 + z⁻¹)⁴: a fourfold root at −1 (ill-conditioned as roots, fine as a polynomial)
    const a = [1, -0.5, 0.3, -0.1, 0.02];
    const { z, p, k } = tf2zpk(b, a);
    const r = zpk2tf(z, p, k);
    expectClose(r.b, b, { rtol: 1e-12, atol: 1e-12 });
    expectClose(r.a, a, { rtol: 1e-12, atol: 1e-12 });
  });
  it('rejects an all-zero denominator and non-finite coefficients', () => {
    expect(() => tf2zpk([1], [0, 0])).toThrow(/tf2zpk: a must have at least one non-zero coefficient, got all zeros/);
    expect(() => tf2zpk([1, Number.POSITIVE_INFINITY], [1])).toThrow(/tf2zpk: b\[1\] must be a finite number, got Infinity/);
  });
});
