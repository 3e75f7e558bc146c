import { expectClose } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { audioFixture as fx, gainDbAt } from '../../../test/support/iir/audioFixture';
import { freqz } from './freqz';
import { peaking } from './peaking';

describe('peaking (the issue formula, computed by numpy in gen_iir.py)', () => {
  for (const c of fx.peaking) {
    it(`G = ${c.G} dB, fc = ${c.fc} Hz, Q = ${c.Q}, fs = ${c.fs}`, () => {
      const r = peaking(c.G, c.fc, c.Q, c.fs);
      expectClose(r.b, c.b, { rtol: 1e-14, atol: 1e-16, label: 'b' });
      expectClose(r.a, c.a, { rtol: 1e-14, atol: 1e-16, label: 'a' });
      // |H| at fc is exactly G dB (the script asserts it for numpy too), 0 dB at DC
      expect(Math.abs(gainDbAt(r.b, r.a, c.fc, c.fs) - c.G)).toBeLessThan(1e-10);
      expect(Math.abs(gainDbAt(r.b, r.a, 0, c.fs))).toBeLessThan(1e-10);
      const mag = freqz(r.b, r.a, 256, { fs: c.fs }).h;
      expectClose(
        mag.re.map((x, i) => Math.hypot(x, mag.im[i] as number)),
        c.mag,
        { rtol: 1e-12, atol: 1e-14, label: '|H|' },
      );
    });
  }
  it('rejects fc at or past Nyquist, Q ≤ 0, non-finite gain', () => {
    expect(() => peaking(6, 24000, 1, 48000)).toThrow(/peaking: fc must lie strictly between 0 and fs\/2 = 24000 Hz, got 24000/);
    expect(() => peaking(6, 1000, -1, 48000)).toThrow(/peaking: Q must be a finite number > 0, got -1/);
    expect(() => peaking(Number.POSITIVE_INFINITY, 1000, 1, 48000)).toThrow(/peaking: gainDb must be a finite number, got Infinity/);
  });
});

