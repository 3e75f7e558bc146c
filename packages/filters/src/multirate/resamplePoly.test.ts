import type { WindowSpec } from '@rxdsp/core';
import { expectClose, loadFixture, maxRelError } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { type ResamplePadtype, resamplePoly } from './resamplePoly';

type Vec = number[];
interface Case {
  name: string;
  x: Vec | Vec[];
  up: number;
  down: number;
  padtype: ResamplePadtype;
  window?: string | [string, number] | Vec;
  cval?: number;
  y: Vec | Vec[];
}
const fx = loadFixture<{ resample_poly: Case[] }>('../../fixtures/multirate.json', import.meta.url);
const multi = (v: Vec | Vec[]): v is Vec[] => Array.isArray(v[0]);

function run(c: Case): Float64Array[] {
  const opts: { window?: WindowSpec | Vec; padtype: ResamplePadtype; cval?: number } = { padtype: c.padtype };
  if (c.window !== undefined) opts.window = c.window as WindowSpec | Vec;
  if (c.cval !== undefined) opts.cval = c.cval;
  return multi(c.x) ? resamplePoly(c.x, c.up, c.down, opts) : [resamplePoly(c.x, c.up, c.down, opts)];
}

describe('resamplePoly against scipy.signal.resample_poly', () => {
  const groups = new Map<string, Case[]>();
  for (const c of fx.resample_poly) {
    const key = c.name.startsWith('default window') ? `default window, len(x) ${c.x.length}` : c.name.startsWith('padtype') ? `padtype ${c.padtype}` : 'windows, explicit filters, 44.1/48 kHz, channels';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [key, cases] of groups) {
    it(`${key}: ${cases.length} cases, 1e-10 relative`, () => {
      let worst = 0;
      for (const c of cases) {
        const got = run(c);
        const want = (multi(c.y) ? c.y : [c.y]) as Vec[];
        expect(got.length).toBe(want.length);
        want.forEach((w, i) => {
          const peak = Math.max(...w.map(Math.abs));
          expectClose(got[i]!, w, { rtol: 1e-10, atol: 1e-13 * peak, label: c.name });
          worst = Math.max(worst, maxRelError(got[i]!, w));
        });
      }
      expect(worst).toBeLessThan(1e-12);
    });
  }
});

describe('resamplePoly: behaviour and errors', () => {
  it('44.1 kHz → 48 kHz keeps a 1 kHz tone in phase (no delay) with the length ⌈n·up/down⌉', () => {
    const x = Float64Array.from({ length: 4410 }, (_, n) => Math.sin((2 * Math.PI * 1000 * n) / 44100));
    const y = resamplePoly(x, 160, 147);
    expect(y.length).toBe(4800);
    let err = 0;
    for (let n = 500; n < 4300; n++) err = Math.max(err, Math.abs((y[n] as number) - Math.sin((2 * Math.PI * 1000 * n) / 48000)));
    expect(err).toBeLessThan(2e-3); // the kaiser(5) design's passband ripple at 1 kHz
  });
  it('returns a copy when up = down', () => {
    const x = [1, 2, 3];
    const y = resamplePoly(x, 4, 4);
    expect(Array.from(y)).toEqual(x);
  });
  it('names the parameter and the value', () => {
    expect(() => resamplePoly([1, 2], 0, 1)).toThrow(/resamplePoly: up must be an integer ≥ 1, got 0/);
    expect(() => resamplePoly([1, 2], 1, 1.5)).toThrow(/resamplePoly: down must be an integer ≥ 1, got 1.5/);
    expect(() => resamplePoly([1, 2], 3, 2, { padtype: 'mean', cval: 1 })).toThrow(/resamplePoly: options.cval has no effect with padtype "mean"/);
    expect(() => resamplePoly([1, 2], 3, 2, { padtype: 'odd' as ResamplePadtype })).toThrow(/resamplePoly: options.padtype must be one of .*got "odd"/);
    expect(() => resamplePoly([1], 3, 2, { padtype: 'antireflect' })).toThrow(/resamplePoly: mode 'antireflect' needs at least 2 samples, got x of length 1/);
    expect(() => resamplePoly([1], 3, 2, { padtype: 'smooth' })).toThrow(/resamplePoly: mode 'smooth' needs at least 2 samples, got x of length 1/);
    expect(() => resamplePoly([1, 2], 3, 2, { window: 'nope' })).toThrow(/resamplePoly: window: .*nope/);
    expect(() => resamplePoly([1, 2], 3, 2, { window: [] })).toThrow(/resamplePoly: options.window must not be empty/);
    expect(() => resamplePoly([], 3, 2)).toThrow(/resamplePoly: x must not be empty/);
  });
});
