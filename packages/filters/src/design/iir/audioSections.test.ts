import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { cascade } from './cascade';
import { freqz } from './freqz';
import { highShelf } from './highShelf';
import { iirnotch } from './iirnotch';
import { iirpeak } from './iirpeak';
import { lowShelf } from './lowShelf';
import { magnitudeDb } from './magnitudeDb';
import { peaking } from './peaking';
import { sos2tf } from './sos2tf';
import { sosfreqz } from './sosfreqz';
import { butter } from './butter';

interface BAJson {
  b: number[];
  a: number[];
}
const fx = loadFixture<{
  notchPeak: { w0: number; Q: number; fs: number; notch: BAJson; peak: BAJson }[];
  peaking: ({ G: number; fc: number; Q: number; fs: number; gainAtFc: number; mag: number[] } & BAJson)[];
  shelves: ({ kind: 'low' | 'high'; G: number; fc: number; Q: number; fs: number } & BAJson)[];
}>('../../../fixtures/iir_audio.json', import.meta.url);

const gainDbAt = (b: ArrayLike<number>, a: ArrayLike<number>, f: number, fs: number): number =>
  magnitudeDb(freqz(b, a, [f], { fs }).h)[0] as number;

describe('iirnotch / iirpeak (scipy fixtures)', () => {
  for (const c of fx.notchPeak) {
    it(`w0 = ${c.w0}, Q = ${c.Q}, fs = ${c.fs}`, () => {
      const n = iirnotch(c.w0, c.Q, c.fs);
      const p = iirpeak(c.w0, c.Q, c.fs);
      expectClose(n.b, c.notch.b, { rtol: 1e-14, atol: 1e-16, label: 'notch b' });
      expectClose(n.a, c.notch.a, { rtol: 1e-14, atol: 1e-16, label: 'notch a' });
      expectClose(p.b, c.peak.b, { rtol: 1e-14, atol: 1e-16, label: 'peak b' });
      expectClose(p.a, c.peak.a, { rtol: 1e-14, atol: 1e-16, label: 'peak a' });
      // the notch has a zero on the unit circle at w0; the peak has unity gain there
      const nf = freqz(n.b, n.a, [c.w0], { fs: c.fs }).h;
      // (|b| ≈ 1 with b1 = −2cos ω0 cancelling: rounding leaves ~1e−10 at 50 Hz / 48 kHz)
      expect(Math.hypot(nf.re[0] as number, nf.im[0] as number)).toBeLessThan(1e-9);
      expect(gainDbAt(p.b, p.a, c.w0, c.fs)).toBeCloseTo(0, 10);
    });
  }
  it('rejects w0 outside (0, Nyquist) and Q ≤ 0', () => {
    expect(() => iirnotch(0, 30, 48000)).toThrow(/iirnotch: w0 must lie strictly between 0 and Nyquist \(fs\/2 = 24000\), got 0/);
    expect(() => iirnotch(24000, 30, 48000)).toThrow(RangeError);
    expect(() => iirpeak(0.5, 0)).toThrow(/iirpeak: Q must be a quality factor > 0, got 0/);
    expect(() => iirpeak(1.2, 10)).toThrow(/iirpeak: w0 must lie strictly between 0 and Nyquist \(fs\/2 = 1\), got 1.2/);
  });
});

describe('peaking (the issue formula, computed by numpy in gen_iir.py)', () => {
  for (const c of fx.peaking) {
    it(`G = ${c.G} dB, fc = ${c.fc} Hz, Q = ${c.Q}, fs = ${c.fs}`, () => {
      const r = peaking(c.G, c.fc, c.Q, c.fs);
      expectClose(r.b, c.b, { rtol: 1e-14, atol: 1e-16, label: 'b' });
      expectClose(r.a, c.a, { rtol: 1e-14, atol: 1e-16, label: 'a' });
      // |H| at fc is exactly G dB (the script asserts it for numpy too), 0 dB at DC
      expect(Math.abs(gainDbAt(r.b, r.a, c.fc, c.fs) - c.G)).toBeLessThan(1e-10);
      expect(Math.abs(gainDbAt(r.b, r.a, 0, c.fs))).toBeLessThan(1e-10);
      const mag = freqz(r.b, r.a, 256, { fs: c.fs }).h;
      expectClose(
        mag.re.map((x, i) => Math.hypot(x, mag.im[i] as number)),
        c.mag,
        { rtol: 1e-12, atol: 1e-14, label: '|H|' },
      );
    });
  }
  it('rejects fc at or past Nyquist, Q ≤ 0, non-finite gain', () => {
    expect(() => peaking(6, 24000, 1, 48000)).toThrow(/peaking: fc must lie strictly between 0 and fs\/2 = 24000 Hz, got 24000/);
    expect(() => peaking(6, 1000, -1, 48000)).toThrow(/peaking: Q must be a quality factor > 0, got -1/);
    expect(() => peaking(Number.POSITIVE_INFINITY, 1000, 1, 48000)).toThrow(/peaking: gainDb must be finite, got Infinity/);
  });
});

