import { describe, expect, it } from 'vitest';
import { designSuite, toOptions } from '../../../test/support/iir/designSuite';
import { iirdesign, type IirdesignOptions } from './iirdesign';
import { iirfilter, type IirFilterOptions } from './iirfilter';

designSuite('iirfilter / iirdesign', '../../../fixtures/iir_design_general.json', import.meta.url, (c, output) => {
  if (c.args.length === 2) {
    const [N, wn] = c.args as [number, number | number[]];
    return iirfilter(N, wn, toOptions(c.kw, output) as IirFilterOptions);
  }
  const [wp, ws, gpass, gstop] = c.args as [number | number[], number | number[], number, number];
  return iirdesign(wp, ws, gpass, gstop, toOptions(c.kw, output) as IirdesignOptions);
});

describe('iirdesign: bad input', () => {
  it('iirdesign rejects inconsistent band layouts and gpass ≥ gstop', () => {
    expect(() => iirdesign([0.2, 0.5], [0.3, 0.6], 1, 40)).toThrow(/iirdesign: the passband must lie strictly inside the stopband/);
    expect(() => iirdesign(0.2, 0.3, 40, 1)).toThrow(/iirdesign: gpass must be less than gstop/);
    expect(() => iirdesign(0.2, 1.3, 1, 40)).toThrow(/iirdesign: ws must be below Nyquist \(1 in normalised units\), got 1.3/);
    expect(() => iirdesign(0.2, 0.3, 1, 40, { ftype: 'bessel' as 'butter' })).toThrow(/iirdesign: ftype 'bessel' has no order selection/);
    expect(() => iirdesign(0.2, 0.3, 1, 40, { ftype: 'foo' as 'butter' })).toThrow(/iirdesign: ftype must be 'butter', 'cheby1', 'cheby2' or 'ellip' \(or a scipy alias such as 'cauer'\), got 'foo'/);
  });
});
