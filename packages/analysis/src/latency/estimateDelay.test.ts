import { describe, expect, it } from 'vitest';
import { randn } from '@rxdsp/test-utils';
import { estimateDelay } from './estimateDelay';

const fs = 48_000;

/** Linear chirp f0→f1 over `seconds`, evaluated at t − tau (an exact fractional delay of an analytic signal). */
function chirpAt(n: number, seconds: number, f0: number, f1: number, tauSamples: number, len: number): Float64Array {
  const out = new Float64Array(len);
  const k = (f1 - f0) / seconds;
  for (let i = 0; i < len; i++) {
    const t = (i - tauSamples) / fs;
    if (t < 0 || t >= n / fs) continue;
    // Tukey-like 2 ms fade in/out keeps the chirp band-limited at its ends.
    const fade = Math.min(1, t / 0.002, (n / fs - t) / 0.002);
    out[i] = fade * Math.sin(2 * Math.PI * (f0 * t + 0.5 * k * t * t));
  }
  return out;
}

describe('estimateDelay', () => {
  it('finds an impulse delay exactly, with high confidence', () => {
    const ref = new Float64Array([1]);
    const cap = randn(4096, 11).map((v) => 1e-3 * v);
    cap[480]! += 0.8;
    const d = estimateDelay(ref, cap, fs);
    expect(d.delaySamples).toBe(480);
    expect(d.delayMs).toBeCloseTo(10, 12);
    expect(d.polarity).toBe(1);
    expect(d.confidenceDb).toBeGreaterThan(40);
  });

  it('finds a chirp delay, refining a fractional delay to within 0.1 sample', () => {
    const n = 4800; // 100 ms, 100 Hz → 16 kHz
    const ref = chirpAt(n, n / fs, 100, 16_000, 0, n);
    for (const tau of [1234, 1234.25, 1234.5, 777.8]) {
      const cap = chirpAt(n, n / fs, 100, 16_000, tau, 8192);
      const noise = randn(8192, 3);
      for (let i = 0; i < cap.length; i++) cap[i] = 0.5 * cap[i]! + 0.01 * noise[i]!;
      const d = estimateDelay(ref, cap, fs);
      expect(d.delaySamples).toBe(Math.round(tau));
      expect(Math.abs(d.fractionalDelaySamples - tau)).toBeLessThan(0.1);
      expect(d.fractionalDelayMs).toBeCloseTo((d.fractionalDelaySamples / fs) * 1000, 12);
      // At a half-sample offset a 16 kHz-wide chirp decorrelates from its integer-lag copy
      // (measured 0.83), so the coefficient is only near 1 for integer delays.
      expect(d.correlation).toBeGreaterThan(Number.isInteger(tau) ? 0.99 : 0.8);
      // The chirp's own autocorrelation sidelobes (≈ −13 dB) bound the ratio.
      expect(d.confidenceDb).toBeGreaterThan(10);
    }
  });

  it('finds a noise delay and an inverted polarity', () => {
    const ref = randn(4800, 7);
    const cap = randn(12000, 8).map((v) => 0.05 * v);
    for (let i = 0; i < ref.length; i++) cap[300 + i]! += -0.7 * ref[i]!;
    const d = estimateDelay(ref, cap, fs);
    expect(d.delaySamples).toBe(300);
    expect(d.fractionalDelaySamples).toBeCloseTo(300, 1);
    expect(d.polarity).toBe(-1);
    expect(d.correlation).toBeLessThan(-0.99);
    expect(d.confidenceDb).toBeGreaterThan(20);
  });

  it('gives a low confidence for unrelated signals', () => {
    const d = estimateDelay(randn(4800, 1), randn(9600, 2), fs);
    const good = estimateDelay(randn(4800, 1), (() => {
      const c = randn(9600, 2).map((v) => 0.1 * v);
      const r = randn(4800, 1);
      for (let i = 0; i < r.length; i++) c[100 + i]! += r[i]!;
      return c;
    })(), fs);
    expect(d.confidence).toBeLessThan(2);
    expect(Math.abs(d.correlation)).toBeLessThan(0.1);
    expect(good.confidence).toBeGreaterThan(5 * d.confidence);
  });

  it('searches negative lags when allowed and respects the range', () => {
    const ref = randn(1000, 9);
    const cap = ref.slice(50); // captured starts 50 samples into the reference: delay −50
    expect(estimateDelay(ref, cap, fs, { minDelaySamples: -200 }).delaySamples).toBe(-50);
    const cap2 = new Float64Array(3000);
    cap2.set(ref, 100);
    cap2.set(ref, 2000);
    expect(estimateDelay(ref, cap2, fs, { minDelaySamples: 1000 }).delaySamples).toBe(2000);
    expect(estimateDelay(ref, cap2, fs, { maxDelaySamples: 999 }).delaySamples).toBe(100);
  });

  it('reports no estimate for a silent capture', () => {
    const d = estimateDelay(randn(100, 1), new Float64Array(500), fs);
    expect(d.delaySamples).toBeNaN();
    expect(d.confidence).toBe(0);
  });

  it('does not modify its inputs', () => {
    const ref = randn(64, 1);
    const cap = randn(256, 2);
    const r0 = ref.slice();
    const c0 = cap.slice();
    estimateDelay(ref, cap, fs);
    expect(ref).toEqual(r0);
    expect(cap).toEqual(c0);
  });

  it('rejects bad input naming the parameter', () => {
    expect(() => estimateDelay([], [1], fs)).toThrow(/estimateDelay: reference must not be empty/);
    expect(() => estimateDelay([1], [], fs)).toThrow(/captured must not be empty/);
    expect(() => estimateDelay([0, 0], [1, 2], fs)).toThrow(/reference is all zeros/);
    expect(() => estimateDelay([1], [1, 2], 0)).toThrow(/fs must be a finite number > 0, got 0/);
    expect(() => estimateDelay([1], [1, 2], fs, { minDelaySamples: -5 })).toThrow(/minDelaySamples/);
    expect(() => estimateDelay([1], [1, 2], fs, { maxDelaySamples: 9 })).toThrow(/maxDelaySamples .* got 9/);
    expect(() => estimateDelay([1, Number.NaN], [1, 2], fs)).toThrow(/reference\[1\] is NaN/);
    expect(() => estimateDelay(null as unknown as number[], [1], fs)).toThrow(TypeError);
  });
});
