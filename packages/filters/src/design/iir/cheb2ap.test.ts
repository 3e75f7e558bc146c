import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { cheb2ap } from './cheb2ap';
import { CONVERSIONS, type ConversionsFixture, expectZpk } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('cheb2ap (scipy fixtures: zeros and poles matched as multisets, gain)', () => {
  for (const c of fx.prototypes.filter((p) => p.fn === 'cheb2ap')) {
    it(`cheb2ap(${c.args.join(', ')})`, () => {
      expectZpk(cheb2ap(c.args[0] as number, c.args[1] as number), c, 1e-13, 'cheb2ap');
    });
  }
  it('rejects rs ≤ 0', () => {
    expect(() => cheb2ap(3, 0)).toThrow(/cheb2ap: rs must be a finite number > 0, got 0/);
  });
});
