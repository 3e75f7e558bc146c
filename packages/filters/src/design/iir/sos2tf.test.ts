import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { sos2tf } from './sos2tf';
import { CONVERSIONS, type ConversionsFixture } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('sos2tf (scipy fixtures)', () => {
  for (const c of fx.sos2) {
    it(c.name, () => {
      const t = sos2tf(c.sos);
      expectClose(t.b, c.b, { rtol: 1e-13, atol: 1e-16, label: 'b' });
      expectClose(t.a, c.a, { rtol: 1e-13, atol: 1e-16, label: 'a' });
    });
  }
  it('rejects malformed sections', () => {
    expect(() => sos2tf([[1, 0, 0, 1, 0]])).toThrow(/sos2tf: sos\[0\] has 5 values, expected 6/);
  });
});
