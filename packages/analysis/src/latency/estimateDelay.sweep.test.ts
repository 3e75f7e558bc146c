// estimateDelay on cases the author did not pick: integer and fractional delays of noise, a chirp
// and an impulse at several SNRs, delays near 0 and near the end of the capture, captures
// longer than the reference. Fractional delays are exact: every signal is evaluated
// analytically at t − d (band-limited multi-tone noise, a faded chirp, a windowed-sinc pulse),
// so the true delay is known to rounding.
import { describe, expect, it } from 'vitest';
import { randn, rng } from '@rxdsp/test-utils';
import { estimateDelay } from './estimateDelay';

const fs = 48_000;

/** Band-limited "noise": 300 tones of random frequency in (0, 0.45·fs), phase and amplitude, at sample i − d, under a fade-in/out envelope of `fade` samples. */
function toneNoise(len: number, d: number, seed: number, start = 0, dur = len, fade = 64): Float64Array {
  const r = rng(seed);
  const tones = Array.from({ length: 300 }, () => ({ f: 0.45 * r(), p: 2 * Math.PI * r(), a: 0.5 + r() }));
  const out = new Float64Array(len);
  for (let i = 0; i < len; i++) {
    const t = i - d - start; // position inside the burst
    if (t < 0 || t > dur) continue;
    const env = Math.min(1, t / fade, (dur - t) / fade);
    const e = 0.5 - 0.5 * Math.cos(Math.PI * env); // raised-cosine fade: smooth, so the burst stays band-limited
    let s = 0;
    for (const { f, p, a } of tones) s += a * Math.sin(2 * Math.PI * f * t + p);
    out[i] = (e * s) / 12;
  }
  return out;
}

/** Linear chirp from 0.01·fs to 0.4·fs over `dur` samples with 64-sample raised-cosine fades, at sample i − d. */
function chirp(len: number, d: number, dur: number): Float64Array {
  const out = new Float64Array(len);
  for (let i = 0; i < len; i++) {
    const t = i - d;
    if (t < 0 || t > dur) continue;
    const env = Math.min(1, t / 64, (dur - t) / 64);
    out[i] = (0.5 - 0.5 * Math.cos(Math.PI * env)) * Math.sin(2 * Math.PI * (0.01 * t + (0.39 * t * t) / (2 * dur)));
  }
  return out;
}

/** Band-limited pulse (sinc of bandwidth 0.45·fs under a 129-sample Hann window) centred at sample c + d. */
function pulse(len: number, c: number, d: number): Float64Array {
  const out = new Float64Array(len);
  for (let i = 0; i < len; i++) {
    const t = i - c - d;
    if (Math.abs(t) >= 64) continue;
    const x = 0.9 * t;
    out[i] = (x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x)) * (0.5 + 0.5 * Math.cos((Math.PI * t) / 64));
  }
  return out;
}

function addNoise(x: Float64Array, snrDb: number, seed: number, signalPower: number): Float64Array {
  const n = randn(x.length, seed);
  const g = Math.sqrt(signalPower / 10 ** (snrDb / 10));
  return x.map((v, i) => v + g * n[i]!);
}

function power(x: Float64Array): number {
  let s = 0;
  let m = 0;
  for (const v of x) {
    if (v !== 0) {
      s += v * v;
      m++;
    }
  }
  return s / Math.max(m, 1);
}

describe('estimateDelay sweep: integer delays', () => {
  const nr = 1000;
  const nc = 4000;
  const signals: Record<string, (d: number, len: number) => Float64Array> = {
    noise: (d, len) => {
      const ref = randn(nr, 11);
      const out = new Float64Array(len);
      for (let i = 0; i < nr && i + d < len; i++) out[i + d] = ref[i]!;
      return out;
    },
    chirp: (d, len) => chirp(len, d, nr - 1),
    impulse: (d, len) => {
      const out = new Float64Array(len);
      if (d < len) out[d] = 1;
      return out;
    },
  };
  for (const [name, make] of Object.entries(signals)) {
    for (const snr of [40, 10, 0, -10]) {
      // An impulse has one sample of energy (no correlation gain): at 10 dB per-sample SNR the
      // largest of 4000 noise samples (≈ 3.7σ = 1.2) beats it. Only the clean-ish case applies.
      if (name === 'impulse' && snr < 40) continue;
      for (const d of [0, 1, 777, nc - nr - 1, nc - nr]) {
        it(`${name}, SNR ${snr} dB, delay ${d} of a ${nc}-sample capture (reference ${nr})`, () => {
          const ref = make(0, nr);
          const clean = make(d, nc);
          const cap = addNoise(clean, snr, 1000 + d + snr, power(ref));
          const e = estimateDelay(ref, cap, fs);
          expect(e.delaySamples).toBe(d);
          expect(e.delayMs).toBeCloseTo((d / fs) * 1000, 12);
          expect(e.polarity).toBe(1);
          expect(Math.abs(e.fractionalDelaySamples - d)).toBeLessThan(snr >= 10 ? 0.05 : 0.5);
          // peak-to-sidelobe falls with SNR but stays above 1 when the peak is found
          expect(e.confidence).toBeGreaterThan(1);
          // impulse at 40 dB: the 1000-sample span holds noise energy 1000·1e-4 = 0.1 against the
          // impulse's 1, so the coefficient is 1/√1.1 ≈ 0.953
          if (snr >= 40) expect(e.correlation).toBeGreaterThan(name === 'impulse' ? 0.94 : 0.99);
        });
      }
    }
  }

  it('finds a reference whose end runs past the end of the capture (partial overlap, delay near the length)', () => {
    const ref = randn(1000, 5);
    const cap = new Float64Array(2100);
    cap.set(ref.subarray(0, 60), 2040); // only the first 60 samples made it into the capture
    const e = estimateDelay(ref, cap, fs);
    expect(e.delaySamples).toBe(2040);
    expect(e.correlation).toBeGreaterThan(0);
  });

  it('delay equal to the last sample of the capture', () => {
    const cap = new Float64Array(500);
    cap[499] = 1;
    const e = estimateDelay([1], cap, fs);
    expect(e.delaySamples).toBe(499);
    expect(e.fractionalDelaySamples).toBe(499); // no neighbour beyond the edge: not refined
  });
});

