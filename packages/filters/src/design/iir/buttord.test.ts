import { loadFixture } from '@rxdsp/test-utils';
import { afterAll, describe, expect, it } from 'vitest';
import { buttord } from './buttord';
import { cheb1ord } from './cheb1ord';
import { cheb2ord } from './cheb2ord';
import { ellipord } from './ellipord';
import type { OrderOptions, OrderResult } from './orderSelection';

interface OrderCase {
  fn: 'buttord' | 'cheb1ord' | 'cheb2ord' | 'ellipord';
  wp: number | number[];
  ws: number | number[];
  gpass: number;
  gstop: number;
  kw: OrderOptions;
  order: number;
  wn: number[];
}
const fx = loadFixture<{ orders: OrderCase[] }>('../../../fixtures/iir_orders.json', import.meta.url);
const fns = { buttord, cheb1ord, cheb2ord, ellipord };
const worst: Record<string, number> = {};
afterAll(() => {
  if (process.env.IIR_REPORT) console.log('order selection worst |Δwn| / wn:', JSON.stringify(worst));
});

describe('buttord, cheb1ord, cheb2ord, ellipord (scipy fixtures)', () => {
  for (const c of fx.orders) {
    it(`${c.fn}(${JSON.stringify(c.wp)}, ${JSON.stringify(c.ws)}, ${c.gpass}, ${c.gstop}${Object.keys(c.kw).length ? `, ${JSON.stringify(c.kw)}` : ''})`, () => {
      const r: OrderResult = fns[c.fn](c.wp, c.ws, c.gpass, c.gstop, c.kw);
      expect(r.order).toBe(c.order);
      const wn = typeof r.wn === 'number' ? [r.wn] : r.wn;
      expect(wn.length).toBe(c.wn.length);
      for (let i = 0; i < wn.length; i++) {
        const e = c.wn[i] as number;
        const err = Math.abs((wn[i] as number) - e) / Math.abs(e);
        worst[c.fn] = Math.max(worst[c.fn] ?? 0, err);
        expect(err, `wn[${i}] ${wn[i]} vs ${e}`).toBeLessThanOrEqual(1e-9);
      }
    });
  }
});

describe('order selection: bad input', () => {
  it('names the function, parameter and value', () => {
    expect(() => buttord(0.3, 0.2, 1, 40, {})).not.toThrow();
    expect(() => buttord(0, 0.2, 1, 40)).toThrow(/buttord: wp must be > 0, got 0/);
    expect(() => cheb1ord(0.2, 1, 1, 40)).toThrow(/cheb1ord: ws must be below Nyquist \(1 in normalised units\), got 1/);
    expect(() => cheb2ord(3000, 5000, 1, 40, { fs: 8000 })).toThrow(/cheb2ord: ws must be below Nyquist \(fs\/2 = 4000 Hz\), got 5000 Hz/);
    expect(() => ellipord(0.2, 0.3, 0, 40)).toThrow(/ellipord: gpass must be a passband loss > 0 dB, got 0/);
    expect(() => ellipord(0.2, 0.3, 1, -40)).toThrow(/ellipord: gstop must be a stopband attenuation > 0 dB, got -40/);
    expect(() => buttord(0.2, 0.3, 50, 40)).toThrow(/buttord: gpass must be less than gstop/);
    expect(() => buttord([0.2, 0.5], 0.6, 1, 40)).toThrow(/buttord: wp and ws must both have one or both have two band edges, got 2 and 1/);
    expect(() => buttord([0.5, 0.2], [0.1, 0.6], 1, 40)).toThrow(/buttord: wp must be increasing, got \[0.5, 0.2\]/);
    expect(() => buttord(0.2, 0.2, 1, 40)).toThrow(/buttord: wp and ws must differ/);
    expect(() => buttord(1, 2, 1, 40, { analog: true, fs: 10 })).toThrow(/buttord: fs cannot be given for an analog filter/);
  });
});
