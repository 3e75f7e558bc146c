import { describe, expect, it } from 'vitest';
import { cheby1 } from './cheby1';
import { designSuite, toOptions } from '../../../test/support/iir/designSuite';
import { magnitudeDb } from '@rxdsp/core';
import { sosfreqz } from './sosfreqz';
import type { IirDesignOptions } from './iirfilter';

designSuite('cheby1', '../../../fixtures/iir_design_cheby1.json', import.meta.url, (c, output) => {
  const [N, rp, wn] = c.args as [number, number, number | number[]];
  return cheby1(N, rp, wn, toOptions(c.kw, output) as IirDesignOptions);
});

describe('cheby1: spectral mask and bad input', () => {
  it('keeps the passband within [−rp, 0] dB and is −rp dB at the edge', () => {
    const sos = cheby1(7, 0.5, 0.3, { output: 'sos' });
    const { w, h } = sosfreqz(sos, 2048);
    const db = magnitudeDb(h);
    for (let i = 0; i < w.length; i++) {
      if ((w[i] as number) <= 0.3 * Math.PI) {
        expect(db[i]).toBeLessThanOrEqual(1e-9);
        expect(db[i]).toBeGreaterThanOrEqual(-0.5 - 1e-9);
      }
    }
    expect(magnitudeDb(sosfreqz(sos, [0.3 * Math.PI]).h)[0]).toBeCloseTo(-0.5, 9);
  });
  it('rejects rp ≤ 0', () => {
    expect(() => cheby1(4, 0, 0.2)).toThrow(/cheby1: rp must be a finite number > 0, got 0/);
    expect(() => cheby1(4, -1, 0.2)).toThrow(RangeError);
    expect(() => cheby1(4, 1, [0.2, 1], { btype: 'bandpass' })).toThrow(/cheby1: Wn\[1\] must be below Nyquist/);
  });
});
