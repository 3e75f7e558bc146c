import { describe, expect, it } from 'vitest';
import { barycentricInterpolate } from './barycentricInterpolate';
import { barycentricWeight } from './barycentricWeight';

describe('barycentricInterpolate', () => {
  // p(x) = 3 − 2x + 0.5x² − 4x³ + x⁴ through 5 Chebyshev-like nodes, evaluated elsewhere in [−1, 1]
  const p = (v: number): number => 3 - 2 * v + 0.5 * v ** 2 - 4 * v ** 3 + v ** 4;
  const n = 5;
  const x = new Float64Array(n + 1);
  const y = new Float64Array(n + 1);
  const w = new Float64Array(n + 1);
  for (let k = 1; k <= n; k++) {
    x[k] = Math.cos((Math.PI * (k - 0.5)) / n);
    y[k] = p(x[k] as number);
  }
  for (let k = 1; k <= n; k++) w[k] = barycentricWeight(k, n, 1, x);

  it('reproduces a polynomial of degree n − 1 through the n nodes', () => {
    for (let i = 0; i <= 40; i++) {
      const v = -1 + i / 20 + 0.0123;
      expect(Math.abs(barycentricInterpolate(x, w, y, n, v) - p(v))).toBeLessThan(1e-12 * 12);
    }
  });

  it('tends to the node value next to a node, and is NaN (0/0) on it', () => {
    const x2 = x[2] as number;
    expect(barycentricInterpolate(x, w, y, n, x2 + 1e-9)).toBeCloseTo(y[2] as number, 7);
    expect(barycentricInterpolate(x, w, y, n, x2)).toBeNaN();
  });
});
