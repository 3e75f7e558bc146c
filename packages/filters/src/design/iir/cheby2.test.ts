import { describe, expect, it } from 'vitest';
import { cheby2 } from './cheby2';
import { designSuite, toOptions } from '../../../test/support/iir/designSuite';
import { magnitudeDb } from '@rxdsp/core';
import { sosfreqz } from './sosfreqz';
import type { IirDesignOptions } from './iirfilter';

designSuite('cheby2', '../../../fixtures/iir_design_cheby2.json', import.meta.url, (c, output) => {
  const [N, rs, wn] = c.args as [number, number, number | number[]];
  return cheby2(N, rs, wn, toOptions(c.kw, output) as IirDesignOptions);
});

describe('cheby2: spectral mask and bad input', () => {
  it('keeps the stopband at least rs dB down from Wn on', () => {
    const sos = cheby2(6, 60, 0.4, { output: 'sos' });
    const { w, h } = sosfreqz(sos, 2048);
    const db = magnitudeDb(h, { floorDb: -400 });
    for (let i = 0; i < w.length; i++) if ((w[i] as number) >= 0.4 * Math.PI) expect(db[i]).toBeLessThanOrEqual(-60 + 1e-9);
    expect(db[0]).toBeCloseTo(0, 10);
  });
  it('rejects rs ≤ 0', () => {
    expect(() => cheby2(4, 0, 0.2)).toThrow(/cheby2: rs must be a finite number > 0, got 0/);
  });
});
