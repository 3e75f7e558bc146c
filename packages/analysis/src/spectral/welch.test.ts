import { afterAll, describe, expect, it } from 'vitest';
import { randn } from '@rxdsp/test-utils';
import { welch } from './welch';
import { expectParity, fixture, signal, worst } from '../../test/support/spectralFixture';

describe('welch: scipy parity (fixtures/gen_spectral.py)', () => {
  for (const c of fixture.welch) {
    it(c.name, () => {
      const { f, pxx } = welch(signal(c.x), c.opts);
      expectParity(f, c.f, `${c.name}: f`);
      expectParity(pxx, c.pxx, `${c.name}: pxx`);
    });
  }
  afterAll(() => console.log(`welch: worst relative error vs scipy ${worst.value.toExponential(2)} (${worst.where})`));
});

describe('welch', () => {
  it("satisfies Parseval: Σ pxx·Δf ≈ variance for white noise (density scaling)", () => {
    // For a one-sided density PSD, ∫ pxx df estimates the variance; with 1e5 samples of
    // unit-variance noise the estimate is within a few percent.
    const x = randn(100_000, 42);
    const fs = 48_000;
    const { f, pxx } = welch(x, { fs, nperseg: 1024 });
    let s = 0;
    for (let k = 0; k < pxx.length; k++) s += pxx[k]!;
    const df = f[1]! - f[0]!;
    expect(s * df).toBeGreaterThan(0.97);
    expect(s * df).toBeLessThan(1.03);
  });

  it('accepts Float32Array and number[] input identically to Float64Array', () => {
    const x = randn(2000, 3);
    const x32 = Float32Array.from(x);
    const a = welch(Float64Array.from(x32), { nperseg: 128 });
    const b = welch(x32, { nperseg: 128 });
    const c = welch(Array.from(x32), { nperseg: 128 });
    expect(Array.from(b.pxx)).toEqual(Array.from(a.pxx));
    expect(Array.from(c.pxx)).toEqual(Array.from(a.pxx));
  });

  it('does not modify its input', () => {
    const x = randn(1000, 4);
    const copy = x.slice();
    welch(x, { detrend: 'linear' });
    expect(x).toEqual(copy);
  });

  it('accepts a negative noverlap as scipy does (segments with gaps between them)', () => {
    // regression (spectral sweep): noverlap = -3 was rejected. With nperseg 8 and step 11 on
    // 30 samples, the segments are [0, 8) and [11, 19) ((30 + 3) // 11 = 3 would need 30 ≥ 22 + 8:
    // no, so floor((30 − 8)/11) + 1 = 3 segments: [0, 8), [11, 19), [22, 30)).
    const x = randn(30, 9);
    const got = welch(x, { nperseg: 8, noverlap: -3, window: 'boxcar', detrend: false }).pxx;
    const parts = [0, 11, 22].map((s) => welch(x.subarray(s, s + 8), { nperseg: 8, window: 'boxcar', detrend: false }).pxx);
    const mean = got.map((_, k) => (parts[0]![k]! + parts[1]![k]! + parts[2]![k]!) / 3);
    for (let k = 0; k < got.length; k++) expect(got[k]).toBeCloseTo(mean[k]!, 12);
  });

  it('rejects bad input with a RangeError naming the parameter', () => {
    const x = randn(300, 1);
    expect(() => welch(x, { nperseg: 512 })).toThrow(/welch: nperseg \(512\) is larger than the signal length \(300\)/);
    expect(() => welch(x, { nperseg: 64, noverlap: 64 })).toThrow(/welch: noverlap \(64\) must be less than nperseg \(64\)/);
    expect(() => welch(x, { nperseg: 64, noverlap: 2.5 })).toThrow(/welch: noverlap must be an integer, got 2.5/);
    expect(() => welch(x, { window: 'hanning-ish' })).toThrow(RangeError);
    expect(() => welch(x, { window: 'hanning-ish' })).toThrow(/welch: window: .*unknown window name 'hanning-ish'/);
    expect(() => welch(x, { nperseg: 64, nfft: 32 })).toThrow(/welch: nfft \(32\) must be >= nperseg \(64\)/);
    expect(() => welch(x, { nperseg: 10.5 })).toThrow(/nperseg must be an integer ≥ 1, got 10.5/);
    expect(() => welch(x, { fs: 0 })).toThrow(/welch: fs must be a finite number > 0, got 0/);
    expect(() => welch(x, { detrend: 'quadratic' as never })).toThrow(/welch: detrend/);
    expect(() => welch(x, { scaling: 'power' as never })).toThrow(/welch: scaling/);
    expect(() => welch(x, { average: 'mode' as never })).toThrow(/welch: average/);
    expect(() => welch([], {})).toThrow(/welch: x must not be empty/);
    expect(() => welch(x, { window: [1, 2, 3], nperseg: 4 })).toThrow(/nperseg \(4\) must equal the window array's length \(3\)/);
    expect(() => welch(x, { window: new Float64Array(400) })).toThrow(/window .* longer than the signal/);
  });
});
