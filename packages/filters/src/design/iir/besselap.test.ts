import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { besselap, type BesselNorm } from './besselap';
import { CONVERSIONS, type ConversionsFixture, expectZpk } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

// ellipap: for high orders with a small rs the degree-equation modulus m is within ~1e−6 of 1, so one ulp in m
// moves the roots by ~1e−10 relative (measured: scipy and this code differ from a 40-digit mpmath evaluation of the
// same formulas by ~1e−11 and ~4e−11 at N = 12, rp = 3, rs = 20). besselap 'mag': scipy's scale factor comes from a
// secant search with tol 1.48e−8, so it agrees to ~1e−10.

describe('besselap (scipy fixtures: zeros and poles matched as multisets, gain)', () => {
  for (const c of fx.prototypes.filter((p) => p.fn === 'besselap')) {
    it(`besselap(${c.args.join(', ')})`, () => {
      expectZpk(besselap(c.args[0] as number, c.args[1] as BesselNorm), c, c.args[1] === 'mag' ? 1e-9 : 1e-12, 'besselap');
    });
  }
  it('rejects an unknown norm and orders above 50', () => {
    expect(() => besselap(4, 'fast' as 'phase')).toThrow(/besselap: norm must be one of 'phase', 'delay', 'mag', got "fast"/);
    expect(() => besselap(51)).toThrow(/besselap: N must be ≤ 50/);
  });
});
