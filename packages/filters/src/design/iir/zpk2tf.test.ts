import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { zpk2tf } from './zpk2tf';
import { CONVERSIONS, type ConversionsFixture, fromJson } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('zpk2tf (scipy fixtures)', () => {
  for (const [i, c] of fx.zpk2tf.entries()) {
    it(`case ${i}: ${c.in.z.re.length} zeros, ${c.in.p.re.length} poles`, () => {
      const r = zpk2tf(fromJson(c.in.z), fromJson(c.in.p), c.in.k);
      expectClose(r.b, c.b, { rtol: 1e-12, atol: 1e-15, label: 'b' });
      expectClose(r.a, c.a, { rtol: 1e-12, atol: 1e-15, label: 'a' });
    });
  }
  it('accepts plain numbers as real roots', () => {
    const r = zpk2tf([-1], [0.5], 0.25);
    expect(Array.from(r.b)).toEqual([0.25, 0.25]);
    expect(Array.from(r.a)).toEqual([1, -0.5]);
  });
  it('rejects a complex zero without its conjugate', () => {
    expect(() => zpk2tf([{ re: 0, im: 1 }], [], 1)).toThrow(/zpk2tf: z must consist of real values and complex-conjugate pairs/);
  });
});
