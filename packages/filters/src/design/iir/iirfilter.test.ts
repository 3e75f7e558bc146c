import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { bessel } from './bessel';
import { butter } from './butter';
import { cheby1 } from './cheby1';
import { cheby2 } from './cheby2';
import { ellip } from './ellip';
import { iirfilter } from './iirfilter';

// iirfilter's scipy fixtures (every family through iirfilter, and its default 'bandpass' band type) run in
// iirdesign.test.ts, which shares the fixture file with iirdesign.
describe('iirfilter', () => {
  it('is the common path of the family functions', () => {
    expect(iirfilter(5, 0.3, { btype: 'lowpass', output: 'sos' })).toEqual(butter(5, 0.3, { output: 'sos' }));
    expect(iirfilter(4, [0.2, 0.4], { ftype: 'cheby1', rp: 1, output: 'zpk' })).toEqual(
      cheby1(4, 1, [0.2, 0.4], { btype: 'bandpass', output: 'zpk' }),
    );
    expect(iirfilter(3, 1000, { ftype: 'ellip', rp: 0.5, rs: 50, btype: 'highpass', fs: 8000 })).toEqual(
      ellip(3, 0.5, 50, 1000, { btype: 'highpass', fs: 8000 }),
    );
  });
  it('defaults to a bandpass, as scipy', () => {
    expect(() => iirfilter(4, 0.2)).toThrow(/iirfilter: Wn must be \[low, high\] \(two band edges\) for a bandpass filter, got 0.2/);
  });
  it('rejects unknown families and missing ripple', () => {
    expect(() => iirfilter(4, [0.1, 0.2], { ftype: 'chebyshev' as 'butter' })).toThrow(
      /iirfilter: ftype must be 'butter', 'cheby1', 'cheby2', 'ellip' or 'bessel' \(or a scipy alias such as 'cauer'\), got 'chebyshev'/,
    );
    expect(() => iirfilter(4, 0.2, { ftype: 'cheby1', btype: 'lowpass' })).toThrow(/iirfilter: rp \(passband ripple in dB\) is required/);
    expect(() => iirfilter(4, 0.2, { ftype: 'ellip', rp: 1, btype: 'lowpass' })).toThrow(
      /iirfilter: rp and rs .* are required for an elliptic filter/,
    );
    expect(() => iirfilter(4, 0.2, { ftype: 'cheby2', btype: 'lowpass' })).toThrow(/iirfilter: rs \(stopband attenuation in dB\) is required/);
  });
});

// Golden values: packages/filters/fixtures/gen_scipy_behaviours.py (scipy.signal.butter … bessel, iirfilter with N = 0).
describe('order 0: scipy trivial filter (a constant gain) in every family, band type and output form', () => {
  interface Order0Case {
    family: string;
    btype: 'lowpass' | 'highpass' | 'bandpass' | 'bandstop';
    Wn: number | number[];
    options: { fs?: number; analog?: boolean; rp?: number; rs?: number };
    output: 'ba' | 'zpk' | 'sos';
    b?: number[];
    a?: number[];
    z?: { re: number; im: number }[];
    p?: { re: number; im: number }[];
    k?: number;
    sos?: number[][];
  }
  const fx = loadFixture<{ order0: Order0Case[] }>('../../../fixtures/scipy_behaviours.json', import.meta.url);
  const design = (c: Order0Case): unknown => {
    const o = { btype: c.btype, output: c.output, ...c.options };
    switch (c.family) {
      case 'butter':
        return butter(0, c.Wn, o);
      case 'cheby1':
        return cheby1(0, 1.5, c.Wn, o);
      case 'cheby2':
        return cheby2(0, 40, c.Wn, o);
      case 'ellip':
        return ellip(0, 0.5, 60, c.Wn, o);
      case 'bessel':
        return bessel(0, c.Wn, o);
      default:
        return iirfilter(0, c.Wn, { ...o, ftype: c.family.split(':')[1] as 'butter' });
    }
  };
  it(`${fx.order0.length} cases`, () => {
    for (const c of fx.order0) {
      const label = `${c.family}(0, ${JSON.stringify(c.Wn)}, ${c.btype}, ${c.output}, ${JSON.stringify(c.options)})`;
      const r = design(c) as { b?: Float64Array; a?: Float64Array; z?: unknown[]; p?: unknown[]; k?: number };
      if (c.output === 'ba') {
        expectClose(r.b!, c.b!, { rtol: 1e-15, atol: 0, label: `${label} b` });
        expectClose(r.a!, c.a!, { rtol: 1e-15, atol: 0, label: `${label} a` });
      } else if (c.output === 'zpk') {
        expect(r.z, label).toEqual(c.z);
        expect(r.p, label).toEqual(c.p);
        expect(r.k!, label).toBeCloseTo(c.k!, 15);
      } else {
        const sos = r as unknown as number[][];
        expect(sos.length, label).toBe(c.sos!.length);
        sos.forEach((row, i) => expectClose(row, c.sos![i]!, { rtol: 1e-15, atol: 0, label: `${label} sos[${i}]` }));
      }
    }
  });
  it('still rejects a negative or fractional order', () => {
    expect(() => butter(-1, 0.3)).toThrow(/butter: N must be an integer ≥ 0, got -1/);
    expect(() => cheby1(1.5, 1, 0.3)).toThrow(/cheby1: N must be an integer ≥ 0, got 1.5/);
  });
});
