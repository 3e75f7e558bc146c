import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { dpss, type DpssNorm } from './dpss';

// Golden vectors: packages/core/fixtures/gen_windows_scipy_extra.py (scipy.signal.windows.dpss, which solves the
// tridiagonal eigenproblem with LAPACK; rxdsp uses bisection and inverse iteration).
interface DpssCase {
  n: number;
  nw: number;
  sym: boolean;
  norm: DpssNorm | null;
  kmax: number | null;
  w: number[][];
  ratios: number[];
}
const fixture = loadFixture<{ dpss: DpssCase[] }>('../../../fixtures/windows_scipy_extra.json', import.meta.url);

function run(c: DpssCase): { windows: Float64Array[]; ratios: number[] } {
  const base = { sym: c.sym, ...(c.norm === null ? {} : { norm: c.norm }) };
  if (c.kmax === null) {
    const r = dpss(c.n, c.nw, { ...base, returnRatios: true });
    return { windows: [r.windows], ratios: [r.ratios] };
  }
  const r = dpss(c.n, c.nw, { ...base, kmax: c.kmax, returnRatios: true });
  return { windows: r.windows, ratios: Array.from(r.ratios) };
}

// Tolerance: the tapers are eigenvectors; their error is about ε·‖T‖/gap, ‖T‖ ≈ n²/4 and the gaps between the
// wanted eigenvalues of order n, so ≈ n·ε. Bound: 1e-10 relative to each taper's peak (atol 1e-10·peak), which
// holds with margin up to n = 1000; the worst figure is printed.
describe('dpss against scipy.signal.windows.dpss', () => {
  const groups: Array<[string, (c: DpssCase) => boolean]> = [
    ['single windows, every norm', (c) => c.kmax === null],
    ['multi-taper lists with ratios, n ≤ 101', (c) => c.kmax !== null && c.n <= 101],
    ['every taper of small matrices, 10 tapers of n = 1000, NW = 60 of n = 256', (c) => c.kmax !== null && (c.n > 101 || c.kmax === c.n)],
  ];
  for (const [title, pick] of groups) {
    const cases = fixture.dpss.filter(pick);
    it(`${title}: ${cases.length} cases within 1e-10 of the peak`, () => {
      let worst = 0;
      let worstRatio = 0;
      for (const c of cases) {
        const label = `dpss(${c.n}, ${c.nw}, kmax=${c.kmax}, sym=${c.sym}, norm=${c.norm})`;
        const got = run(c);
        expect(got.windows.length, label).toBe(c.w.length);
        c.w.forEach((expected, k) => {
          let peak = 0;
          for (const v of expected) peak = Math.max(peak, Math.abs(v));
          const actual = got.windows[k]!;
          expectClose(actual, expected, { rtol: 0, atol: 1e-10 * peak, label: `${label} taper ${k}` });
          for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!) / peak);
        });
        expectClose(got.ratios, c.ratios, { rtol: 1e-10, atol: 1e-13, label: `${label} ratios` });
        for (let k = 0; k < c.ratios.length; k++) worstRatio = Math.max(worstRatio, Math.abs(got.ratios[k]! - c.ratios[k]!));
      }
      console.info(`worst error vs scipy, dpss (${title}): ${worst.toExponential(2)} of the peak; ratios ${worstRatio.toExponential(2)}`);
    });
  }
});

describe('dpss properties and options', () => {
  it('unit-energy tapers (norm 2) are orthonormal', () => {
    const tapers = dpss(200, 3.5, { kmax: 6 });
    for (let a = 0; a < 6; a++) {
      for (let b = 0; b < 6; b++) {
        let s = 0;
        for (let i = 0; i < 200; i++) s += tapers[a]![i]! * tapers[b]![i]!;
        expect(Math.abs(s - (a === b ? 1 : 0))).toBeLessThan(1e-12);
      }
    }
  });
  it('a single window is the first taper, peak-normalised', () => {
    const single = dpss(65, 3);
    const first = dpss(65, 3, { kmax: 3, norm: 'approximate' })[0]!;
    expectClose(single, first, { rtol: 0, atol: 1e-15 });
    expect(Math.max(...single)).toBe(1);
  });
  it('lengths 0 and 1 give all-ones windows', () => {
    expect(Array.from(dpss(1, 0.3))).toEqual([1]);
    expect(dpss(0, 1).length).toBe(0);
    expect(dpss(1, 0.3, { kmax: 1 }).map((t) => Array.from(t))).toEqual([[1]]);
  });
  it('rejects bad parameters naming them', () => {
    expect(() => dpss(16, 8)).toThrow(/dpss: nw must lie in \(0, n\/2\) = \(0, 8\), got 8/);
    expect(() => dpss(16, 0)).toThrow(/dpss: nw must lie in/);
    expect(() => dpss(16, Number.NaN)).toThrow(/dpss: nw must be a finite number/);
    expect(() => dpss(16, 2, { kmax: 17 })).toThrow(/dpss: kmax must be an integer from 1 to n = 16 .* got 17/);
    expect(() => dpss(16, 2, { kmax: 0 })).toThrow(/dpss: kmax/);
    expect(() => dpss(16, 2, { norm: 1 as unknown as DpssNorm })).toThrow(/dpss: norm must be 2, 'approximate' or 'subsample', got 1/);
    expect(() => dpss(-2, 2)).toThrow(/dpss: n must be an integer ≥ 0, got -2/);
  });
});
