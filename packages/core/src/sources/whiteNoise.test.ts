import { lastValueFrom, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { concatChannel, testScheduler } from '../../test/support/testing';
import type { Frame } from '../types/Frame';
import { whiteNoise } from './whiteNoise';

const collect = (src: ReturnType<typeof whiteNoise>): Promise<Frame[]> => lastValueFrom(src.pipe(toArray()));

function stats(x: number[]): { mean: number; variance: number; kurtosis: number; lag1: number } {
  const n = x.length;
  const mean = x.reduce((s, v) => s + v, 0) / n;
  let m2 = 0;
  let m4 = 0;
  let c1 = 0;
  for (let i = 0; i < n; i++) {
    const d = (x[i] as number) - mean;
    m2 += d * d;
    m4 += d ** 4;
    if (i > 0) c1 += d * ((x[i - 1] as number) - mean);
  }
  return { mean, variance: m2 / n, kurtosis: m4 / n / (m2 / n) ** 2, lag1: c1 / m2 };
}

describe('whiteNoise', () => {
  const N = 200_000;

  it('uniform: in [−a, a), mean 0, variance a²/3, kurtosis 1.8, uncorrelated (within 5 standard errors)', async () => {
    const a = 0.5;
    const x = concatChannel(await collect(whiteNoise({ seed: 7, amplitude: a, sampleRate: N, frameLength: 1000, seconds: 1 })), 0);
    expect(x).toHaveLength(N);
    expect(x.reduce((m, v) => Math.min(m, v), 0)).toBeGreaterThanOrEqual(-a);
    expect(x.reduce((m, v) => Math.max(m, v), 0)).toBeLessThan(a);
    const s = stats(x);
    // σ² = a²/3; standard error of the mean = σ/√N; of the variance ≈ σ²·√((κ−1)/N) with κ = 1.8;
    // of the lag-1 correlation ≈ 1/√N.
    const v = (a * a) / 3;
    expect(Math.abs(s.mean)).toBeLessThan(5 * Math.sqrt(v / N));
    expect(Math.abs(s.variance - v)).toBeLessThan(5 * v * Math.sqrt(0.8 / N));
    expect(Math.abs(s.kurtosis - 1.8)).toBeLessThan(0.02);
    expect(Math.abs(s.lag1)).toBeLessThan(5 / Math.sqrt(N));
  });

  it('gaussian: mean 0, standard deviation = amplitude, kurtosis 3, uncorrelated', async () => {
    const sd = 0.1;
    const x = concatChannel(await collect(whiteNoise({ seed: 3, amplitude: sd, distribution: 'gaussian', sampleRate: N, frameLength: 999, seconds: 1 })), 0);
    const s = stats(x);
    // standard errors: mean σ/√N; variance σ²·√(2/N) (κ = 3); kurtosis ≈ √(24/N) ≈ 0.011
    expect(Math.abs(s.mean)).toBeLessThan(5 * sd / Math.sqrt(N));
    expect(Math.abs(s.variance - sd * sd)).toBeLessThan(5 * sd * sd * Math.sqrt(2 / N));
    expect(Math.abs(s.kurtosis - 3)).toBeLessThan(5 * Math.sqrt(24 / N));
    expect(Math.abs(s.lag1)).toBeLessThan(5 / Math.sqrt(N));
  });

  it('is reproducible: same seed → same samples whatever the frame length; other seed → other samples', async () => {
    const opts = { seed: 11, channels: 2, distribution: 'gaussian' as const, sampleRate: 1000, seconds: 1 };
    const a = await collect(whiteNoise({ ...opts, frameLength: 7 }));
    const b = await collect(whiteNoise({ ...opts, frameLength: 128 }));
    for (const c of [0, 1]) expect(concatChannel(a, c)).toEqual(concatChannel(b, c));
    const other = await collect(whiteNoise({ ...opts, seed: 12, frameLength: 128 }));
    expect(concatChannel(other, 0)).not.toEqual(concatChannel(b, 0));
    // channels are independent streams, not copies
    expect(concatChannel(a, 0)).not.toEqual(concatChannel(a, 1));
    const again = await collect(whiteNoise({ ...opts, frameLength: 7 }));
    expect(again).toEqual(a); // cold: a new subscription restarts the sequence
  });

  it('int16 dtype: default gaussian σ is 8191.75 counts, values saturate', async () => {
    const x = concatChannel(await collect(whiteNoise({ seed: 5, distribution: 'gaussian', dtype: 'int16', sampleRate: N, frameLength: 4096, seconds: 1 })), 0);
    const s = stats(x);
    const sd = 32767 / 4;
    expect(Math.abs(Math.sqrt(s.variance) - sd)).toBeLessThan(5 * sd * Math.sqrt(0.5 / N) + 0.5);
    const loud = await lastValueFrom(whiteNoise({ seed: 5, dtype: 'int16', amplitude: 1e6, sampleRate: 8000, frameLength: 100 }).pipe(take(1)));
    const l = Array.from(loud.channels[0] ?? []);
    expect(l.every((v) => v === 32767 || v === -32768)).toBe(true);
  });

  it('marbles: paced frames with the same samples as unpaced; endless until unsubscribed', async () => {
    const [a, b] = (await lastValueFrom(whiteNoise({ seed: 1, sampleRate: 1000, frameLength: 2 }).pipe(take(2), toArray()))) as [Frame, Frame];
    expect([a.index, b.index]).toEqual([0, 2]);
    const ts = testScheduler();
    ts.run(({ expectObservable }) => {
      const src = whiteNoise({ seed: 1, sampleRate: 1000, frameLength: 2, scheduler: ts });
      expectObservable(src, '^ 4ms !').toBe('2ms a 1ms b', { a, b });
    });
  });

  it('rejects bad parameters', () => {
    expect(() => whiteNoise({ seed: 1.5, sampleRate: 8000, frameLength: 4 })).toThrow(/whiteNoise: seed must be an integer, got 1.5/);
    expect(() => whiteNoise({ sampleRate: 8000, frameLength: 4 } as never)).toThrow(/seed must be an integer, got undefined/);
    expect(() => whiteNoise({ seed: 1, distribution: 'pink' as never, sampleRate: 8000, frameLength: 4 })).toThrow(/distribution must be one of/);
    expect(() => whiteNoise({ seed: 1, sampleRate: -1, frameLength: 4 })).toThrow(/sampleRate must be a finite number > 0, got -1/);
  });
});
