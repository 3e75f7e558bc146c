import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { lp2bsZpk } from './lp2bsZpk';
import { CONVERSIONS, type ConversionsFixture, expectZpk, fromJson } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('lp2bsZpk (scipy lp2bs_zpk fixtures on Butterworth, elliptic and Chebyshev II prototypes)', () => {
  for (const c of fx.transforms.filter((t) => t.fn === 'lp2bs')) {
    it(`${c.proto}, ${c.args.join(', ')}`, () => {
      const z = fromJson(c.in.z);
      const p = fromJson(c.in.p);
      expectZpk(lp2bsZpk(z, p, c.in.k, c.args[0] as number, c.args[1] as number), c, 1e-12, 'lp2bsZpk');
    });
  }
  it('rejects bad input naming the parameter', () => {
    expect(() => lp2bsZpk([], [{ re: -1, im: Number.NaN }], 1)).toThrow(/lp2bsZpk: p\[0\] must be finite/);
  });
  // regression (verifier sweep): each prototype root r gives the pair h ± √(h² − wo²) with h = (bw/2)/r, whose
  // product is wo². Formed as a difference, the small root cancelled when |h| ≫ wo (scipy does this too): for
  // r = −2e−10, bw = 0.1, wo = 1, h = −2.5e8 and h + √(h² − 1) rounds to 0. The exact small root is
  // wo²/(h − √(h² − wo²)) = 1/(2h)·(1 + O(h⁻²)) = −2e−9.
  it('keeps the small root of each pair when |h| ≫ wo (no cancellation)', () => {
    const { p } = lp2bsZpk([], [{ re: -2e-10, im: 0 }], 1, 1, 0.1);
    const h = 0.05 / -2e-10;
    const small = p.reduce((a, b) => (Math.abs(b.re) < Math.abs(a.re) ? b : a));
    expect(Math.abs(small.re - 1 / (2 * h)) / Math.abs(1 / (2 * h))).toBeLessThan(1e-14);
    const prod = p.reduce((acc, q) => acc * q.re, 1);
    expect(Math.abs(prod - 1)).toBeLessThan(1e-15);
  });
});
