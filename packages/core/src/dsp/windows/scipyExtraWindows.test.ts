import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture, maxRelError } from '@rxdsp/test-utils';
import { barthann } from './barthann';
import { bohman } from './bohman';
import { chebwin } from './chebwin';
import { cosine } from './cosine';
import { exponential } from './exponential';
import { generalCosine } from './generalCosine';
import { generalGaussian } from './generalGaussian';
import { generalHamming } from './generalHamming';
import { kaiserBesselDerived } from './kaiserBesselDerived';
import { lanczos } from './lanczos';
import { nuttall } from './nuttall';
import { parzen } from './parzen';
import { taylor } from './taylor';

// Golden vectors: packages/core/fixtures/gen_windows_scipy_extra.py (scipy.signal.windows).
type Param = number | boolean | null | number[];
interface WindowCase {
  name: string;
  params: Param[];
  n: number;
  sym: boolean;
  w: number[];
}
const fixture = loadFixture<{ windows: WindowCase[] }>('../../../fixtures/windows_scipy_extra.json', import.meta.url);

const num = (p: Param | undefined): number => p as number;
const MAKE: Record<string, (n: number, p: Param[], sym: boolean) => Float64Array> = {
  nuttall: (n, _p, sym) => nuttall(n, { sym }),
  lanczos: (n, _p, sym) => lanczos(n, { sym }),
  cosine: (n, _p, sym) => cosine(n, { sym }),
  barthann: (n, _p, sym) => barthann(n, { sym }),
  bohman: (n, _p, sym) => bohman(n, { sym }),
  parzen: (n, _p, sym) => parzen(n, { sym }),
  chebwin: (n, p, sym) => chebwin(n, num(p[0]), { sym }),
  generalHamming: (n, p, sym) => generalHamming(n, num(p[0]), { sym }),
  generalCosine: (n, p, sym) => generalCosine(n, p[0] as number[], { sym }),
  generalGaussian: (n, p, sym) => generalGaussian(n, num(p[0]), num(p[1]), { sym }),
  exponential: (n, p, sym) => exponential(n, { sym, tau: num(p[1]), ...(p[0] === null ? {} : { center: num(p[0]) }) }),
  taylor: (n, p, sym) => taylor(n, { nbar: num(p[0]), sllDb: num(p[1]), norm: p[2] as boolean, sym }),
  kaiserBesselDerived: (n, p, sym) => kaiserBesselDerived(n, num(p[0]), { sym }),
};

// Windows peak at (about) 1, so an absolute bound of 1e-12 is a relative bound on the window; values far below
// the peak (chebwin's and taylor's tails, the exponential's) are also held to rtol 1e-10.
describe('new windows against scipy.signal.windows', () => {
  const names = [...new Set(fixture.windows.map((c) => c.name))];
  it('covers every new window', () => expect(names.sort()).toEqual(Object.keys(MAKE).sort()));
  for (const name of names) {
    const cases = fixture.windows.filter((c) => c.name === name);
    it(`${name}: ${cases.length} cases (sym/periodic, n = 0 … 101, parameter edge values) within atol 1e-12, rtol 1e-10`, () => {
      let worst = 0;
      for (const c of cases) {
        const label = `${name}(${c.n}, ${JSON.stringify(c.params)}, sym=${c.sym})`;
        const w = MAKE[name]!(c.n, c.params, c.sym);
        expect(w).toBeInstanceOf(Float64Array);
        expectClose(w, c.w, { rtol: 1e-10, atol: 1e-12, label });
        worst = Math.max(worst, maxRelError(w, c.w));
      }
      console.info(`worst error vs scipy, ${name}: ${worst.toExponential(2)} (relative to the peak)`);
    });
  }
});

describe('new windows: properties', () => {
  it('symmetric forms are symmetric; periodic = symmetric n+1 minus last sample', () => {
    const fs: Array<(n: number, sym: boolean) => Float64Array> = [
      (n, sym) => nuttall(n, { sym }),
      (n, sym) => chebwin(n, 80, { sym }),
      (n, sym) => taylor(n, { sym }),
      (n, sym) => generalGaussian(n, 1.5, 3, { sym }),
      (n, sym) => parzen(n, { sym }),
      (n, sym) => lanczos(n, { sym }),
    ];
    for (const f of fs) {
      for (const n of [6, 7, 32, 33]) {
        const s = f(n, true);
        for (let i = 0; i < n; i++) expect(Math.abs(s[i]! - s[n - 1 - i]!)).toBeLessThan(1e-14);
        expectClose(f(n, false), f(n + 1, true).slice(0, n), { rtol: 0, atol: 0 });
      }
    }
  });
  it('kaiserBesselDerived meets the Princen–Bradley condition w[i]² + w[i + n/2]² = 1', () => {
    const w = kaiserBesselDerived(128, 6);
    for (let i = 0; i < 64; i++) expect(Math.abs(w[i]! ** 2 + w[i + 64]! ** 2 - 1)).toBeLessThan(1e-14);
  });
  it('generalHamming(0.54) is Hamming; generalCosine([0.5, 0.5]) is Hann', async () => {
    const { hamming } = await import('./hamming');
    const { hann } = await import('./hann');
    expectClose(generalHamming(33, 0.54), hamming(33), { rtol: 0, atol: 1e-15 });
    expectClose(generalCosine(33, [0.5, 0.5], { sym: false }), hann(33, { sym: false }), { rtol: 0, atol: 0 });
  });
});

describe('new windows: bad input names the function, the parameter and the value', () => {
  it('lengths', () => {
    expect(() => nuttall(-1)).toThrow(/nuttall: n must be an integer ≥ 0, got -1/);
    expect(() => chebwin(2.5, 50)).toThrow(/chebwin: n/);
    expect(() => kaiserBesselDerived(7, 2)).toThrow(/kaiserBesselDerived: n must be even, got 7/);
  });
  it('parameters', () => {
    expect(() => chebwin(8, Number.NaN)).toThrow(/chebwin: at must be a finite number/);
    expect(() => generalGaussian(8, -1, 2)).toThrow(/generalGaussian: p must be ≥ 0 .* got -1/);
    expect(() => generalGaussian(8, 1, 0)).toThrow(/generalGaussian: sig must be > 0 .* got 0/);
    expect(() => generalHamming(8, Number.POSITIVE_INFINITY)).toThrow(/generalHamming: alpha/);
    expect(() => generalCosine(8, [])).toThrow(/generalCosine: a must hold at least one weight/);
    expect(() => generalCosine(8, [1, Number.NaN])).toThrow(/generalCosine: a\[1\] must be a finite number, got NaN/);
    expect(() => exponential(8, { tau: 0 })).toThrow(/exponential: tau must be > 0 .* got 0/);
    expect(() => exponential(8, { center: 1 })).toThrow(/exponential: center may only be given for the periodic window/);
    expect(() => taylor(8, { nbar: 0 })).toThrow(/taylor: nbar must be an integer ≥ 1 .* got 0/);
    expect(() => taylor(8, { sllDb: -3 })).toThrow(/taylor: sllDb must be ≥ 0 .* got -3/);
    expect(() => kaiserBesselDerived(8, 2, { sym: false })).toThrow(/kaiserBesselDerived: the window is only defined in its symmetric form/);
  });
});
