import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { buttap } from './buttap';
import { CONVERSIONS, type ConversionsFixture, expectZpk } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('buttap (scipy fixtures: zeros and poles matched as multisets, gain)', () => {
  for (const c of fx.prototypes.filter((p) => p.fn === 'buttap')) {
    it(`buttap(${c.args.join(', ')})`, () => {
      expectZpk(buttap(c.args[0] as number), c, 1e-13, 'buttap');
    });
  }
  it('rejects a negative order', () => {
    expect(() => buttap(-1)).toThrow(/buttap: N must be an integer ≥ 0, got -1/);
  });
});
