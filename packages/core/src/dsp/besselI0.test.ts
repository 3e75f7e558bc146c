import { describe, expect, it } from 'vitest';
import { loadFixture } from '@rxdsp/test-utils';
import { besselI0 } from './besselI0';

// Golden values: packages/core/fixtures/gen_windows.py (scipy.special.i0).
const fixture = loadFixture<{ i0: Array<{ x: number; i0: number }> }>('../../fixtures/windows.json', import.meta.url);

describe('besselI0', () => {
  it(`matches scipy.special.i0 within 1e-14 relative at ${fixture.i0.length} points (x from 0 to 700, negative x)`, () => {
    for (const { x, i0 } of fixture.i0) {
      const got = besselI0(x);
      expect(Math.abs(got - i0) / i0, `I0(${x}) = ${got}, scipy ${i0}`).toBeLessThan(1e-14);
    }
  });
  it('is even, 1 at 0, NaN for NaN, Infinity past overflow', () => {
    expect(besselI0(0)).toBe(1);
    expect(besselI0(-3.3)).toBe(besselI0(3.3));
    expect(besselI0(Number.NaN)).toBeNaN();
    expect(besselI0(800)).toBe(Number.POSITIVE_INFINITY);
  });
  it('agrees with the asymptotic expansion e^x / √(2πx) · (1 + 1/(8x) + 9/(128x²) + 225/(3072x³)) for large x', () => {
    // Abramowitz & Stegun 9.7.1; the first omitted term is 11025/(98304x⁴) ≈ 4.4e-8 relative at x = 40.
    for (const x of [40, 80, 200]) {
      const approx = (Math.exp(x) / Math.sqrt(2 * Math.PI * x)) * (1 + 1 / (8 * x) + 9 / (128 * x * x) + 225 / (3072 * x ** 3));
      expect(Math.abs(besselI0(x) / approx - 1)).toBeLessThan(1e-7);
    }
  });
});
