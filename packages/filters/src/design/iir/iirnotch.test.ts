import { expectClose } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { audioFixture as fx, gainDbAt } from '../../../test/support/iir/audioFixture';
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
  it('rejects w0 outside (0, fs/2]', () => {
    expect(() => iirnotch(0, 30, 48000)).toThrow(/iirnotch: w0 must lie in \(0, fs\/2\] \(fs\/2 = 24000\), got 0/);
    expect(() => iirnotch(24000.5, 30, 48000)).toThrow(RangeError);
  });
  // regression (verifier sweep): scipy accepts w0 = Nyquist, which is a proper notch (double zero at z = −1);
  // expected values are scipy.signal.iirnotch(1.0, 30.0) (also in fixtures/iir_sweep.json, notchPeak).
  it('accepts a notch at Nyquist as scipy does', () => {
    const n = iirnotch(1, 30);
    expectClose(n.b, [0.9502020221489199, 1.9004040442978398, 0.9502020221489199], { rtol: 1e-14, label: 'b' });
    expectClose(n.a, [1, 1.9004040442978398, 0.9004040442978398], { rtol: 1e-14, label: 'a' });
    expect(gainDbAt(n.b, n.a, 0, 2)).toBeCloseTo(0, 10);
  });
  // regression (verifier sweep): with Q ≤ w0/(fs/2) the bandwidth passes Nyquist, tan(bw/2) ≤ 0 and scipy returns an
  // unstable filter (iirnotch(0.9, 0.5): a = [1, 2.82, 1.96], pole radius √1.96 = 1.4); rxdsp rejects Q there.
  it('rejects a Q whose bandwidth passes Nyquist (scipy returns an unstable filter)', () => {
    expect(() => iirnotch(0.9, 0.5)).toThrow(/iirnotch: Q must exceed w0\/\(fs\/2\) = 0.9 .*got 0.5/);
    expect(() => iirnotch(12000, 0.5, 48000)).toThrow(RangeError);
    const ok = iirnotch(12000, 0.51, 48000);
    expect(Math.abs(ok.a[2] as number)).toBeLessThan(1);
  });
});

