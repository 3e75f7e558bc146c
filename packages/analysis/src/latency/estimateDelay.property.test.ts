import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randn } from '@rxdsp/test-utils';
import { estimateDelay } from './estimateDelay';

describe('estimateDelay (properties)', () => {
  it('recovers any integer delay and gain sign of a noise burst in noise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: 1, max: 1_000_000 }),
        (delay, gain, invert, seed) => {
          const ref = randn(1024, seed);
          const cap = randn(4096, seed + 1).map((v) => 0.02 * gain * v);
          const g = invert ? -gain : gain;
          for (let i = 0; i < ref.length && delay + i < cap.length; i++) cap[delay + i]! += g * ref[i]!;
          const d = estimateDelay(ref, cap, 48_000);
          expect(d.delaySamples).toBe(delay);
          expect(d.polarity).toBe(invert ? -1 : 1);
          expect(Math.abs(d.fractionalDelaySamples - delay)).toBeLessThan(0.5);
        },
      ),
      { numRuns: 60 },
    );
  });
});
