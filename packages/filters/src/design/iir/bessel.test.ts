import { describe, expect, it } from 'vitest';
import { bessel, type BesselOptions } from './bessel';
import { designSuite, toOptions } from '../../../test/support/iir/designSuite';
import { freqz } from './freqz';
import { groupDelay } from './groupDelay';
import { magnitudeDb } from '@rxdsp/core';

designSuite('bessel', '../../../fixtures/iir_design_bessel.json', import.meta.url, (c, output) => {
  const [N, wn] = c.args as [number, number | number[]];
  return bessel(N, wn, toOptions(c.kw, output) as BesselOptions);
});

describe('bessel: normalisations and bad input', () => {
  it("norm 'mag' is −3.01 dB at Wn", () => {
    const { b, a } = bessel(5, 2000, { fs: 48000, norm: 'mag' });
    expect(magnitudeDb(freqz(b, a, [2000], { fs: 48000 }).h)[0]).toBeCloseTo(10 * Math.log10(0.5), 9);
  });
  it('has a nearly flat group delay in the passband', () => {
    const { b, a } = bessel(6, 0.1, { norm: 'delay' });
    const { gd } = groupDelay(b, a, [0.001, 0.02 * Math.PI, 0.04 * Math.PI]);
    // digital (bilinear) version of a 1/Wn-delay prototype: τ ≈ 2/(π·Wn) samples at low frequencies
    expect(Math.abs((gd[1] as number) - (gd[0] as number)) / (gd[0] as number)).toBeLessThan(1e-3);
    expect(Math.abs((gd[2] as number) - (gd[0] as number)) / (gd[0] as number)).toBeLessThan(2e-2);
  });
  it('rejects an unknown norm', () => {
    expect(() => bessel(4, 0.2, { norm: 'group' as 'phase' })).toThrow(/bessel: norm must be one of 'phase', 'delay', 'mag', got "group"/);
  });
});
