import { describe, expect, it } from 'vitest';
import { decimateTap } from './decimate-tap';
import { runForTest } from './support/runForTest';

describe('examples/decimate-tap', () => {
  it('passes the audio through and analyses the tap at 12 kHz: the in-band tone at its level, the alias suppressed', async () => {
    const { result } = await runForTest(decimateTap, { seconds: 3 });
    const f = result.report.figures;
    expect(f.tapRate).toBe(12000);
    expect(f.peakHz).toBe(1500);
    expect(f.inBandDb!).toBeCloseTo(20 * Math.log10(8000 / 32768), 0); // −12.2 dBFS
    expect(f.inBandDb! - f.aliasDb!).toBeGreaterThan(55); // resample_poly's Kaiser (β = 5) stopband
  });
});
