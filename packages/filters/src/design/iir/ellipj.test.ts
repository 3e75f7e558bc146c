import { loadFixture } from '@rxdsp/test-utils';
import { afterAll, describe, expect, it } from 'vitest';
import { ellipj } from './ellipj';
import { printWorst, record } from '../../../test/support/iir/testSupport';

const fx = loadFixture<{
  ellipk: { m: number; k: number }[];
  ellipkm1: { p: number; k: number }[];
  ellipj: { u: number; m: number; sn: number; cn: number; dn: number; ph: number }[];
}>('../../../fixtures/iir_special.json', import.meta.url);

afterAll(() => printWorst('ellipj'));

describe('ellipj (scipy.special fixtures)', () => {
  it('sn, cn, dn, φ within 1e−14 absolute over m ∈ [0, 1] and several periods', () => {
    for (const c of fx.ellipj) {
      const r = ellipj(c.u, c.m);
      for (const key of ['sn', 'cn', 'dn', 'ph'] as const) {
        const err = Math.abs(r[key] - c[key]);
        record(`ellipj ${key} abs`, err);
        expect(err, `ellipj(${c.u}, ${c.m}).${key}: ${r[key]} vs ${c[key]}`).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(c[key])));
      }
    }
  });
  it('satisfies sn² + cn² = 1 and dn² + m·sn² = 1', () => {
    for (const m of [0.1, 0.5, 0.9]) {
      for (const u of [0.3, 1.7, 4.2]) {
        const { sn, cn, dn } = ellipj(u, m);
        expect(sn * sn + cn * cn).toBeCloseTo(1, 14);
        expect(dn * dn + m * sn * sn).toBeCloseTo(1, 14);
      }
    }
  });
  it('gives NaN outside 0 ≤ m ≤ 1 as scipy', () => {
    expect(ellipj(0.5, 1.5).sn).toBeNaN();
  });
});
