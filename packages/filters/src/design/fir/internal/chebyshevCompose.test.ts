import { describe, expect, it } from 'vitest';
import { chebyshevCompose } from './chebyshevCompose';

/** Σ c_k T_k(u) by the three-term recurrence. */
function chebyshevSum(c: ArrayLike<number>, u: number): number {
  let t0 = 1;
  let t1 = u;
  let s = c[0] as number;
  for (let k = 1; k < c.length; k++) {
    s += (c[k] as number) * t1;
    const t2 = 2 * u * t1 - t0;
    t0 = t1;
    t1 = t2;
  }
  return s;
}

describe('chebyshevCompose', () => {
  it('Σ out_k T_k(x) = Σ c_k T_k(aa·x + bb) for series of 1 … 12 terms', () => {
    const [aa, bb] = [1.7, -0.4];
    for (let n = 1; n <= 12; n++) {
      const c = Float64Array.from({ length: n }, (_, k) => Math.sin(1.3 * k + 0.2) / (k + 1));
      const out = chebyshevCompose(c, aa, bb);
      expect(out).toHaveLength(n);
      for (let i = 0; i <= 20; i++) {
        const x = -1 + i / 10;
        // |T_k(x)| ≤ 1 on [−1, 1]: the sum is exact to rounding of Σ|out_k|
        const scale = out.reduce((s, v) => s + Math.abs(v), 0);
        expect(Math.abs(chebyshevSum(out, x) - chebyshevSum(c, aa * x + bb))).toBeLessThan(1e-14 * scale);
      }
    }
  });

  it('the identity map (aa = 1, bb = 0) leaves the coefficients unchanged', () => {
    const c = Float64Array.from([0.5, -1, 0.25, 2, 0.125]);
    const out = chebyshevCompose(c, 1, 0);
    for (let k = 0; k < c.length; k++) expect(out[k]).toBeCloseTo(c[k] as number, 14);
  });
});
