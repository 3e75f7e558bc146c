import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { bartlett } from './bartlett';
import { blackman } from './blackman';
import { blackmanharris } from './blackmanharris';
import { boxcar } from './boxcar';
import { flattop } from './flattop';
import { gaussian } from './gaussian';
import { hamming } from './hamming';
import { hann } from './hann';
import { kaiser } from './kaiser';
import { triang } from './triang';
import { tukey } from './tukey';

// Golden vectors: packages/core/fixtures/gen_windows.py (scipy.signal.windows).
interface WindowCase {
  name: string;
  n: number;
  sym: boolean;
  param?: number;
  w: number[];
}
const fixture = loadFixture<{ windows: WindowCase[] }>('../../../fixtures/windows.json', import.meta.url);

type Plain = (n: number, o?: { sym?: boolean }) => Float64Array;
type WithParam = (n: number, p: number, o?: { sym?: boolean }) => Float64Array;
const PLAIN: Record<string, Plain> = { boxcar, triang, bartlett, hann, hamming, blackman, blackmanharris, flattop };
const WITH_PARAM: Record<string, WithParam> = { kaiser, gaussian, tukey };

describe('window functions against scipy.signal.windows', () => {
  const names = [...new Set(fixture.windows.map((c) => c.name))];
  it('covers every window of the fixture', () => {
    expect(names.sort()).toEqual([...Object.keys(PLAIN), ...Object.keys(WITH_PARAM)].sort());
  });
  for (const name of names) {
    const cases = fixture.windows.filter((c) => c.name === name);
    it(`${name}: ${cases.length} cases (sym/periodic, n = 0 … 101${cases[0]?.param !== undefined ? ', several parameters' : ''}) within 1e-12`, () => {
      for (const c of cases) {
        const label = `${name}(${c.n}${c.param !== undefined ? `, ${c.param}` : ''}, sym=${c.sym})`;
        const w = c.param === undefined ? PLAIN[name]!(c.n, { sym: c.sym }) : WITH_PARAM[name]!(c.n, c.param, { sym: c.sym });
        expect(w).toBeInstanceOf(Float64Array);
        expectClose(w, c.w, { rtol: 0, atol: 1e-12, label });
      }
    });
  }
});

describe('window invariants', () => {
  const all: Array<[string, (n: number, sym: boolean) => Float64Array]> = [
    ...Object.entries(PLAIN).map(([k, f]) => [k, (n: number, sym: boolean) => f(n, { sym })] as [string, (n: number, sym: boolean) => Float64Array]),
    ['kaiser', (n, sym) => kaiser(n, 6, { sym })],
    ['gaussian', (n, sym) => gaussian(n, 3, { sym })],
    ['tukey', (n, sym) => tukey(n, 0.4, { sym })],
  ];
  for (const [name, f] of all) {
    it(`${name}: symmetric form is symmetric; periodic form is the symmetric n+1 window minus its last sample`, () => {
      for (const n of [6, 7, 32, 33]) {
        const s = f(n, true);
        for (let i = 0; i < n; i++) expect(Math.abs(s[i]! - s[n - 1 - i]!)).toBeLessThan(1e-15);
        expectClose(f(n, false), f(n + 1, true).slice(0, n), { rtol: 0, atol: 0, label: `${name} periodic` });
      }
    });
  }
  it('default is the symmetric form', () => {
    expectClose(hann(9), hann(9, { sym: true }), { rtol: 0, atol: 0 });
    expectClose(kaiser(9, 3), kaiser(9, 3, { sym: true }), { rtol: 0, atol: 0 });
    expectClose(tukey(9), tukey(9, 0.5, { sym: true }), { rtol: 0, atol: 0 });
  });
});

describe('window bad input', () => {
  it('rejects a length that is not a non-negative integer, naming function and value', () => {
    expect(() => hann(-1)).toThrow(RangeError);
    expect(() => hann(2.5)).toThrow(/hann: n must be an integer ≥ 0, got 2.5/);
    expect(() => kaiser(Number.NaN, 2)).toThrow(/kaiser: n/);
    expect(() => triang(-3)).toThrow(RangeError);
    expect(() => boxcar(1.5)).toThrow(/boxcar: n/);
  });
  it('rejects invalid parameters', () => {
    expect(() => kaiser(8, Number.POSITIVE_INFINITY)).toThrow(/kaiser: beta must be a finite number/);
    expect(() => gaussian(8, 0)).toThrow(/gaussian: std must be > 0/);
    expect(() => gaussian(8, -2)).toThrow(RangeError);
    expect(() => tukey(8, Number.NaN)).toThrow(/tukey: alpha/);
  });
});
