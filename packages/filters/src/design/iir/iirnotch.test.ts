import { expectClose } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { audioFixture as fx, gainDbAt } from './audioFixture';
import { freqz } from './freqz';
import { iirnotch } from './iirnotch';

describe('iirnotch (scipy fixtures)', () => {
  for (const c of fx.notchPeak) {
    it(`w0 = ${c.w0}, Q = ${c.Q}, fs = ${c.fs}`, () => {
      const n = iirnotch(c.w0, c.Q, c.fs);
      expectClose(n.b, c.notch.b, { rtol: 1e-14, atol: 1e-16, label: 'notch b' });
      expectClose(n.a, c.notch.a, { rtol: 1e-14, atol: 1e-16, label: 'notch a' });
      // the notch has a zero on the unit circle at w0
      const nf = freqz(n.b, n.a, [c.w0], { fs: c.fs }).h;
      // (|b| ≈ 1 with b1 = −2cos ω0 cancelling: rounding leaves ~1e−10 at 50 Hz / 48 kHz)
      expect(Math.hypot(nf.re[0] as number, nf.im[0] as number)).toBeLessThan(1e-9);
      // and unity gain at DC and Nyquist
      expect(gainDbAt(n.b, n.a, 0, c.fs)).toBeCloseTo(0, 10);
      expect(gainDbAt(n.b, n.a, c.fs / 2, c.fs)).toBeCloseTo(0, 9);
    });
  }
  it('rejects w0 outside (0, Nyquist)', () => {
    expect(() => iirnotch(0, 30, 48000)).toThrow(/iirnotch: w0 must lie strictly between 0 and Nyquist \(fs\/2 = 24000\), got 0/);
    expect(() => iirnotch(24000, 30, 48000)).toThrow(RangeError);
  });
});

