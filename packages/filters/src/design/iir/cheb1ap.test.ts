import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { cheb1ap } from './cheb1ap';
import { CONVERSIONS, type ConversionsFixture, expectZpk } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('cheb1ap (scipy fixtures: zeros and poles matched as multisets, gain)', () => {
  for (const c of fx.prototypes.filter((p) => p.fn === 'cheb1ap')) {
    it(`cheb1ap(${c.args.join(', ')})`, () => {
      expectZpk(cheb1ap(c.args[0] as number, c.args[1] as number), c, 1e-13, 'cheb1ap');
    });
  }
  it('rejects a fractional order', () => {
    expect(() => cheb1ap(3.5, 1)).toThrow(/cheb1ap: N must be an integer ≥ 0, got 3.5/);
  });
});
