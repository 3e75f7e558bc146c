import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { bilinearZpk } from './bilinearZpk';
import { CONVERSIONS, type ConversionsFixture, expectZpk, fromJson } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('bilinearZpk (scipy fixtures on Butterworth, elliptic and Chebyshev II prototypes)', () => {
  for (const c of fx.transforms.filter((t) => t.fn === 'bilinearZpk')) {
    it(`${c.proto}, ${c.args.join(', ')}`, () => {
      const z = fromJson(c.in.z);
      const p = fromJson(c.in.p);
      expectZpk(bilinearZpk(z, p, c.in.k, c.args[0] as number), c, 1e-12, 'bilinearZpk');
    });
  }
  it('rejects bad input naming the parameter', () => {
    expect(() => bilinearZpk([{ re: 1, im: 0 }], [], 1, 2)).toThrow(/bilinearZpk: z must not have more values than p/);
  });
});
