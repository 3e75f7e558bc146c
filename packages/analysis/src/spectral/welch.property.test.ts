import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectClose, randn } from '@rxdsp/test-utils';
import { welch } from './welch';

describe('welch (properties)', () => {
  it('scales as a², ignores a DC offset with constant detrend, and is non-negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 64, max: 2000 }),
        fc.integer({ min: 8, max: 64 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (n, nperseg, a, dc, seed) => {
          const x = randn(n, seed);
          const base = welch(x, { nperseg }).pxx;
          const scaled = welch(x.map((v) => a * v), { nperseg }).pxx;
          const peak = Math.max(...base);
          expectClose(scaled, base.map((v) => a * a * v), { rtol: 1e-9, atol: 1e-12 * a * a * peak });
          const shifted = welch(x.map((v) => v + dc), { nperseg }).pxx;
          expectClose(shifted, base, { rtol: 1e-6, atol: 1e-9 * peak * (1 + dc * dc) });
          for (const v of base) expect(v).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 100 },
    );
  });
});
