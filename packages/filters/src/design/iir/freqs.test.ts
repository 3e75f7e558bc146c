import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { freqs } from './freqs';

// Golden vectors: packages/filters/fixtures/gen_scipy_extra.py (scipy.signal.freqs).
interface Case {
  name: string;
  b: number[];
  a: number[];
  worN: number | number[];
  w: number[];
  h: { re: number[]; im: number[] };
}
const fx = loadFixture<{ freqs: Case[] }>('../../../fixtures/scipy_extra.json', import.meta.url);

// The default grid comes from the roots of b and a (numpy's companion-matrix eigenvalues here, LAPACK in scipy) only
// through a rounded decade, so it matches exactly; the response is compared relative to its peak magnitude.
describe('freqs against scipy.signal.freqs', () => {
  it(`${fx.freqs.length} cases: analog butter/cheby1/ellip/bessel, integrator, constant; default grid (200, 7, 1) and explicit ω`, () => {
    let worst = 0;
    for (const c of fx.freqs) {
      const { w, h } = freqs(c.b, c.a, c.worN);
      const label = `freqs(${c.name}, worN=${JSON.stringify(c.worN)})`;
      expectClose(w, c.w, { rtol: 1e-13, atol: 0, label: `${label} w` });
      const peak = Math.max(...c.h.re.map((r, i) => Math.hypot(r, c.h.im[i]!)));
      expectClose(h.re, c.h.re, { rtol: 1e-10, atol: 1e-13 * peak, label: `${label} re` });
      expectClose(h.im, c.h.im, { rtol: 1e-10, atol: 1e-13 * peak, label: `${label} im` });
      for (let i = 0; i < w.length; i++) {
        worst = Math.max(worst, Math.hypot(h.re[i]! - c.h.re[i]!, h.im[i]! - c.h.im[i]!) / Math.max(Math.hypot(c.h.re[i]!, c.h.im[i]!), 1e-300));
      }
    }
    console.info(`worst error vs scipy, freqs: ${worst.toExponential(2)} (relative, per point)`);
  });
  it('rejects bad input naming the parameter', () => {
    expect(() => freqs([], [1])).toThrow(/freqs: b must not be empty/);
    expect(() => freqs([1], [1, Number.NaN])).toThrow(/freqs: a\[1\] must be a finite number, got NaN/);
    expect(() => freqs([1], [1, 1], -3)).toThrow(/freqs: worN must be an integer ≥ 0, got -3/);
  });
});
