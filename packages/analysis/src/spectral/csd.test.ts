import { afterAll, describe, expect, it } from 'vitest';
import { expectClose, loadFixture, randn } from '@rxdsp/test-utils';
import { csd } from './csd';
import { welch } from './welch';
import { expectParity, fixture, signal, worst } from '../../test/support/spectralFixture';

interface UnequalCase {
  x: string;
  y: string;
  opts: { nperseg?: number; noverlap?: number };
  f: number[];
  re: number[];
  im: number[];
  cxy: number[] | null;
}
const extra = loadFixture<{ signals: Record<string, number[]>; unequal: UnequalCase[] }>('../../fixtures/stft.json', import.meta.url);
const unequal = extra.unequal;
const sig = (name: string): Float64Array => Float64Array.from(extra.signals[name]!);

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

  it('zero-pads the shorter signal as scipy does (fixture: gen_stft.py, scipy.signal.csd)', () => {
    for (const c of unequal) {
      const { f, pxy } = csd(sig(c.x), sig(c.y), c.opts);
      expectClose(f, c.f, { rtol: 1e-14, atol: 0, label: `csd ${c.x}/${c.y} f` });
      const peak = Math.max(...c.re.map((r, k) => Math.hypot(r, c.im[k]!)));
      expectClose(pxy.re, c.re, { rtol: 1e-10, atol: 1e-12 * peak, label: `csd ${c.x}/${c.y} re` });
      expectClose(pxy.im, c.im, { rtol: 1e-10, atol: 1e-12 * peak, label: `csd ${c.x}/${c.y} im` });
    }
    const x = randn(100, 1);
    const before = Float64Array.from(x);
    csd(x, randn(120, 2), { nperseg: 50 });
    expect(x).toEqual(before); // the inputs are not modified
  });

  it('rejects bad signals, naming them', () => {
    expect(() => csd(randn(100, 1), [])).toThrow(/csd: y must not be empty/);
    expect(() => csd(randn(100, 1), randn(100, 1), { nperseg: 101 })).toThrow(/csd: nperseg/);
  });
});