describe('lowShelf / highShelf (RBJ cookbook)', () => {
  for (const c of fx.shelves) {
    it(`${c.kind} shelf G = ${c.G} dB, fc = ${c.fc}, Q = ${c.Q}: numpy coefficients, DC/Nyquist/fc gains`, () => {
      const r = (c.kind === 'low' ? lowShelf : highShelf)(c.G, c.fc, c.Q, c.fs);
      expectClose(r.b, c.b, { rtol: 1e-13, atol: 1e-16, label: 'b' });
      expectClose(r.a, c.a, { rtol: 1e-13, atol: 1e-16, label: 'a' });
      // derived in the doc comments: low shelf G dB at DC, 0 dB at Nyquist; high shelf the reverse;
      // both G/2 dB at fc (|H(e^{jω0})| = A = 10^(G/40) for the cookbook shelves)
      const dc = gainDbAt(r.b, r.a, 0, c.fs);
      const ny = gainDbAt(r.b, r.a, c.fs / 2, c.fs);
      expect(Math.abs(dc - (c.kind === 'low' ? c.G : 0))).toBeLessThan(1e-10);
      expect(Math.abs(ny - (c.kind === 'low' ? 0 : c.G))).toBeLessThan(1e-9);
      expect(Math.abs(gainDbAt(r.b, r.a, c.fc, c.fs) - c.G / 2)).toBeLessThan(1e-10);
    });
  }
  it('rejects bad parameters', () => {
    expect(() => lowShelf(3, 0, 0.7, 48000)).toThrow(/lowShelf: fc must lie strictly between 0 and fs\/2 = 24000 Hz, got 0/);
    expect(() => highShelf(3, 1000, 0.7, 0)).toThrow(/highShelf: fs must be a positive sampling rate in Hz, got 0/);
  });
});

describe('cascade', () => {
  it('multiplies the responses of its sections (three-band equaliser)', () => {
    const fs = 48000;
    const parts = [lowShelf(3, 100, 0.7, fs), peaking(-4, 1000, 1, fs), highShelf(2, 8000, 0.7, fs)];
    const sos = cascade(...parts);
    expect(sos.length).toBe(3);
    const f = [0, 100, 1000, 5000, 8000, 20000];
    const total = magnitudeDb(sosfreqz(sos, f, { fs }).h);
    const sum = f.map((_, i) => parts.reduce((acc, p) => acc + (magnitudeDb(freqz(p.b, p.a, f, { fs }).h)[i] as number), 0));
    expectClose(total, sum, { rtol: 0, atol: 1e-10 });
    // and as one transfer function (a 6th-order (b, a) with a 100 Hz shelf at 48 kHz is less well conditioned:
    // poles near z = 1 — agreement to 1e−7 dB)
    const { b, a } = sos2tf(sos);
    expectClose(magnitudeDb(freqz(b, a, f, { fs }).h), sum, { rtol: 0, atol: 1e-7 });
  });
  it('appends sos arrays, normalises a0 and splits higher-order (b, a)', () => {
    const sos = butter(4, 0.3, { output: 'sos' });
    const ba = butter(4, 0.3);
    const out = cascade(sos, { b: [2, 0, 0], a: [2, -1, 0] }, ba);
    expect(out.length).toBe(2 + 1 + 2);
    expect(out[2]).toEqual([1, 0, 0, 1, -0.5, 0]);
    const { h } = sosfreqz(out, 64);
    const ref = freqz(ba.b, ba.a, 64).h;
    // (butter)² · 1/(1 − 0.5z⁻¹)
    const one = freqz([1], [1, -0.5], 64).h;
    for (let i = 0; i < 64; i++) {
      const mr = Math.hypot(ref.re[i] as number, ref.im[i] as number) ** 2 * Math.hypot(one.re[i] as number, one.im[i] as number);
      expect(Math.hypot(h.re[i] as number, h.im[i] as number)).toBeCloseTo(mr, 9);
    }
  });
  it('rejects empty calls and malformed sections', () => {
    expect(() => cascade()).toThrow(/cascade: give at least one section/);
    expect(() => cascade({ b: [1], a: [0, 1] })).toThrow(/cascade: sections\[0\].a\[0\] must be non-zero, got 0/);
    expect(() => cascade([[1, 2, 3]])).toThrow(/cascade: sections\[0\]: sos\[0\] has 3 values, expected 6/);
  });
});
