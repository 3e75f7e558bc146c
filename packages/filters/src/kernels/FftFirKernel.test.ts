import { describe, expect, it } from 'vitest';
import { checkStatefulInvariants, expectClose, loadFixture, maxRelError, randn, type StatefulUnit } from '@rxdsp/test-utils';
import { FftFirKernel, bestFftSize } from './FftFirKernel';
import { FirKernel } from './FirKernel';

interface Case {
  name: string;
  b: number[];
  a: number[];
  x: number[];
  zi?: number[];
  y: number[];
}
const fx = loadFixture<{ lfilter: Case[] }>('../../fixtures/kernels.json', import.meta.url);
const firCases = fx.lfilter.filter((c) => c.a.length === 1 && c.zi === undefined);

const unit = (taps: ArrayLike<number>, fftSize?: number): StatefulUnit<FftFirKernel> => ({
  create: () => new FftFirKernel(taps, fftSize === undefined ? {} : { fftSize }),
  process: (k, [x]) => [k.process(x!)],
  reset: (k) => k.reset(),
  copy: (k) => k.copy(),
});

describe('FftFirKernel (overlap-save)', () => {
  it.each(firCases.map((c) => [c.name, c] as const))('matches scipy lfilter within 1e-10 relative: %s', (_n, c) => {
    const taps = c.b.map((v) => v / c.a[0]!);
    const k = new FftFirKernel(taps, { blockSize: 1024 });
    const y = new Float64Array(c.x.length);
    for (let p = 0; p < c.x.length; p += 1024) k.process(c.x.slice(p, p + 1024), y.subarray(p, p + 1024));
    expect(maxRelError(y, c.y)).toBeLessThan(1e-12);
  });

  it.each([
    [1, 4],
    [7, 8],
    [31, 64],
    [182, 512],
    [182, 4096],
  ])('standard stateful invariants (1e-12 of the peak), %i taps, fftSize %i', (m, N) => {
    // Different block partitions cut the signal into different FFT chunks: equal to round-off only.
    checkStatefulInvariants(unit(randn(m, 3), N), randn(1500, 9), { rtol: 0, atol: 1e-12 * Math.sqrt(m) * 5 });
  });

  it('mixed partitions (several FFT sizes, direct-form tails) agree with the direct kernel for every block length tried', () => {
    // 182 taps at blockSize 1024: plans mix N = 256/512/1024 real-FFT chunks and short direct-form tails
    // (e.g. 1 to 31 outputs directly, 1024 = 331 outputs with N = 512 + 693 with N = 1024, 2048 ends in a direct tail).
    const taps = randn(182, 5);
    const lengths = [1, 2, 3, 4, 5, 7, 31, 32, 64, 75, 76, 181, 182, 331, 332, 512, 693, 843, 844, 1000, 1023, 1024, 1025, 2048, 3000];
    const total = lengths.reduce((s, n) => s + n, 0);
    const x = randn(total, 6);
    const d = new FirKernel(taps);
    const f = new FftFirKernel(taps, { blockSize: 1024 });
    const yd = d.process(x);
    const yf = new Float64Array(total);
    let pos = 0;
    for (const n of lengths) {
      f.process(x.subarray(pos, pos + n), yf.subarray(pos, pos + n));
      pos += n;
    }
    let peak = 0;
    for (const v of yd) peak = Math.max(peak, Math.abs(v));
    expectClose(yf, yd, { rtol: 0, atol: 1e-12 * peak });
    expectClose(f.getState(), d.getState(), { rtol: 0, atol: 0 });
  });

  it('a long block (many full chunks of the most efficient size, then an exact partition of the rest) agrees with the direct kernel', () => {
    const taps = randn(182, 11);
    const x = randn(20011, 12);
    const yd = new FirKernel(taps).process(x);
    const f = new FftFirKernel(taps, { blockSize: x.length });
    const yf = f.process(x.subarray(0, 20000));
    const tail = f.process(x.subarray(20000));
    let peak = 0;
    for (const v of yd) peak = Math.max(peak, Math.abs(v));
    expectClose(yf, yd.subarray(0, 20000), { rtol: 0, atol: 1e-12 * peak });
    expectClose(tail, yd.subarray(20000), { rtol: 0, atol: 1e-12 * peak });
  });

  it('writes into a Float32Array output and reads plain-array input like the direct kernel', () => {
    const taps = randn(40, 7);
    const x = Array.from(randn(700, 8));
    const yd = new FirKernel(taps).process(x);
    const yf = new FftFirKernel(taps, { blockSize: 700 }).process(x, new Float32Array(700));
    // both rounded to float32: at most one float32 ulp (2^-23 relative) apart
    expectClose(Float64Array.from(yf), Float64Array.from(yd, Math.fround), { rtol: 2 ** -23, atol: 1e-300 });
  });

  it('state is interchangeable with the direct kernel', () => {
    const taps = randn(50, 1);
    const x = randn(400, 2);
    const d = new FirKernel(taps);
    d.process(x.subarray(0, 200));
    const f = new FftFirKernel(taps);
    f.setState(d.getState());
    const yd = d.process(x.subarray(200));
    const yf = f.process(x.subarray(200));
    expectClose(yf, yd, { rtol: 0, atol: 1e-12 });
  });

  it('picks an FFT size covering the taps; 182 taps at 1024-sample blocks uses ≤ 2048', () => {
    const N = bestFftSize(182, 1024);
    expect(N).toBeGreaterThanOrEqual(256);
    expect(N).toBeLessThanOrEqual(2048);
    expect(new FftFirKernel(randn(182, 1)).fftSize).toBe(N);
  });

  it('rejects a bad fftSize', () => {
    expect(() => new FftFirKernel([1, 2, 3], { fftSize: 2 })).toThrow('FftFirKernel: fftSize must be a power of two');
    expect(() => new FftFirKernel(randn(10, 1), { fftSize: 8 })).toThrow(RangeError);
    expect(() => new FftFirKernel([1], { fftSize: 12 })).toThrow(RangeError);
  });
});
