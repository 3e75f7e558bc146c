import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import type { Complex } from './complex';
import { freqsZpk } from './freqsZpk';

// Golden vectors: packages/filters/fixtures/gen_scipy_extra.py (scipy.signal.freqs_zpk).
interface Case {
  name: string;
  z: { re: number[]; im: number[] };
  p: { re: number[]; im: number[] };
  k: number;
  worN: number | number[];
  w: number[];
  h: { re: number[]; im: number[] };
}
const fx = loadFixture<{ freqsZpk: Case[] }>('../../../fixtures/scipy_extra.json', import.meta.url);
const list = (c: { re: number[]; im: number[] }): Complex[] => c.re.map((re, i) => ({ re, im: c.im[i]! }));

describe('freqsZpk against scipy.signal.freqs_zpk', () => {
  it(`${fx.freqsZpk.length} cases: buttap, cheby2, ellip bandstop, no poles, zero at the origin; default grid and explicit ω`, () => {
    let worst = 0;
    for (const c of fx.freqsZpk) {
      const { w, h } = freqsZpk(list(c.z), list(c.p), c.k, c.worN);
      const label = `freqsZpk(${c.name}, worN=${JSON.stringify(c.worN)})`;
      expectClose(w, c.w, { rtol: 1e-13, atol: 0, label: `${label} w` });
      // per point, relative to |H| there (the response spans many decades; the parts may be rounding-level)
      for (let i = 0; i < w.length; i++) {
        const m = Math.hypot(c.h.re[i]!, c.h.im[i]!);
        const err = Math.hypot(h.re[i]! - c.h.re[i]!, h.im[i]! - c.h.im[i]!);
        expect(err, `${label} at w = ${c.w[i]}`).toBeLessThanOrEqual(1e-10 * m);
        if (m > 0) worst = Math.max(worst, err / m);
      }
    }
    console.info(`worst error vs scipy, freqsZpk: ${worst.toExponential(2)} (relative, per point)`);
  });
  it('accepts real numbers as zeros/poles and rejects bad input', () => {
    expect(freqsZpk([-1], [-2], 1, [0]).h.re[0]).toBeCloseTo(0.5, 15);
    expect(() => freqsZpk([], [], Number.NaN)).toThrow(/freqsZpk: k must be a finite number, got NaN/);
    expect(() => freqsZpk([{ re: 1 } as unknown as Complex], [], 1)).toThrow(/freqsZpk: z\[0\] must be \{ re: number, im: number \}/);
  });
});
