import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { sos2zpk } from './sos2zpk';
import { CONVERSIONS, type ConversionsFixture, expectZpk } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('sos2zpk (scipy fixtures)', () => {
  for (const c of fx.sos2) {
    it(c.name, () => {
      expectZpk(sos2zpk(c.sos), c, 1e-11, 'sos2zpk');
    });
  }
  it('rejects an empty sos', () => {
    expect(() => sos2zpk([])).toThrow(/sos2zpk: sos must have at least one section/);
  });
});
