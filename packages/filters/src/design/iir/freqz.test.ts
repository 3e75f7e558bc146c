import { expectClose } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { freqz } from './freqz';
import { opts, peak, responsesFixture as fx } from '../../../test/support/iir/responsesFixture';

describe('freqz (scipy.signal.freqz fixtures)', () => {
  for (const c of fx.freqz) {
    it(c.name, () => {
      const r = freqz(c.b, c.a, c.args.worN ?? 512, opts(c.args));
      const tol = 1e-10 * Math.max(1, peak(c.h));
      expectClose(r.w, c.w, { rtol: 1e-12, atol: 1e-12, label: 'w' });
      expectClose(r.h.re, c.h.re, { rtol: 1e-10, atol: tol, label: 'h.re' });
      expectClose(r.h.im, c.h.im, { rtol: 1e-10, atol: tol, label: 'h.im' });
    });
  }
  it('defaults: 512 points on [0, π), a = 1', () => {
    const r = freqz([1, 1]);
    expect(r.w.length).toBe(512);
    expect(r.w[1]).toBeCloseTo(Math.PI / 512, 15);
    // H(e^{jω}) = 1 + e^{−jω} → 2 at DC
    expect(r.h.re[0]).toBe(2);
  });
  it('the wholeUnitCircle alias equals whole', () => {
    const a = freqz([1, 2, 3], [1, 0.5], 16, { whole: true });
    const b = freqz([1, 2, 3], [1, 0.5], 16, { wholeUnitCircle: true });
    expect(Array.from(b.w)).toEqual(Array.from(a.w));
    expect(Array.from(b.h.re)).toEqual(Array.from(a.h.re));
  });
  it('rejects bad input naming function, parameter and value', () => {
    expect(() => freqz([1], [1], -1)).toThrow(/freqz: worN must be an integer ≥ 0, got -1/);
    expect(() => freqz([1], [1], 2.5)).toThrow(/freqz: worN must be an integer ≥ 0, got 2.5/);
    expect(() => freqz([], [1])).toThrow(/freqz: b must not be empty/);
    expect(() => freqz([1, Number.NaN])).toThrow(/freqz: b\[1\] must be a finite number, got NaN/);
    expect(() => freqz([1], [1], 8, { fs: 0 })).toThrow(RangeError);
    expect(() => freqz([1], [1], 8, { fs: 0 })).toThrow(/freqz: fs must be a finite number > 0, got 0/);
  });
});

