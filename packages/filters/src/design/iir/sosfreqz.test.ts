import { expectClose } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { opts, peak, responsesFixture as fx } from '../../../test/support/iir/responsesFixture';
import { sosfreqz } from './sosfreqz';

describe('sosfreqz (scipy.signal.sosfreqz fixtures)', () => {
  for (const c of fx.sosfreqz) {
    it(c.name, () => {
      const r = sosfreqz(c.sos, c.args.worN ?? 512, opts(c.args));
      const tol = 1e-10 * Math.max(1, peak(c.h));
      expectClose(r.w, c.w, { rtol: 1e-12, atol: 1e-12, label: 'w' });
      expectClose(r.h.re, c.h.re, { rtol: 1e-10, atol: tol, label: 'h.re' });
      expectClose(r.h.im, c.h.im, { rtol: 1e-10, atol: tol, label: 'h.im' });
    });
  }
  it('rejects malformed sections', () => {
    expect(() => sosfreqz([])).toThrow(/sosfreqz: sos must have at least one section/);
    expect(() => sosfreqz([[1, 2, 3, 1, 0]])).toThrow(/sosfreqz: sos\[0\] has 5 values, expected 6/);
    expect(() => sosfreqz([[1, 2, 3, 0, 0, 0]])).toThrow(/sosfreqz: sos\[0\]\[3\] \(a0\) must be non-zero/);
  });
});

