// Issue 13, finding 6: design functions refuse orders their output form cannot represent, naming the
// function called. The 'ba' limits depend on family, band type and band edges; fixtures/gen_ba_limits.py
// measured them with scipy (|H_ba| against |H_sos| on 4096 frequencies, −60 dB re the peak).
import { describe, expect, it } from 'vitest';
import { loadFixture } from '@rxdsp/test-utils';
import { bessel } from './bessel';
import { butter } from './butter';
import { cheby1 } from './cheby1';
import { cheby2 } from './cheby2';
import { ellip } from './ellip';
import { freqz } from './freqz';
import { iirdesign } from './iirdesign';
import { iirfilter } from './iirfilter';
import { sosfreqz } from './sosfreqz';
import type { BA } from './types';
import type { Sos } from '../../types/Sos';

interface Limit {
  ftype: 'butter' | 'cheby1' | 'cheby2' | 'ellip' | 'bessel';
  btype: 'lowpass' | 'highpass' | 'bandpass' | 'bandstop';
  Wn: number | number[];
  kw: { rp?: number; rs?: number };
  maxOrder: number;
}
const fx = loadFixture<{ limits: Limit[] }>('../../../fixtures/ba_limits.json', import.meta.url);
const mags = (h: { re: Float64Array; im: Float64Array }) => Array.from(h.re, (re, i) => Math.hypot(re, h.im[i] as number));

function design(l: Limit, N: number, output: 'ba' | 'sos'): BA | Sos<number[]> {
  return iirfilter(N, l.Wn, { ...l.kw, ftype: l.ftype, btype: l.btype, output } as never) as BA | Sos<number[]>;
}

describe('iirfilter: the ba form up to the measured limit, refused beyond it', () => {
  for (const ftype of ['butter', 'cheby1', 'cheby2', 'ellip', 'bessel'] as const) {
    it.each(fx.limits.filter((l) => l.ftype === ftype).map((l) => [`${l.btype} ${JSON.stringify(l.Wn)}`, l] as const))(`${ftype} %s`, (_, l) => {
      // one order below scipy's limit: returned, and its response is the sos response within −54 dB
      const cap = l.ftype === 'bessel' ? 50 : 60; // besselap's root finder is validated to N = 50
      const below = Math.max(1, Math.min(l.maxOrder - 1, cap));
      const ba = design(l, below, 'ba') as BA;
      const sos = design(l, below, 'sos') as Sos<number[]>;
      const hb = mags(freqz(ba.b, ba.a, 512).h);
      const hs = mags(sosfreqz(sos, 512).h);
      const peak = Math.max(...hs);
      expect(Math.max(...hb.map((v, i) => Math.abs(v - (hs[i] as number)))) / peak).toBeLessThanOrEqual(2e-3);
      // four orders above and beyond: refused, naming the function and advising 'sos'; 'sos' still designs
      // them (rxdsp's polynomials round differently from scipy's: its own limit is within +3 of scipy's)
      for (let N = l.maxOrder + 4; N <= Math.min(l.maxOrder + 5, cap); N++) {
        expect(() => design(l, N, 'ba'), `N = ${N}`).toThrow(RangeError);
        expect(() => design(l, N, 'ba'), `N = ${N}`).toThrow(/^iirfilter: output 'ba' cannot represent this design of \d+ poles accurately \(.*\): use output: 'sos'/);
        expect(() => design(l, N, 'sos'), `N = ${N}`).not.toThrow();
      }
    });
  }
});

describe('design functions name themselves and the reason', () => {
  it('butter(500, …) overflows double precision: the message names butter, not an internal function', () => {
    for (const output of ['ba', 'sos', 'zpk'] as const) {
      expect(() => butter(500, 0.2, { output })).toThrow(RangeError);
      expect(() => butter(500, 0.2, { output })).toThrow('butter: N = 500 is too high to design in double precision (its gain k is NaN); use a lower order');
    }
    expect(() => bessel(500, 0.2, { output: 'sos' })).toThrow('bessel: N must be ≤ 50 for a Bessel design (the root finder is validated up to there), got 500');
    expect(() => iirfilter(51, 0.2, { ftype: 'bessel', btype: 'lowpass' })).toThrow(/^iirfilter: N must be ≤ 50 for a Bessel design/);
  });

  it("butter(60, …) in 'ba' (−1080 dB everywhere in the issue) is refused with advice; 'sos' is right", () => {
    for (const wn of [0.05, 0.2, 0.5]) {
      expect(() => butter(60, wn)).toThrow(/^butter: output 'ba' cannot represent this design of 60 poles accurately .*use output: 'sos' \(or 'zpk'\)$/);
      const hs = mags(sosfreqz(butter(60, wn, { output: 'sos' }), 512).h);
      expect(Math.max(...hs)).toBeCloseTo(1, 9); // Butterworth: peak gain 1 at DC
    }
  });

  it('cheby1, cheby2, ellip, bessel, iirfilter and iirdesign each name themselves', () => {
    expect(() => cheby1(40, 1, 0.2)).toThrow(/^cheby1: output 'ba' cannot represent/);
    expect(() => cheby2(40, 60, 0.2)).toThrow(/^cheby2: output 'ba' cannot represent/);
    expect(() => ellip(30, 1, 60, 0.2)).toThrow(/^ellip: output 'ba' cannot represent/);
    expect(() => bessel(30, 0.02)).toThrow(/^bessel: output 'ba' cannot represent/);
    // where the expanded polynomial loses the conjugate symmetry of the roots (zpk2tf would name itself)
    expect(() => cheby1(24, 1, [0.3, 0.6], { btype: 'bandstop' })).toThrow(/^cheby1: output 'ba' cannot represent this design of 48 poles accurately \(the polynomial expansion lost the conjugate symmetry.*use output: 'sos'/);
    expect(() => iirfilter(30, [0.1, 0.12], { ftype: 'butter', btype: 'bandpass' })).toThrow(/^iirfilter: output 'ba' cannot represent this design of 60 poles/);
    // a steep spec: ellipord picks a high order; the ba form cannot hold it
    expect(() => iirdesign(0.1, 0.1005, 0.1, 120, { ftype: 'ellip' })).toThrow(/^iirdesign: output 'ba' cannot represent/);
    expect(() => iirdesign(0.1, 0.1005, 0.1, 120, { ftype: 'ellip', output: 'sos' })).not.toThrow();
  });

  it("analog designs and low orders are unaffected", () => {
    expect(() => butter(30, 1000, { analog: true })).not.toThrow();
    expect(() => butter(4, 0.2)).not.toThrow();
    expect(() => ellip(8, 0.5, 60, [0.2, 0.3], { btype: 'bandpass' })).not.toThrow();
  });
});
