import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { ellipap } from './ellipap';
import { CONVERSIONS, type ConversionsFixture, expectZpk } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

// ellipap: for high orders with a small rs the degree-equation modulus m is within ~1e−6 of 1, so one ulp in m
// moves the roots by ~1e−10 relative (measured: scipy and this code differ from a 40-digit mpmath evaluation of the
// same formulas by ~1e−11 and ~4e−11 at N = 12, rp = 3, rs = 20). besselap 'mag': scipy's scale factor comes from a
// secant search with tol 1.48e−8, so it agrees to ~1e−10.

describe('ellipap (scipy fixtures: zeros and poles matched as multisets, gain)', () => {
  for (const c of fx.prototypes.filter((p) => p.fn === 'ellipap')) {
    it(`ellipap(${c.args.join(', ')})`, () => {
      expectZpk(ellipap(c.args[0] as number, c.args[1] as number, c.args[2] as number), c, 1e-9, 'ellipap');
    });
  }
  it('rejects rs ≤ rp', () => {
    expect(() => ellipap(4, 1, 0.5)).toThrow(/ellipap: cannot design a filter with rp = 1 dB and rs = 0.5 dB/);
  });
});
