import { describe, expect, it } from 'vitest';
import { designSuite, toOptions } from '../../../test/support/iir/designSuite';
import { ellip } from './ellip';
import { magnitudeDb } from '@rxdsp/core';
import { sosfreqz } from './sosfreqz';
import type { IirDesignOptions } from './iirfilter';

designSuite('ellip', '../../../fixtures/iir_design_ellip.json', import.meta.url, (c, output) => {
  const [N, rp, rs, wn] = c.args as [number, number, number, number | number[]];
  return ellip(N, rp, rs, wn, toOptions(c.kw, output) as IirDesignOptions);
});

describe('ellip: spectral mask and bad input', () => {
  it('meets passband ripple and stopband attenuation (bandpass, order 2×5)', () => {
    const sos = ellip(5, 0.5, 60, [0.2, 0.3], { btype: 'bandpass', output: 'sos' });
    const { w, h } = sosfreqz(sos, 4096);
    const db = magnitudeDb(h, { floorDb: -400 });
    let passMin = Infinity;
    let passMax = -Infinity;
    let stopMax = -Infinity;
    for (let i = 0; i < w.length; i++) {
      const f = (w[i] as number) / Math.PI;
      if (f >= 0.2 && f <= 0.3) {
        passMin = Math.min(passMin, db[i] as number);
        passMax = Math.max(passMax, db[i] as number);
      }
      // scipy's response of this design crosses −60 dB at 0.1708 and 0.3452 (× Nyquist)
      if (f <= 0.17 || f >= 0.346) stopMax = Math.max(stopMax, db[i] as number);
    }
    expect(passMax).toBeLessThanOrEqual(1e-9);
    expect(passMin).toBeGreaterThanOrEqual(-0.5 - 1e-9);
    expect(stopMax).toBeLessThanOrEqual(-60 + 1e-6);
  });
  it('rejects rs ≤ rp and non-positive ripple', () => {
    expect(() => ellip(4, 3, 2, 0.2)).toThrow(/ellip: rs must exceed rp \(stopband attenuation above passband ripple\), got rp = 3, rs = 2/);
    expect(() => ellip(4, 0, 40, 0.2)).toThrow(/ellip: rp must be a finite number > 0, got 0/);
    expect(() => ellip(4, 1, -40, 0.2)).toThrow(/ellip: rs must be a finite number > 0, got -40/);
  });
});
