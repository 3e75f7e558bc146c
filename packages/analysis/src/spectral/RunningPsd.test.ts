import { describe, expect, it } from 'vitest';
import { expectClose, randn } from '@rxdsp/test-utils';
import { RunningPsd } from './RunningPsd';
import { welch } from './welch';
import type { WelchOptions } from './SpectralOptions';

/** Feeds x in blocks of the given (cycled) sizes. */
function feed(est: RunningPsd, chans: Float64Array[], sizes: number[]): void {
  let pos = 0;
  let i = 0;
  while (pos < chans[0]!.length) {
    const n = Math.min(sizes[i++ % sizes.length]!, chans[0]!.length - pos);
    est.push(chans.map((c) => c.subarray(pos, pos + n)));
    pos += n;
  }
}

const cases: WelchOptions[] = [
  { fs: 48_000, nperseg: 256 },
  { nperseg: 255, noverlap: 100, window: 'hamming', detrend: 'linear' },
  { nperseg: 128, nfft: 300, window: ['kaiser', 6], scaling: 'spectrum' },
  { nperseg: 64, noverlap: 0, returnOnesided: false, detrend: false },
  // regression (spectral sweep): a negative overlap (a gap between segments) is valid in scipy
  { nperseg: 50, noverlap: -7, window: 'blackman' },
];

describe('RunningPsd', () => {
  for (const opts of cases) {
    it(`cumulative average equals welch over the whole signal (${JSON.stringify(opts)}), for any block sizes`, () => {
      const x = randn(5000, 11);
      const ref = welch(x, opts).pxx;
      for (const sizes of [[5000], [1], [7, 300, 64], [1024]]) {
        const est = new RunningPsd(opts);
        feed(est, [x], sizes);
        const e = est.estimate()!;
        expectClose(e.pxx[0]!, ref, { rtol: 1e-12, atol: 1e-15 * Math.max(...ref), label: `sizes ${sizes}` });
        expectClose(e.f, welch(x, opts).f, { rtol: 0, atol: 0 });
        expect(e.samples).toBe(5000);
      }
    });
  }

  it('block averaging restarts after each take; exponential follows its recursion', () => {
    const x = randn(4096, 3);
    const block = new RunningPsd({ nperseg: 256, noverlap: 0, averaging: 'block' });
    block.push([x.subarray(0, 1024)]);
    const first = block.take()!;
    expect(first.segments).toBe(4);
    expectClose(first.pxx[0]!, welch(x.subarray(0, 1024), { nperseg: 256, noverlap: 0 }).pxx, { rtol: 1e-12 });
    block.push([x.subarray(1024, 2048)]);
    expectClose(block.take()!.pxx[0]!, welch(x.subarray(1024, 2048), { nperseg: 256, noverlap: 0 }).pxx, { rtol: 1e-12 });
    expect(block.take()).toBeNull();

    const alpha = 0.25;
    const ex = new RunningPsd({ nperseg: 256, noverlap: 0, averaging: 'exponential', alpha });
    ex.push([x.subarray(0, 768)]);
    // est = (1−α)²·P₀ + α(1−α)·P₁ + α·P₂ with Pₖ the single-segment periodograms
    const P = [0, 1, 2].map((k) => welch(x.subarray(256 * k, 256 * (k + 1)), { nperseg: 256 }).pxx);
    const want = P[0]!.map((p0, i) => (1 - alpha) ** 2 * p0 + alpha * (1 - alpha) * P[1]![i]! + alpha * P[2]![i]!);
    expectClose(ex.estimate()!.pxx[0]!, want, { rtol: 1e-12 });
    expect(ex.estimate()!.segments).toBe(3);
  });

  it('handles channels independently', () => {
    const a = randn(3000, 1);
    const b = randn(3000, 2);
    const est = new RunningPsd({ channels: 2, nperseg: 200 });
    feed(est, [a, b], [333]);
    const e = est.estimate()!;
    expectClose(e.pxx[0]!, welch(a, { nperseg: 200 }).pxx, { rtol: 1e-12 });
    expectClose(e.pxx[1]!, welch(b, { nperseg: 200 }).pxx, { rtol: 1e-12 });
  });

  it('reset() behaves as new; copy() continues identically', () => {
    const x = randn(3000, 5);
    const est = new RunningPsd({ nperseg: 128 });
    est.push([x.subarray(0, 1000)]);
    const c = est.copy();
    est.push([x.subarray(1000)]);
    c.push([x.subarray(1000)]);
    expect(Array.from(c.estimate()!.pxx[0]!)).toEqual(Array.from(est.estimate()!.pxx[0]!));
    est.reset();
    expect(est.estimate()).toBeNull();
    est.push([x]);
    const fresh = new RunningPsd({ nperseg: 128 });
    fresh.push([x]);
    expect(Array.from(est.estimate()!.pxx[0]!)).toEqual(Array.from(fresh.estimate()!.pxx[0]!));
  });

  it('rejects bad options and blocks', () => {
    expect(() => new RunningPsd({ nperseg: 64, noverlap: 64 })).toThrow(/RunningPsd: noverlap \(64\) must be less than nperseg \(64\)/);
    // regression: welch options with average 'median' silently gave a mean
    expect(() => new RunningPsd({ nperseg: 64, average: 'median' } as never)).toThrow(/RunningPsd: average "median" is not supported/);
    expect(new RunningPsd({ nperseg: 64, average: 'mean' } as never).plan.nperseg).toBe(64);
    expect(() => new RunningPsd({ averaging: 'median' as never })).toThrow(/RunningPsd: averaging/);
    expect(() => new RunningPsd({ alpha: 0 })).toThrow(/alpha must be in \(0, 1\], got 0/);
    expect(() => new RunningPsd({ channels: 0 })).toThrow(/channels must be an integer ≥ 1/);
    expect(() => new RunningPsd().push([new Float64Array(3), new Float64Array(3)])).toThrow(/block has 2 channels, expected 1/);
    expect(() => new RunningPsd({ channels: 2 }).push([new Float64Array(3), new Float64Array(2)])).toThrow(/block\[1\] has 2 samples, expected 3/);
  });
});
