import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { LinearFilterKernel } from '@rxdsp/filters';
import { deemphasisDesign } from './deemphasisDesign';

const fx = loadFixture<{ deemph: { tau: number; fs: number; b: number[]; a: number[]; x: number[]; y: number[] }[] }>('../../fixtures/sdr.json', import.meta.url);

describe('deemphasisDesign', () => {
  for (const c of fx.deemph) {
    it(`τ = ${c.tau * 1e6} µs at ${c.fs} Hz: coefficients and lfilter output match scipy`, () => {
      const { b, a } = deemphasisDesign({ tau: c.tau, sampleRate: c.fs });
      expectClose(b, c.b, { rtol: 1e-14, label: 'b' });
      expectClose(a, c.a, { rtol: 1e-14, label: 'a' });
      expectClose(new LinearFilterKernel(b, a).process(c.x), c.y, { rtol: 1e-12, atol: 1e-14, label: 'y' });
    });
  }
  it('unity gain at 0 Hz and −3 dB near 1/(2πτ) (2122 Hz for 75 µs at 480 kHz, where the matched pole is close to the analog one)', () => {
    const { b, a } = deemphasisDesign({ tau: 75e-6, sampleRate: 480e3 });
    expect(b[0]! / (a[0]! + a[1]!)).toBeCloseTo(1, 14);
    const w = (2 * Math.PI * 2122) / 480e3;
    const mag = b[0]! / Math.hypot(1 + a[1]! * Math.cos(w), a[1]! * Math.sin(w));
    expect(20 * Math.log10(mag)).toBeCloseTo(-3.01, 1);
  });
  it('bad options name the parameter', () => {
    expect(() => deemphasisDesign({ tau: 0, sampleRate: 48000 })).toThrow(/deemphasisDesign: opts.tau must be a finite number > 0, got 0/);
    expect(() => deemphasisDesign({ tau: 75e-6, sampleRate: -1 })).toThrow(/opts.sampleRate/);
  });
});
