import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { freqz } from './freqz';
import { groupDelay } from './groupDelay';
import { sosfreqz } from './sosfreqz';

interface Cplx {
  re: number[];
  im: number[];
}
interface FreqzCase {
  name: string;
  b: number[];
  a: number[];
  args: { worN?: number | number[]; whole?: boolean; include_nyquist?: boolean; fs?: number };
  w: number[];
  h: Cplx;
}
interface SosCase {
  name: string;
  sos: number[][];
  args: { worN?: number | number[]; whole?: boolean; fs?: number };
  w: number[];
  h: Cplx;
}
interface GdCase {
  name: string;
  b: number[];
  a: number[];
  args: { w?: number | number[]; whole?: boolean; fs?: number };
  w: number[];
  gd: number[];
  cond: number[];
}
const fx = loadFixture<{ freqz: FreqzCase[]; sosfreqz: SosCase[]; groupDelay: GdCase[] }>(
  '../../../fixtures/iir_responses.json',
  import.meta.url,
);

function peak(h: Cplx): number {
  let m = 0;
  for (let i = 0; i < h.re.length; i++) m = Math.max(m, Math.hypot(h.re[i] as number, h.im[i] as number));
  return m;
}

function opts<T extends object>(args: { whole?: boolean; fs?: number; include_nyquist?: boolean }): T {
  const o: Record<string, unknown> = {};
  if (args.whole !== undefined) o.whole = args.whole;
  if (args.fs !== undefined) o.fs = args.fs;
  if (args.include_nyquist !== undefined) o.includeNyquist = args.include_nyquist;
  return o as T;
}

describe('freqz (scipy.signal.freqz fixtures)', () => {
  for (const c of fx.freqz) {
    it(c.name, () => {
      const r = freqz(c.b, c.a, c.args.worN ?? 512, opts(c.args));
      const tol = 1e-10 * Math.max(1, peak(c.h));
      expectClose(r.w, c.w, { rtol: 1e-12, atol: 1e-12, label: 'w' });
      expectClose(r.h.re, c.h.re, { rtol: 1e-10, atol: tol, label: 'h.re' });
      expectClose(r.h.im, c.h.im, { rtol: 1e-10, atol: tol, label: 'h.im' });
    });
  }
  it('defaults: 512 points on [0, π), a = 1', () => {
    const r = freqz([1, 1]);
    expect(r.w.length).toBe(512);
    expect(r.w[1]).toBeCloseTo(Math.PI / 512, 15);
    // H(e^{jω}) = 1 + e^{−jω} → 2 at DC
    expect(r.h.re[0]).toBe(2);
  });
  it('the wholeUnitCircle alias equals whole', () => {
    const a = freqz([1, 2, 3], [1, 0.5], 16, { whole: true });
    const b = freqz([1, 2, 3], [1, 0.5], 16, { wholeUnitCircle: true });
    expect(Array.from(b.w)).toEqual(Array.from(a.w));
    expect(Array.from(b.h.re)).toEqual(Array.from(a.h.re));
  });
  it('rejects bad input naming function, parameter and value', () => {
    expect(() => freqz([1], [1], -1)).toThrow(/freqz: worN must be ≥ 0, got -1/);
    expect(() => freqz([1], [1], 2.5)).toThrow(/freqz: worN must be an integer, got 2.5/);
    expect(() => freqz([], [1])).toThrow(/freqz: b must not be empty/);
    expect(() => freqz([1, Number.NaN])).toThrow(/freqz: b\[1\] must be finite, got NaN/);
    expect(() => freqz([1], [1], 8, { fs: 0 })).toThrow(RangeError);
    expect(() => freqz([1], [1], 8, { fs: 0 })).toThrow(/freqz: fs must be a positive sampling rate in Hz, got 0/);
  });
});

describe('sosfreqz (scipy.signal.sosfreqz fixtures)', () => {
  for (const c of fx.sosfreqz) {
    it(c.name, () => {
      const r = sosfreqz(c.sos, c.args.worN ?? 512, opts(c.args));
      const tol = 1e-10 * Math.max(1, peak(c.h));
      expectClose(r.w, c.w, { rtol: 1e-12, atol: 1e-12, label: 'w' });
      expectClose(r.h.re, c.h.re, { rtol: 1e-10, atol: tol, label: 'h.re' });
      expectClose(r.h.im, c.h.im, { rtol: 1e-10, atol: tol, label: 'h.im' });
    });
  }
  it('rejects malformed sections', () => {
    expect(() => sosfreqz([])).toThrow(/sosfreqz: sos must have at least one section/);
    expect(() => sosfreqz([[1, 2, 3, 1, 0]])).toThrow(/sosfreqz: sos\[0\] has 5 values, expected 6/);
    expect(() => sosfreqz([[1, 2, 3, 0, 0, 0]])).toThrow(/sosfreqz: sos\[0\]\[3\] \(a0\) must be non-zero/);
  });
});

describe('groupDelay (scipy.signal.group_delay fixtures)', () => {
  for (const c of fx.groupDelay) {
    it(c.name, () => {
      const r = groupDelay(c.b, c.a, c.args.w ?? 512, opts(c.args));
      expectClose(r.w, c.w, { rtol: 1e-12, atol: 1e-12, label: 'w' });
      let scale = 1;
      for (const v of c.gd) scale = Math.max(scale, Math.abs(v));
      // 1e-10 of the largest delay, plus rounding amplified by the formula's condition number (see gen_iir.py):
      // near a zero of the response both scipy's and this evaluation lose digits to cancellation.
      const n = c.b.length + c.a.length - 1;
      for (let i = 0; i < c.gd.length; i++) {
        const tol = 1e-10 * scale + 4 * n * Number.EPSILON * (c.cond[i] as number);
        const err = Math.abs((r.gd[i] as number) - (c.gd[i] as number));
        if (!(err <= tol)) expect.fail(`gd[${i}]: ${r.gd[i]} vs ${c.gd[i]} (|diff| ${err} > tol ${tol}, cond ${c.cond[i]})`);
      }
    });
  }
});
