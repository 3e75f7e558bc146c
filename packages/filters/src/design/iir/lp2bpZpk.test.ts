import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { lp2bpZpk } from './lp2bpZpk';
import { CONVERSIONS, type ConversionsFixture, expectZpk, fromJson } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('lp2bpZpk (scipy lp2bp_zpk fixtures on Butterworth, elliptic and Chebyshev II prototypes)', () => {
  for (const c of fx.transforms.filter((t) => t.fn === 'lp2bp')) {
    it(`${c.proto}, ${c.args.join(', ')}`, () => {
      const z = fromJson(c.in.z);
      const p = fromJson(c.in.p);
      expectZpk(lp2bpZpk(z, p, c.in.k, c.args[0] as number, c.args[1] as number), c, 1e-12, 'lp2bpZpk');
    });
  }
  it('rejects bad input naming the parameter', () => {
    expect(() => lp2bpZpk([], [{ re: -1, im: 0 }], 1, 1, -2)).toThrow(/lp2bpZpk: bw must be a finite number > 0, got -2/);
  });
  // regression (verifier sweep): each root r gives h ± √(h² − wo²) with h = r·bw/2 (product wo²); formed as a
  // difference the small root cancelled when |h| ≫ wo. For r = −1, bw = 2e8, wo = 1: h = −1e8 and the exact small
  // root is wo²/(h − √(h² − wo²)) = 1/(2h)·(1 + O(h⁻²)) = −5e−9 (the difference gives 0).
  it('keeps the small root of each pair when |h| ≫ wo (no cancellation)', () => {
    const { p } = lp2bpZpk([], [{ re: -1, im: 0 }], 1, 1, 2e8);
    const small = p.reduce((a, b) => (Math.abs(b.re) < Math.abs(a.re) ? b : a));
    expect(Math.abs(small.re - 1 / (2 * -1e8)) / 5e-9).toBeLessThan(1e-14);
    expect(Math.abs((p[0] as { re: number }).re * (p[1] as { re: number }).re - 1)).toBeLessThan(1e-15);
  });
});
