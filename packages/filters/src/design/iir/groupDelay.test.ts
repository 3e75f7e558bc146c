import { expectClose } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { groupDelay } from './groupDelay';
import { opts, responsesFixture as fx } from '../../../test/support/iir/responsesFixture';

describe('groupDelay (scipy.signal.group_delay fixtures)', () => {
  for (const c of fx.groupDelay) {
    it(c.name, () => {
      const r = groupDelay(c.b, c.a, c.args.w ?? 512, opts(c.args));
      expectClose(r.w, c.w, { rtol: 1e-12, atol: 1e-12, label: 'w' });
      let scale = 1;
      for (const v of c.gd) scale = Math.max(scale, Math.abs(v));
      // 1e-10 of the largest delay, plus rounding amplified by the formula's condition number (see gen_iir.py):
      // near a zero of the response both scipy's and this evaluation lose digits to cancellation.
      const n = c.b.length + c.a.length - 1;
      for (let i = 0; i < c.gd.length; i++) {
        const tol = 1e-10 * scale + 4 * n * Number.EPSILON * (c.cond[i] as number);
        const err = Math.abs((r.gd[i] as number) - (c.gd[i] as number));
        if (!(err <= tol)) expect.fail(`gd[${i}]: ${r.gd[i]} vs ${c.gd[i]} (|diff| ${err} > tol ${tol}, cond ${c.cond[i]})`);
      }
    });
  }
});

describe('groupDelay: definition', () => {
  it('is the pure delay for a delayed impulse and (N − 1)/2 for a symmetric FIR', () => {
    expect(Array.from(groupDelay([0, 0, 1], 1, [0, 0.5]).gd)).toEqual([2, 2]);
    // linear phase: a symmetric 5-tap FIR delays every frequency by 2 samples
    const { gd } = groupDelay([1, 3, 5, 3, 1], 1, [0, 0.4, 1.3, 2.2]);
    for (const v of gd) expect(v).toBeCloseTo(2, 12);
    // one pole: H = 1/(1 − a·z⁻¹) has τ(0) = a/(1 − a) = 1 sample for a = 0.5
    expect(groupDelay([1], [1, -0.5], [0]).gd[0]).toBeCloseTo(1, 14);
  });
});
