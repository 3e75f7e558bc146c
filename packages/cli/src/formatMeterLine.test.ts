import { describe, expect, it } from 'vitest';
import { formatMeterLine } from './formatMeterLine';

describe('formatMeterLine', () => {
  it('shows elapsed/total time and a bar per channel over −60…0 dBFS', () => {
    // −30 dBFS is half way: 10 of 20 characters.
    const line = formatMeterLine(2.04, 5, [
      { rmsDb: -30, peakDb: -20.04 },
      { rmsDb: 0, peakDb: 0 },
    ]);
    expect(line).toBe('  2.0/5.0 s  L [##########----------]  -30.0 dBFS rms  -20.0 peak  R [####################]    0.0 dBFS rms    0.0 peak');
  });

  it('clamps the bar, shows silence as -inf and numbers channels beyond stereo', () => {
    const line = formatMeterLine(0, 0, [{ rmsDb: Number.NEGATIVE_INFINITY, peakDb: Number.NEGATIVE_INFINITY }]);
    expect(line).toBe('  0.0 s  1 [--------------------]   -inf dBFS rms   -inf peak');
    expect(formatMeterLine(1, 2, [{ rmsDb: 6, peakDb: 6 }])).toContain('[####################]');
  });
});
