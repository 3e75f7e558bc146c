import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { lp2bs } from './lp2bs';
import { CONVERSIONS, type ConversionsFixture, expectZpk, fromJson } from './testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('lp2bs (scipy fixtures on Butterworth, elliptic and Chebyshev II prototypes)', () => {
  for (const c of fx.transforms.filter((t) => t.fn === 'lp2bs')) {
    it(`${c.proto}, ${c.args.join(', ')}`, () => {
      const z = fromJson(c.in.z);
      const p = fromJson(c.in.p);
      expectZpk(lp2bs(z, p, c.in.k, c.args[0] as number, c.args[1] as number), c, 1e-12, 'lp2bs');
    });
  }
  it('rejects bad input naming the parameter', () => {
    expect(() => lp2bs([], [{ re: -1, im: Number.NaN }], 1)).toThrow(/lp2bs: p\[0\] must be finite/);
  });
});
