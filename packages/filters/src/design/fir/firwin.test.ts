import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture, maxRelError } from '@rxdsp/test-utils';
import type { WindowSpec } from '@rxdsp/core';
import { freqz } from '../iir/freqz';
import { firwin, type FirwinOptions, type FirwinPassZero } from './firwin';

// Golden vectors: packages/filters/fixtures/gen_fir.py (scipy.signal.firwin).
interface FirwinCase {
  numtaps: number;
  cutoff: number | number[];
  options: { window?: string | number | [string, number]; pass_zero?: FirwinPassZero; scale?: boolean; fs?: number; width?: number };
  h: number[];
}
const fixture = loadFixture<{ firwin: FirwinCase[] }>('../../../fixtures/fir.json', import.meta.url);

const toOptions = (o: FirwinCase['options']): FirwinOptions => ({
  ...(o.window !== undefined ? { window: o.window as WindowSpec } : {}),
  ...(o.pass_zero !== undefined ? { passZero: o.pass_zero } : {}),
  ...(o.scale !== undefined ? { scale: o.scale } : {}),
  ...(o.fs !== undefined ? { fs: o.fs } : {}),
  ...(o.width !== undefined ? { width: o.width } : {}),
});

describe('firwin against scipy.signal.firwin', () => {
  it(`${fixture.firwin.length} cases (low/high/band-pass/stop, multiband, odd/even, windows, scale, fs in Hz, width) within 1e-8`, () => {
    let worst = 0;
    for (const c of fixture.firwin) {
      const label = `firwin(${c.numtaps}, ${JSON.stringify(c.cutoff)}, ${JSON.stringify(c.options)})`;
      const h = firwin(c.numtaps, c.cutoff, toOptions(c.options));
      expectClose(h, c.h, { rtol: 0, atol: 1e-8, label });
      worst = Math.max(worst, maxRelError(h, c.h));
    }
    console.log(`firwin: worst |Δtap| / max|tap| over ${fixture.firwin.length} scipy cases = ${worst.toExponential(2)}`);
  });
});

describe('firwin response', () => {
  it('a Hamming lowpass passes 0 Hz at exactly 1 (scaled) and attenuates the stopband by > 50 dB', () => {
    const fs = 48000;
    const h = firwin(101, 4000, { fs });
    const f = Array.from({ length: 200 }, (_, i) => 6000 + (i / 199) * 18000);
    const { h: H } = freqz(h, 1, [0, ...f], { fs });
    expect(Math.hypot(H.re[0]!, H.im[0]!)).toBeCloseTo(1, 12);
    for (let i = 1; i < H.re.length; i++) expect(20 * Math.log10(Math.hypot(H.re[i]!, H.im[i]!))).toBeLessThan(-50);
  });
  it('a bandpass is scaled to 1 at the centre of its passband', () => {
    const h = firwin(64, [0.2, 0.5], { passZero: false });
    const { h: H } = freqz(h, 1, [0.35 * Math.PI]);
    expect(Math.hypot(H.re[0]!, H.im[0]!)).toBeCloseTo(1, 12);
  });
});

describe('firwin bad input', () => {
  it('rejects an even-length highpass or bandstop (type II has a zero at fs/2)', () => {
    expect(() => firwin(20, 0.3, { passZero: false })).toThrow(/firwin: numtaps = 20 is even/);
    expect(() => firwin(20, [0.2, 0.4])).toThrow(RangeError);
    expect(() => firwin(64, 300, { fs: 48000, passZero: 'highpass' })).toThrow(/use an odd numtaps/);
  });
  it('rejects cutoffs outside (0, fs/2) or not increasing', () => {
    expect(() => firwin(21, 0)).toThrow(/firwin: cutoff\[0\] = 0 must lie strictly between 0 and fs\/2/);
    expect(() => firwin(21, 1)).toThrow(RangeError);
    expect(() => firwin(21, 30000, { fs: 48000 })).toThrow(/fs\/2 = 24000/);
    expect(() => firwin(21, [0.5, 0.2])).toThrow(/strictly increasing/);
    expect(() => firwin(21, [])).toThrow(/at least one/);
  });
  it('rejects a band-type name with the wrong number of cutoffs, and unknown passZero values', () => {
    expect(() => firwin(21, [0.2, 0.4], { passZero: 'lowpass' })).toThrow(/exactly one cutoff/);
    expect(() => firwin(21, 0.2, { passZero: 'bandpass' })).toThrow(/at least two cutoffs/);
    expect(() => firwin(21, 0.2, { passZero: 'notch' as never })).toThrow(/passZero must be/);
  });
  it('rejects non-positive numtaps, bad fs, an unknown window', () => {
    expect(() => firwin(0, 0.2)).toThrow(/firwin: numtaps must be an integer ≥ 1/);
    expect(() => firwin(-3, 0.2)).toThrow(RangeError);
    expect(() => firwin(2.5, 0.2)).toThrow(RangeError);
    expect(() => firwin(21, 0.2, { fs: -1 })).toThrow(/fs must be a finite number > 0/);
    expect(() => firwin(21, 0.2, { window: 'nope' })).toThrow(/firwin: options.window: getWindow: unknown window name 'nope'/);
    expect(() => firwin(21, 0.2, { width: 0 })).toThrow(/width must be > 0/);
  });
});