describe('estimateDelay sweep: fractional delays (band-limited signals evaluated at t − d)', () => {
  const nr = 1500;
  const nc = 3000;
  const ds = [0.25, 0.5, 3.7, 100.3, 777.77, 1499.5];
  const cases: [string, number, (d: number, len: number) => Float64Array][] = [
    ['tone noise', 0.02, (d, len) => toneNoise(len, d, 7, 0, nr - 1)],
    ['chirp', 0.01, (d, len) => chirp(len, d, nr - 1)],
    ['sinc pulse', 0.01, (d, len) => pulse(len, 64, d)],
  ];
  for (const [name, tol, make] of cases) {
    for (const d of ds) {
      it(`${name}: delay ${d} recovered within ${tol} sample`, () => {
        const e = estimateDelay(make(0, nr), make(d, nc), fs);
        expect(Math.abs(e.delaySamples - d)).toBeLessThanOrEqual(0.5);
        expect(Math.abs(e.fractionalDelaySamples - d)).toBeLessThan(tol);
        expect(e.fractionalDelayMs).toBeCloseTo((e.fractionalDelaySamples / fs) * 1000, 12);
      });
    }
  }

  it('regression: white-noise fractional delay is not biased towards the integer (parabola gave 10.18 for 10.3)', () => {
    const e = estimateDelay(toneNoise(2000, 0, 3), toneNoise(4000, 10.3, 3, 0, 1999), fs);
    expect(Math.abs(e.fractionalDelaySamples - 10.3)).toBeLessThan(0.02);
  });

  it('fractional delay at 0 dB SNR is still within 0.1 sample', () => {
    const ref = toneNoise(2000, 0, 9, 0, 1999);
    const cap = addNoise(toneNoise(4000, 321.4, 9, 0, 1999), 0, 4, power(ref));
    const e = estimateDelay(ref, cap, fs);
    expect(e.delaySamples).toBe(321);
    expect(Math.abs(e.fractionalDelaySamples - 321.4)).toBeLessThan(0.1);
  });

  it('a captured signal that leads the reference (negative fractional lag, minDelaySamples < 0)', () => {
    const ref = toneNoise(2000, 0, 21, 100, 1500);
    const cap = toneNoise(2000, -3.4, 21, 100, 1500);
    const e = estimateDelay(ref, cap, fs, { minDelaySamples: -50 });
    expect(e.delaySamples).toBe(-3);
    expect(Math.abs(e.fractionalDelaySamples + 3.4)).toBeLessThan(0.02);
    // the default range starts at 0: the true peak is outside it, and the low confidence says so
    const wrong = estimateDelay(ref, cap, fs);
    expect(wrong.delaySamples).toBeGreaterThanOrEqual(0);
    expect(wrong.confidence).toBeLessThan(1.5);
    expect(e.confidence).toBeGreaterThan(5);
  });

  it('an inverted fractional delay: polarity −1 and the refinement on the negative peak', () => {
    const e = estimateDelay(chirp(1500, 0, 1499), chirp(3000, 42.25, 1499).map((v) => -0.3 * v), fs);
    expect(e.polarity).toBe(-1);
    expect(Math.abs(e.fractionalDelaySamples - 42.25)).toBeLessThan(0.01);
  });

  it('a peak on the edge of the searched range is refined from the correlation beyond it (documented)', () => {
    const ref = pulse(256, 64, 0);
    const e = estimateDelay(ref, pulse(1024, 64, 100.3), fs, { maxDelaySamples: 100 });
    expect(e.delaySamples).toBe(100);
    expect(Math.abs(e.fractionalDelaySamples - 100.3)).toBeLessThan(0.01);
    const lo = estimateDelay(ref, pulse(1024, 64, 99.7), fs, { minDelaySamples: 100 });
    expect(lo.delaySamples).toBe(100);
    expect(Math.abs(lo.fractionalDelaySamples - 99.7)).toBeLessThan(0.01);
  });

  it('regression: a half-sample delay (two equal peak samples) is one main lobe, not confidence 1', () => {
    // Before: the lobe walk stopped at the equal neighbour and counted it as the largest sidelobe.
    const e = estimateDelay(pulse(256, 64, 0), pulse(1024, 64, 300.5), fs);
    expect(Math.abs(e.fractionalDelaySamples - 300.5)).toBeLessThan(0.01);
    expect(e.confidence).toBeGreaterThan(10);
  });

  it('regression: a non-finite captured sample is a RangeError naming it (was: delay 0, confidence NaN)', () => {
    const cap = new Float64Array(100);
    cap[10] = 1;
    cap[50] = Number.NaN;
    expect(() => estimateDelay([1, 0.5], cap, fs)).toThrow(new RangeError('estimateDelay: captured[50] is NaN'));
    cap[50] = Number.POSITIVE_INFINITY;
    expect(() => estimateDelay([1, 0.5], cap, fs)).toThrow(/estimateDelay: captured\[50\] is Infinity/);
  });
});
