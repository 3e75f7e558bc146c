import { describe, expect, it } from 'vitest';
import { lfilter } from '@rxdsp/filters';
import { randn } from '@rxdsp/test-utils';
import type { FinishContext } from '@rxdsp/runtime';
import { compareWithDesign } from './compareWithDesign';

function ctx(x: Float64Array, y: Float64Array, sampleRate = 48_000): FinishContext {
  return {
    settings: { sampleRate, frameLength: 1024, channels: 1, seconds: x.length / sampleRate, outDir: 'out', extra: {} },
    input: { channels: [x], totalSamples: x.length, sampleRate },
    output: { channels: [y], totalSamples: y.length, sampleRate },
    outPath: (f) => f,
    writeOutputWav: async (p) => p,
  };
}

describe('compareWithDesign', () => {
  it('finds a pure delay, removes it, and measures |H| exactly', () => {
    // y[n] = 0.5·x[n − 300]: |H| = −6.02 dB at every frequency, a delay H1 would be biased by
    const x = randn(96_000, 11).map((v) => 3000 * v);
    const b = new Float64Array(301);
    b[300] = 0.5;
    const { y } = lfilter(b, [1], x);
    const cmp = compareWithDesign(ctx(x, y), { kind: 'ba', b, a: [1] })!;
    expect(cmp.alignedBySamples).toBe(300);
    expect(cmp.binsCompared).toBe(1022); // bins 2 … 1023 of the 1025 of a 2048-point one-sided grid (not 0, 1, Nyquist)
    expect(cmp.maxDeviationDb).toBeLessThan(1e-6);
  });

  it('returns undefined for a silent input', () => {
    const z = new Float64Array(48_000);
    expect(compareWithDesign(ctx(z, z), { kind: 'ba', b: [1], a: [1] })).toBeUndefined();
  });

  it('leaves out the neighbourhood of excluded frequencies', () => {
    const x = randn(48_000, 3).map((v) => 1000 * v);
    const cmp = compareWithDesign(ctx(x, x), { kind: 'ba', b: [1], a: [1] }, { excludeHz: [12_000], excludeWidthHz: 1000 })!;
    // 12 kHz is bin 512; ±1000 Hz = ±42.7 bins, so bins 470 … 554 (85) leave the 1022 compared
    expect(cmp.binsCompared).toBe(1022 - 85);
    expect(cmp.maxDeviationDb).toBeLessThan(1e-9);
  });
});
