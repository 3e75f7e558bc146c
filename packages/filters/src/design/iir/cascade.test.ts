import { expectClose } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { butter } from './butter';
import { cascade } from './cascade';
import { freqz } from './freqz';
import { highShelf } from './highShelf';
import { lowShelf } from './lowShelf';
import { magnitudeDb } from '@rxdsp/core';
import { peaking } from './peaking';
import { sos2tf } from './sos2tf';
import { sosfreqz } from './sosfreqz';

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
