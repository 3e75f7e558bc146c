import { describe, expect, it } from 'vitest';
import { randn } from '@rxdsp/test-utils';
import { complexFftPlan } from '../../dsp/complexFftPlan';
import { realFftPlan } from '../../dsp/realFftPlan';
import { MixedRadixFft, radixFactors } from './mixedRadix';

// Naive O(n²) DFT in long-hand as the reference (phase reduced mod n for accuracy).
function naiveDft(x: Float64Array): { re: Float64Array; im: Float64Array } {
  const n = x.length;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let sr = 0;
    let si = 0;
    for (let j = 0; j < n; j++) {
      const ph = (-2 * Math.PI * ((j * k) % n)) / n;
      sr += x[j]! * Math.cos(ph);
      si += x[j]! * Math.sin(ph);
    }
    re[k] = sr;
    im[k] = si;
  }
  return { re, im };
}

describe('realFftPlan', () => {
  const sizes = [1, 2, 3, 4, 5, 7, 8, 12, 16, 18, 20, 30, 31, 63, 64, 65, 96, 100, 127, 128, 131, 202, 255, 256, 257, 300, 301, 360, 1000, 1001, 1024, 1458, 3072];
  for (const n of sizes) {
    it(`matches a naive DFT for n = ${n}`, () => {
      const x = randn(n, 1000 + n);
      const plan = realFftPlan(n);
      expect(plan.bins).toBe(Math.floor(n / 2) + 1);
      const out = plan.forward(x);
      const ref = naiveDft(x);
      let l1 = 0;
      for (const v of x) l1 += Math.abs(v);
      // Rounding of an n-point DFT is bounded by a small multiple of eps·Σ|x|.
      const tol = 1e-13 * l1 + 1e-15;
      for (let k = 0; k < plan.bins; k++) {
        expect(Math.abs(out[2 * k]! - ref.re[k]!)).toBeLessThanOrEqual(tol);
        expect(Math.abs(out[2 * k + 1]! - ref.im[k]!)).toBeLessThanOrEqual(tol);
      }
    });
  }

  it('reads a segment at an offset without touching the input', () => {
    const x = randn(300, 5);
    const copy = x.slice();
    const plan = realFftPlan(128);
    const a = plan.forward(x, 37).slice();
    const b = realFftPlan(128).forward(x.subarray(37, 37 + 128));
    expect(Array.from(a)).toEqual(Array.from(b.subarray(0, a.length)));
    expect(x).toEqual(copy);
  });

  it('rejects a non-positive or fractional length', () => {
    expect(() => realFftPlan(0)).toThrow(RangeError);
    expect(() => realFftPlan(2.5)).toThrow(/n must be a positive integer, got 2.5/);
  });
});

describe('MixedRadixFft', () => {
  it('factors sizes as 4s, 2s, then odd primes', () => {
    expect(radixFactors(1000)).toEqual([4, 2, 5, 5, 5]);
    expect(radixFactors(1001)).toEqual([7, 11, 13]);
    expect(radixFactors(97)).toEqual([97]);
  });
  it('matches a naive complex DFT', () => {
    for (const n of [3, 6, 15, 48, 105, 500]) {
      const re = randn(n, n);
      const im = randn(n, n + 1);
      const or = new Float64Array(n);
      const oi = new Float64Array(n);
      new MixedRadixFft(n).forward(re, im, or, oi);
      for (let k = 0; k < n; k++) {
        let sr = 0;
        let si = 0;
        for (let j = 0; j < n; j++) {
          const ph = (-2 * Math.PI * ((j * k) % n)) / n;
          sr += re[j]! * Math.cos(ph) - im[j]! * Math.sin(ph);
          si += re[j]! * Math.sin(ph) + im[j]! * Math.cos(ph);
        }
        expect(Math.abs(or[k]! - sr)).toBeLessThan(1e-12 * n);
        expect(Math.abs(oi[k]! - si)).toBeLessThan(1e-12 * n);
      }
    }
  });
});

describe('complexFftPlan', () => {
  it('inverse(forward(x)) = x', () => {
    for (const n of [1, 2, 4, 8, 12, 1024, 1031]) {
      const plan = complexFftPlan(n);
      const x = randn(2 * n, n);
      const X = new Float64Array(2 * n);
      const y = new Float64Array(2 * n);
      plan.forward(x, X);
      plan.inverse(X, y);
      for (let i = 0; i < 2 * n; i++) expect(Math.abs(y[i]! - x[i]!)).toBeLessThan(1e-13);
    }
  });
});
