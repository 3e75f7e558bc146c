// Private: the order-selection fixture (iir_orders.json) and its runner, shared by the four order tests.
import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import type { OrderOptions, OrderResult } from '../../../src/design/iir/internal/orderSelection';

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

type OrderFn = (wp: number | number[], ws: number | number[], gpass: number, gstop: number, options?: OrderOptions) => OrderResult;

/** Checks `fn` on every fixture case of `name`: the order exactly, wn within 1e−9 relative. */
export function orderSuite(name: OrderCase['fn'], fn: OrderFn): void {
  describe(`${name} (scipy fixtures: order exact, wn within 1e−9)`, () => {
    for (const c of fx.orders.filter((o) => o.fn === name)) {
      it(`${name}(${JSON.stringify(c.wp)}, ${JSON.stringify(c.ws)}, ${c.gpass}, ${c.gstop}${Object.keys(c.kw).length ? `, ${JSON.stringify(c.kw)}` : ''})`, () => {
        const r = fn(c.wp, c.ws, c.gpass, c.gstop, c.kw);
        expect(r.order).toBe(c.order);
        const wn = typeof r.wn === 'number' ? [r.wn] : r.wn;
        expect(wn.length).toBe(c.wn.length);
        for (let i = 0; i < wn.length; i++) {
          const e = c.wn[i] as number;
          expect(Math.abs((wn[i] as number) - e) / Math.abs(e), `wn[${i}] ${wn[i]} vs ${e}`).toBeLessThanOrEqual(1e-9);
        }
      });
    }
  });
}
