import { describe, expect, it } from 'vitest';
import type { DelayEstimate } from '@rxdsp/analysis';
import type { RoundTrip } from './measureRoundTrip';
import { summarizeLatency } from './summarizeLatency';

function trip(delaySamples: number, confidence = 10): RoundTrip {
  const estimate = { confidence } as DelayEstimate;
  return { delaySamples, delayMs: (delaySamples / 48) as number, estimate };
}

describe('summarizeLatency', () => {
  it('gives the median, range and population std of the echoes found', () => {
    // delays 1000, 1002, 1010 (+ one not found): median 1002, std = sqrt(((−4)²+(−2)²+6²)/3) = sqrt(56/3)
    const s = summarizeLatency([trip(1010), trip(1000), trip(5000, 1.5), trip(1002)], { sampleRate: 48_000, frameLength: 256 });
    expect(s.valid).toBe(3);
    expect(s.medianSamples).toBe(1002);
    expect(s.minSamples).toBe(1000);
    expect(s.maxSamples).toBe(1010);
    expect(s.stdSamples).toBeCloseTo(Math.sqrt(56 / 3), 12);
    expect(s.medianMs).toBeCloseTo(1002 / 48, 12);
    expect(s.idealMs).toBeCloseTo((2 * 256 * 1000) / 48_000, 12);
    expect(s.lines[0]).toContain('over 3 of 4 repetition(s)');
  });

  it('averages the middle two for an even count and reports nothing found', () => {
    expect(summarizeLatency([trip(10), trip(20)], { sampleRate: 1000, frameLength: 1 }).medianSamples).toBe(15);
    const none = summarizeLatency([trip(Number.NaN, 0)], { sampleRate: 1000, frameLength: 4 });
    expect(none.valid).toBe(0);
    expect(none.lines[0]).toMatch(/^No echo found in 1 repetition/);
  });
});
