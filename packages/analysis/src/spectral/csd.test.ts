import { afterAll, describe, expect, it } from 'vitest';
import { randn } from '@rxdsp/test-utils';
import { csd } from './csd';
import { welch } from './welch';
import { expectParity, fixture, signal, worst } from './internal/spectralFixture';

describe('csd: scipy parity', () => {
  for (const c of fixture.csd) {
    it(c.name, () => {
      const { f, pxy } = csd(signal(c.x), signal(c.y), c.opts);
      expectParity(f, c.f, `${c.name}: f`);
      // Real and imaginary parts share the magnitude's scale: compare each against the peak |Pxy|.
      const mag = c.re.map((r, k) => Math.hypot(r, c.im[k]!));
      const peak = Math.max(...mag);
      const near = (a: Float64Array, e: number[], part: string) => {
        for (let k = 0; k < e.length; k++) {
          const tol = 1e-9 * Math.abs(e[k]!) + 1e-13 * peak;
          if (!(Math.abs(a[k]! - e[k]!) <= tol)) expect.fail(`${c.name}: ${part}[${k}] ${a[k]} vs ${e[k]}`);
        }
      };
      near(pxy.re, c.re, 're');
      near(pxy.im, c.im, 'im');
      expectParity(pxy.re.map((r, k) => Math.hypot(r, pxy.im[k]!)), mag, `${c.name}: |pxy|`);
    });
  }
  afterAll(() => console.log(`csd: worst relative error of |Pxy| vs scipy ${worst.value.toExponential(2)} (${worst.where})`));
});

describe('csd', () => {
  it('csd(x, x) equals welch(x) with a zero imaginary part', () => {
    const x = randn(3000, 9);
    const a = csd(x, x, { nperseg: 200, average: 'median' });
    const b = welch(x, { nperseg: 200, average: 'median' });
    for (let k = 0; k < b.pxx.length; k++) {
      expect(a.pxy.re[k]).toBeCloseTo(b.pxx[k]!, 14);
      expect(a.pxy.im[k]).toBe(0);
    }
  });

  it('rejects signals of different lengths, naming y', () => {
    expect(() => csd(randn(100, 1), randn(120, 2))).toThrow(
      /csd: y must have the same length as x \(x has 100 samples, y has 120\)/,
    );
    expect(() => csd(randn(100, 1), [])).toThrow(/csd: y is empty/);
    expect(() => csd(randn(100, 1), randn(100, 1), { nperseg: 101 })).toThrow(/csd: nperseg/);
  });
});
