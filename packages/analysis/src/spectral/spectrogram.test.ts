import { describe, expect, it } from 'vitest';
import { spectrogram, type SpectrogramOptions } from './spectrogram';
import { welch } from './welch';
import { expectParity, fixture, signal } from '../../test/support/spectralFixture';

/** Wraps a phase difference into (−π, π]. */
const wrap = (d: number) => d - 2 * Math.PI * Math.round(d / (2 * Math.PI));

describe('spectrogram: scipy parity', () => {
  for (const c of fixture.spectrogram) {
    it(c.name, () => {
      const x = signal(c.x);
      const mode = c.opts.mode ?? 'psd';
      if (mode === 'complex') {
        const r = spectrogram(x, { ...c.opts, mode: 'complex' });
        expectParity(r.f, c.f, 'f');
        expectParity(r.t, c.t, 't');
        expect(r.sxx.length).toBe(c.re!.length);
        r.sxx.forEach((col, j) => {
          const mag = c.re![j]!.map((v, k) => Math.hypot(v, c.im![j]![k]!));
          const peak = Math.max(...mag);
          for (let k = 0; k < mag.length; k++) {
            const d = Math.hypot(col.re[k]! - c.re![j]![k]!, col.im[k]! - c.im![j]![k]!);
            expect(d).toBeLessThanOrEqual(1e-9 * mag[k]! + 1e-13 * peak);
          }
        });
        return;
      }
      const r = spectrogram(x, c.opts as SpectrogramOptions & { mode?: 'psd' | 'magnitude' | 'angle' | 'phase' });
      expectParity(r.f, c.f, 'f');
      expectParity(r.t, c.t, 't');
      expect(r.sxx.length).toBe(c.sxx!.length);
      r.sxx.forEach((col, j) => {
        const exp = c.sxx![j]!;
        if (mode === 'angle' || mode === 'phase') {
          // Angles: 1e-9 rad where the bin is far above rounding (every bin here, no detrend);
          // 'phase' is unwrapped along frequency, so it must match without wrapping.
          for (let k = 0; k < exp.length; k++) {
            const d = mode === 'angle' ? wrap(col[k]! - exp[k]!) : col[k]! - exp[k]!;
            expect(Math.abs(d), `${c.name} [${j}][${k}]`).toBeLessThan(1e-9);
          }
        } else {
          expectParity(col, exp, `${c.name}: sxx[${j}]`);
        }
      });
    });
  }
});

describe('spectrogram', () => {
  it('its psd columns averaged equal welch with the same segments', () => {
    const x = signal('x1');
    const opts = { nperseg: 128, noverlap: 64, window: 'hann' } as const;
    const s = spectrogram(x, opts);
    const w = welch(x, opts);
    const avg = new Float64Array(w.pxx.length);
    for (const col of s.sxx) for (let k = 0; k < avg.length; k++) avg[k] = avg[k]! + col[k]! / s.sxx.length;
    expectParity(avg, w.pxx, 'mean of spectrogram columns');
  });

  it('rejects an unknown mode and bad segments', () => {
    expect(() => spectrogram(signal('x1'), { mode: 'power' as never })).toThrow(/spectrogram: mode must be one of/);
    expect(() => spectrogram([1, 2, 3], { nperseg: 4 })).toThrow(/spectrogram: nperseg \(4\) is larger than the signal length \(3\)/);
  });
});
