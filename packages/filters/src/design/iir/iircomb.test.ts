import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { freqz } from './freqz';
import { iircomb } from './iircomb';

// Golden vectors: packages/filters/fixtures/gen_scipy_extra.py (scipy.signal.iircomb).
interface Case {
  w0: number;
  Q: number;
  fs: number;
  ftype: 'notch' | 'peak';
  passZero: boolean;
  b: number[];
  a: number[];
}
const fx = loadFixture<{ iircomb: Case[] }>('../../../fixtures/scipy_extra.json', import.meta.url);

describe('iircomb against scipy.signal.iircomb', () => {
  it(`${fx.iircomb.length} cases: notch/peak × passZero, normalised and Hz, odd/even N, Q from 0.5 to 1e4`, () => {
    for (const c of fx.iircomb) {
      const { b, a } = iircomb(c.w0, c.Q, { ftype: c.ftype, fs: c.fs, passZero: c.passZero });
      const label = `iircomb(${c.w0}, ${c.Q}, ${c.ftype}, fs=${c.fs}, passZero=${c.passZero})`;
      expectClose(b, c.b, { rtol: 1e-13, atol: 1e-16, label: `${label} b` });
      expectClose(a, c.a, { rtol: 1e-13, atol: 1e-16, label: `${label} a` });
    }
  });
  it('notch comb (default) removes DC and the harmonics of w0, passes half-way between', () => {
    const { b, a } = iircomb(1000, 30, { fs: 8000 });
    const { h } = freqz(b, a, [0, 500, 1000, 2000], { fs: 8000 });
    const mag = h.re.map((r, i) => Math.hypot(r, h.im[i]!));
    expect(mag[0]).toBeLessThan(1e-12);
    expect(mag[2]).toBeLessThan(1e-12);
    expect(mag[1]).toBeCloseTo(1, 12);
  });
  it('rejects what scipy rejects, naming the parameter', () => {
    expect(() => iircomb(0.3, 30)).toThrow(/iircomb: fs must be an integer multiple of w0/);
    expect(() => iircomb(1, 30)).toThrow(/iircomb: w0 must lie strictly between 0 and fs\/2 = 1, got 1/);
    expect(() => iircomb(0.1, 0)).toThrow(/iircomb: Q must be a finite number > 0, got 0/);
    expect(() => iircomb(0.1, 30, { ftype: 'band' as 'notch' })).toThrow(/iircomb: ftype must be 'notch' or 'peak', got "band"/);
  });
});
