import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { acoshAccurate, log10Accurate } from './accurateMath';

const fx = loadFixture<{ numpyMath: { x: number[]; arccosh: number[]; log10: number[] } }>('../../../../fixtures/iir_special.json', import.meta.url);

function ulps(a: number, e: number): number {
  return Math.abs(a - e) / (Number.EPSILON * Math.abs(e));
}

describe('acoshAccurate / log10Accurate (numpy values)', () => {
  it('agree with numpy to within one ulp and exactly in nearly all cases', () => {
    let exact = 0;
    const n = fx.numpyMath.x.length;
    for (let i = 0; i < n; i++) {
      const x = fx.numpyMath.x[i] as number;
      const a = acoshAccurate(x);
      const l = log10Accurate(x);
      expect(ulps(a, fx.numpyMath.arccosh[i] as number), `acosh(${x})`).toBeLessThanOrEqual(1);
      expect(ulps(l, fx.numpyMath.log10[i] as number), `log10(${x})`).toBeLessThanOrEqual(1);
      if (a === fx.numpyMath.arccosh[i] && l === fx.numpyMath.log10[i]) exact++;
    }
    // numpy's SIMD arccosh/log10 round correctly almost always; so does this double-double evaluation
    expect(exact / n).toBeGreaterThanOrEqual(0.97);
  });
  it('handles the domain edges', () => {
    expect(acoshAccurate(1)).toBe(0);
    expect(acoshAccurate(0.5)).toBeNaN();
    expect(log10Accurate(1000)).toBe(3);
  });
});
