import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { lp2lpZpk } from './lp2lpZpk';
import { CONVERSIONS, type ConversionsFixture, expectZpk, fromJson } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('lp2lpZpk (scipy lp2lp_zpk fixtures on Butterworth, elliptic and Chebyshev II prototypes)', () => {
  for (const c of fx.transforms.filter((t) => t.fn === 'lp2lp')) {
    it(`${c.proto}, ${c.args.join(', ')}`, () => {
      const z = fromJson(c.in.z);
      const p = fromJson(c.in.p);
      expectZpk(lp2lpZpk(z, p, c.in.k, c.args[0] as number), c, 1e-12, 'lp2lpZpk');
    });
  }
  it('rejects bad input naming the parameter', () => {
    expect(() => lp2lpZpk([], [{ re: -1, im: 0 }], 1, 0)).toThrow(/lp2lpZpk: wo must be a finite number > 0, got 0/);
  });
});
