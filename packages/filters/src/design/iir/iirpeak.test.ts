import { expectClose } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { audioFixture as fx, gainDbAt } from '../../../test/support/iir/audioFixture';
import { iirpeak } from './iirpeak';

describe('iirpeak (scipy fixtures)', () => {
  for (const c of fx.notchPeak) {
    it(`w0 = ${c.w0}, Q = ${c.Q}, fs = ${c.fs}: coefficients and unity gain at w0`, () => {
      const p = iirpeak(c.w0, c.Q, c.fs);
      expectClose(p.b, c.peak.b, { rtol: 1e-14, atol: 1e-16, label: 'peak b' });
      expectClose(p.a, c.peak.a, { rtol: 1e-14, atol: 1e-16, label: 'peak a' });
      expect(gainDbAt(p.b, p.a, c.w0, c.fs)).toBeCloseTo(0, 10);
    });
  }
  it('rejects Q ≤ 0 and w0 outside (0, Nyquist)', () => {
    expect(() => iirpeak(0.5, 0)).toThrow(/iirpeak: Q must be a finite number > 0, got 0/);
    expect(() => iirpeak(1.2, 10)).toThrow(/iirpeak: w0 must lie in \(0, fs\/2\] \(fs\/2 = 1\), got 1.2/);
    // regression (verifier sweep): Q ≤ w0/(fs/2) gives scipy's unstable peak (pole radius² 2·gain − 1 ≥ 1)
    expect(() => iirpeak(0.5, 0.4)).toThrow(/iirpeak: Q must exceed w0\/\(fs\/2\) = 0.5/);
    // w0 = Nyquist is accepted as by scipy: unity gain at fs/2
    const p = iirpeak(1, 20);
    expect(gainDbAt(p.b, p.a, 1, 2)).toBeCloseTo(0, 10);
  });
});
