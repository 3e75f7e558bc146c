import { expectClose, loadFixture, maxRelError } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { type ExtensionMode, upfirdn } from './upfirdn';

type Vec = number[];
interface Case {
  h: Vec;
  x: Vec | Vec[];
  up: number;
  down: number;
  mode: ExtensionMode;
  cval: number;
  y: Vec | Vec[];
}
const fx = loadFixture<{ upfirdn: Case[] }>('../../fixtures/multirate.json', import.meta.url);
const multi = (v: Vec | Vec[]): v is Vec[] => Array.isArray(v[0]);

describe('upfirdn against scipy.signal.upfirdn', () => {
  const groups = new Map<string, Case[]>();
  for (const c of fx.upfirdn) {
    const key = multi(c.x) ? 'several channels' : c.mode === 'constant' && c.cval === 0 ? `len(h) ${c.h.length}` : `mode ${c.mode}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [key, cases] of groups) {
    it(`${key}: ${cases.length} cases (all up/down pairs, short and long x), 1e-10 relative`, () => {
      let worst = 0;
      for (const c of cases) {
        const label = `h ${c.h.length}, x ${c.x.length}, ${c.up}/${c.down}, ${c.mode}`;
        const got = multi(c.x) ? upfirdn(c.h, c.x, c.up, c.down, { mode: c.mode, cval: c.cval }) : [upfirdn(c.h, c.x, c.up, c.down, { mode: c.mode, cval: c.cval })];
        const want = (multi(c.y) ? c.y : [c.y]) as Vec[];
        expect(got.length).toBe(want.length);
        want.forEach((w, i) => {
          const peak = Math.max(...w.map(Math.abs));
          expectClose(got[i]!, w, { rtol: 1e-10, atol: 1e-14 * peak, label });
          worst = Math.max(worst, maxRelError(got[i]!, w));
        });
      }
      expect(worst).toBeLessThan(1e-13);
    });
  }
});

describe('upfirdn: examples and errors', () => {
  it("scipy's doc examples", () => {
    expect(Array.from(upfirdn([1, 1, 1], [1, 1, 1]))).toEqual([1, 2, 3, 2, 1]);
    expect(Array.from(upfirdn([1], [1, 2, 3], 3))).toEqual([1, 0, 0, 2, 0, 0, 3]);
    expect(Array.from(upfirdn([1, 1, 1], [1, 2, 3], 3))).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3]);
    expect(Array.from(upfirdn([0.5, 1, 0.5], [1, 1, 1], 2))).toEqual([0.5, 1, 1, 1, 1, 1, 0.5]);
    expect(Array.from(upfirdn([1], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 1, 3))).toEqual([0, 3, 6, 9]);
    expect(Array.from(upfirdn([0.5, 1, 0.5], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 2, 3))).toEqual([0, 1, 2.5, 4, 5.5, 7, 8.5]);
  });
  it('names the parameter and the value', () => {
    expect(() => upfirdn([], [1])).toThrow(/upfirdn: h must not be empty/);
    expect(() => upfirdn([1], [1], 0)).toThrow(/upfirdn: up must be an integer ≥ 1, got 0/);
    expect(() => upfirdn([1], [1], 1, 2.5)).toThrow(/upfirdn: down must be an integer ≥ 1, got 2.5/);
    expect(() => upfirdn([1], [])).toThrow(/upfirdn: x must not be empty/);
    expect(() => upfirdn([1], [1], 1, 1, { mode: 'mirror' as ExtensionMode })).toThrow(/upfirdn: options.mode must be one of .*got "mirror"/);
    for (const mode of ['reflect', 'antireflect', 'smooth'] as const) {
      expect(() => upfirdn([1], [1], 1, 1, { mode })).toThrow(new RegExp(`upfirdn: mode '${mode}' needs at least 2 samples, got x of length 1`));
    }
    expect(() => upfirdn([1], [[1, 2], [3]])).toThrow(/upfirdn: x\[1\] has length 1, x\[0\] has length 2/);
    expect(() => upfirdn([1, Number.NaN], [1])).toThrow(/upfirdn: h\[1\] must be a finite number, got NaN/);
    expect(() => upfirdn([1], [1, null as unknown as number])).toThrow(/upfirdn: x\[1\] must be a number, got null/);
  });
  it('propagates NaN in x to the outputs that use it', () => {
    const y = upfirdn([1, 1], [1, Number.NaN, 1, 1]);
    expect(Array.from(y).map(Number.isNaN)).toEqual([false, true, true, false, false]);
  });
});
