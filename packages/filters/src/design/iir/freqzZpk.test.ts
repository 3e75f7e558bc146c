import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import type { Complex } from './complex';
import { freqzZpk } from './freqzZpk';

// Golden vectors: packages/filters/fixtures/gen_scipy_extra.py (scipy.signal.freqz_zpk).
interface Case {
  name: string;
  z: { re: number[]; im: number[] };
  p: { re: number[]; im: number[] };
  k: number;
  worN: number | number[];
  options: { fs?: number; whole?: boolean };
  w: number[];
  h: { re: number[]; im: number[] };
}
const fx = loadFixture<{ freqzZpk: Case[] }>('../../../fixtures/scipy_extra.json', import.meta.url);
const list = (c: { re: number[]; im: number[] }): Complex[] => c.re.map((re, i) => ({ re, im: c.im[i]! }));

// Points on a zero give |H| ≈ 1e-17 (rounding of cos/sin): compared with an absolute bound of 1e-13 of the peak.
describe('freqzZpk against scipy.signal.freqz_zpk', () => {
  it(`${fx.freqzZpk.length} cases: butter, ellip bandpass, cheby1 in Hz, FIR zeros, a real pole; worN 512/9/1/array; whole; fs`, () => {
    let worst = 0;
    for (const c of fx.freqzZpk) {
      const { w, h } = freqzZpk(list(c.z), list(c.p), c.k, c.worN, c.options);
      const label = `freqzZpk(${c.name}, worN=${JSON.stringify(c.worN)}, ${JSON.stringify(c.options)})`;
      expectClose(w, c.w, { rtol: 1e-14, atol: 1e-14, label: `${label} w` });
      const peak = Math.max(...c.h.re.map((r, i) => Math.hypot(r, c.h.im[i]!)));
      expectClose(h.re, c.h.re, { rtol: 1e-10, atol: 1e-13 * peak, label: `${label} re` });
      expectClose(h.im, c.h.im, { rtol: 1e-10, atol: 1e-13 * peak, label: `${label} im` });
      for (let i = 0; i < w.length; i++) {
        worst = Math.max(worst, Math.hypot(h.re[i]! - c.h.re[i]!, h.im[i]! - c.h.im[i]!) / peak);
      }
    }
    console.info(`worst error vs scipy, freqzZpk: ${worst.toExponential(2)} of the peak magnitude`);
  });
  it('rejects bad input naming the parameter', () => {
    expect(() => freqzZpk([], [], 1, 8, { fs: 0 })).toThrow(/freqzZpk: fs must be a finite number > 0, got 0/);
    expect(() => freqzZpk([], [], 1, 2.5)).toThrow(/freqzZpk: worN must be an integer ≥ 0, got 2.5/);
  });
});
