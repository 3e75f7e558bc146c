import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { lp2hpZpk } from './lp2hpZpk';
import { CONVERSIONS, type ConversionsFixture, expectZpk, fromJson } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('lp2hpZpk (scipy lp2hp_zpk fixtures on Butterworth, elliptic and Chebyshev II prototypes)', () => {
  for (const c of fx.transforms.filter((t) => t.fn === 'lp2hp')) {
    it(`${c.proto}, ${c.args.join(', ')}`, () => {
      const z = fromJson(c.in.z);
      const p = fromJson(c.in.p);
      expectZpk(lp2hpZpk(z, p, c.in.k, c.args[0] as number), c, 1e-12, 'lp2hpZpk');
    });
  }
  it('rejects bad input naming the parameter', () => {
    expect(() => lp2hpZpk([], ['x' as unknown as number], 1)).toThrow(/lp2hpZpk: p\[0\] must be \{ re, im \}, got "x"/);
  });
});
