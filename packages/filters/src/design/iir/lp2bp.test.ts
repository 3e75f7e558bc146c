import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { lp2bp } from './lp2bp';
import { CONVERSIONS, type ConversionsFixture, expectZpk, fromJson } from './testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('lp2bp (scipy fixtures on Butterworth, elliptic and Chebyshev II prototypes)', () => {
  for (const c of fx.transforms.filter((t) => t.fn === 'lp2bp')) {
    it(`${c.proto}, ${c.args.join(', ')}`, () => {
      const z = fromJson(c.in.z);
      const p = fromJson(c.in.p);
      expectZpk(lp2bp(z, p, c.in.k, c.args[0] as number, c.args[1] as number), c, 1e-12, 'lp2bp');
    });
  }
  it('rejects bad input naming the parameter', () => {
    expect(() => lp2bp([], [{ re: -1, im: 0 }], 1, 1, -2)).toThrow(/lp2bp: bw must be a bandwidth > 0 rad\/s, got -2/);
  });
});
