import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { sosfreqz } from './sosfreqz';
import { tf2sos } from './tf2sos';
import { CONVERSIONS, type ConversionsFixture } from '../../../test/support/iir/testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

describe('tf2sos (scipy fixtures)', () => {
  for (const c of fx.tf2sos) {
    it(`${c.name}: same number of sections and the same response`, () => {
      // the roots come from eigenvalues (scipy: LAPACK, here: ml-matrix), so the coefficients agree to root accuracy
      const r = tf2sos(c.b, c.a);
      expect(r.length).toBe(c.sos.length);
      const mine = sosfreqz(r, 512);
      const ref = sosfreqz(c.sos, 512);
      let peak = 0;
      for (let i = 0; i < 512; i++) peak = Math.max(peak, Math.hypot(ref.h.re[i] as number, ref.h.im[i] as number));
      expectClose(mine.h.re, ref.h.re, { rtol: 0, atol: 1e-9 * peak, label: 'h.re' });
      expectClose(mine.h.im, ref.h.im, { rtol: 0, atol: 1e-9 * peak, label: 'h.im' });
    });
  }
  // regression (verifier sweep): errors raised by the conversions tf2sos delegates to named tf2zpk / zpk2sos
  it('names tf2sos (not the functions it delegates to) in its errors', () => {
    expect(() => tf2sos([], [1])).toThrow(/^tf2sos: b must not be empty/);
    expect(() => tf2sos([1, 2], [0, 0])).toThrow(/^tf2sos: a must have at least one non-zero coefficient/);
    expect(() => tf2sos([1, 2], [1, 0.5], { pairing: 'foo' as 'nearest' })).toThrow(/^tf2sos: pairing must be one of/);
  });
});
