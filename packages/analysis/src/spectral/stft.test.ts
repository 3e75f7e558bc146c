import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { stft, type StftOptions } from './stft';
import { welch } from './welch';
import type { WelchOptions } from './SpectralOptions';

// Golden vectors: packages/analysis/fixtures/gen_stft.py (scipy.signal.stft, legacy function; scipy.signal.welch).
interface StftCase {
  x: string;
  opts: StftOptions;
  f: number[];
  t: number[];
  re: number[][];
  im: number[][];
}
interface Fixture {
  signals: Record<string, number[]>;
  stft: StftCase[];
  welchWindows: { x: string; opts: WelchOptions; f: number[]; pxx: number[] }[];
}
const fx = loadFixture<Fixture>('../../fixtures/stft.json', import.meta.url);
const sig = (name: string): Float64Array => Float64Array.from(fx.signals[name]!);

// Tolerance: each bin is a sum of nperseg products (FFT rounding ~ ε·log n relative to the segment's energy), so
// bins are compared with an absolute bound of 1e-12 of the largest |Z| of the case plus rtol 1e-10.
describe('stft against scipy.signal.stft', () => {
  for (const [i, c] of fx.stft.entries()) {
    it(`#${i} ${c.x} ${JSON.stringify(c.opts)}`, () => {
      const { f, t, zxx } = stft(sig(c.x), c.opts);
      expectClose(f, c.f, { rtol: 1e-14, atol: 1e-14, label: 'f' });
      expectClose(t, c.t, { rtol: 1e-14, atol: 1e-14, label: 't' });
      expect(zxx.re.length).toBe(c.re.length);
      let peak = 0;
      c.re.forEach((row, k) => row.forEach((v, m) => (peak = Math.max(peak, Math.hypot(v, c.im[k]![m]!)))));
      let worst = 0;
      c.re.forEach((row, k) => {
        expectClose(zxx.re[k]!, row, { rtol: 1e-10, atol: 1e-12 * peak, label: `re[${k}]` });
        expectClose(zxx.im[k]!, c.im[k]!, { rtol: 1e-10, atol: 1e-12 * peak, label: `im[${k}]` });
        row.forEach((v, m) => (worst = Math.max(worst, Math.hypot(zxx.re[k]![m]! - v, zxx.im[k]![m]! - c.im[k]![m]!) / peak)));
      });
      console.info(`worst error vs scipy, stft #${i}: ${worst.toExponential(2)} of the peak |Z|`);
    });
  }
});

describe('welch with the windows added to core (by name and tuple)', () => {
  it(`${fx.welchWindows.length} windows against scipy.signal.welch`, () => {
    for (const c of fx.welchWindows) {
      const { f, pxx } = welch(sig(c.x), c.opts);
      expectClose(f, c.f, { rtol: 1e-14, atol: 0, label: 'f' });
      const peak = Math.max(...c.pxx);
      expectClose(pxx, c.pxx, { rtol: 1e-10, atol: 1e-12 * peak, label: `welch window ${JSON.stringify(c.opts.window)}` });
    }
  });
});

describe('stft bad input names the parameter', () => {
  it('rejects bad options', () => {
    const x = new Float64Array(100);
    expect(() => stft(x, { scaling: 'density' as 'psd' })).toThrow(/stft: scaling must be 'spectrum' or 'psd', got "density"/);
    expect(() => stft(x, { boundary: 'reflect' as 'even' })).toThrow(/stft: boundary must be 'zeros', 'even', 'odd', 'constant' or null/);
    expect(() => stft(x, { nperseg: 20, noverlap: 20 })).toThrow(/stft: noverlap \(20\) must be less than nperseg \(20\)/);
    expect(() => stft(new Float64Array(3), { nperseg: 3, boundary: 'even' })).not.toThrow();
    expect(() => stft(new Float64Array(2), { nperseg: 2, boundary: 'odd', noverlap: 0 })).not.toThrow();
    expect(() => stft([], {})).toThrow(/stft: x must not be empty/);
    expect(() => stft(x, { padded: 1 as unknown as boolean })).toThrow(/stft: padded must be a boolean, got 1/);
  });
});
