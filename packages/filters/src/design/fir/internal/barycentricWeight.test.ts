import { describe, expect, it } from 'vitest';
import { barycentricWeight } from './barycentricWeight';

// 1-based nodes cos(2πf) at n increasing frequencies, as the exchange uses them
function nodes(n: number): Float64Array {
  const x = new Float64Array(n + 1);
  for (let k = 1; k <= n; k++) x[k] = Math.cos(2 * Math.PI * (0.5 * (k - 0.7) / n));
  return x;
}

describe('barycentricWeight', () => {
  it('is 1 / Π_{j≠k} 2(x_k − x_j), whatever the stride of the product', () => {
    const n = 9;
    const x = nodes(n);
    for (let k = 1; k <= n; k++) {
      let r = 1;
      for (let j = 1; j <= n; j++) if (j !== k) r *= 2 * ((x[k] as number) - (x[j] as number));
      expect(barycentricWeight(k, n, 1, x)).toBe(1 / r); // stride 1 multiplies in the same order
      for (const m of [2, 3, 4, 9]) expect(Math.abs(barycentricWeight(k, n, m, x) * r - 1)).toBeLessThan(1e-13);
    }
  });

  it('the strides keep the product finite where the plain product overflows', () => {
    const n = 1200; // 2(x_k − x_j) spans 4 … 1e-5: the running product leaves the double range in one stride
    const x = nodes(n);
    const m = Math.trunc((n - 1) / 15) + 1; // the exchange's stride
    let plainFinite = true;
    for (let k = 1; k <= n; k += 97) {
      expect(Number.isFinite(barycentricWeight(k, n, m, x))).toBe(true);
      expect(barycentricWeight(k, n, m, x)).not.toBe(0);
      plainFinite &&= barycentricWeight(k, n, 1, x) !== 0 && Number.isFinite(barycentricWeight(k, n, 1, x));
    }
    expect(plainFinite).toBe(false);
  });
});
