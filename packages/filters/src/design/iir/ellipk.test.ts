import { loadFixture } from '@rxdsp/test-utils';
import { afterAll, describe, expect, it } from 'vitest';
import { ellipk } from './ellipk';
import { ellipkm1 } from './ellipkm1';
import { printWorst, record } from '../../../test/support/iir/testSupport';

const fx = loadFixture<{
  ellipk: { m: number; k: number }[];
  ellipkm1: { p: number; k: number }[];
  ellipj: { u: number; m: number; sn: number; cn: number; dn: number; ph: number }[];
}>('../../../fixtures/iir_special.json', import.meta.url);

const rel = (a: number, e: number): number => (a === e ? 0 : Math.abs(a - e) / Math.max(Math.abs(e), 1e-300));

afterAll(() => printWorst('special functions'));

describe('ellipk / ellipkm1 (scipy.special fixtures)', () => {
  it('ellipk(m) within 4e-16 relative', () => {
    for (const c of fx.ellipk) {
      const r = rel(ellipk(c.m), c.k);
      record('ellipk rel', r);
      expect(r, `ellipk(${c.m})`).toBeLessThanOrEqual(4e-16);
    }
  });
  it('ellipkm1(p) within 4e-16 relative, including p = 1e−300', () => {
    for (const c of fx.ellipkm1) {
      const r = rel(ellipkm1(c.p), c.k);
      record('ellipkm1 rel', r);
      expect(r, `ellipkm1(${c.p})`).toBeLessThanOrEqual(4e-16);
    }
  });
  it('edge values: K(0) = π/2, K(1) = ∞, NaN past 1', () => {
    expect(ellipk(0)).toBe(Math.PI / 2);
    expect(ellipk(1)).toBe(Infinity);
    expect(ellipk(1.5)).toBeNaN();
    expect(() => ellipk(Number.NaN)).toThrow(/ellipk: m must be a finite number, got NaN/);
  });
});

