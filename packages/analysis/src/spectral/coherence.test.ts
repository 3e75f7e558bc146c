import { describe, expect, it } from 'vitest';
import { randn } from '@rxdsp/test-utils';
import { coherence } from './coherence';
import { expectParity, fixture, signal } from './internal/spectralFixture';

describe('coherence: scipy parity', () => {
  for (const c of fixture.coherence) {
    it(c.name, () => {
      const { f, cxy } = coherence(signal(c.x), signal(c.y), c.opts);
      expectParity(f, c.f, `${c.name}: f`);
      expectParity(cxy, c.cxy, `${c.name}: cxy`);
    });
  }
});

describe('coherence', () => {
  it('is 1 for a scaled copy, ≈ the SNR ratio with independent noise, in [0, 1]', () => {
    const x = randn(20_000, 5);
    const copy = coherence(x, x.map((v) => -3 * v), { nperseg: 256 });
    for (const v of copy.cxy) expect(v).toBeCloseTo(1, 12);
    // y = x + n with var(n) = 0.25: C = 1/(1 + 0.25) = 0.8 on average across bins.
    const n = randn(20_000, 6);
    const noisy = coherence(x, x.map((v, i) => v + 0.5 * n[i]!), { nperseg: 256 });
    let mean = 0;
    for (const v of noisy.cxy) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1 + 1e-12);
      mean += v / noisy.cxy.length;
    }
    expect(mean).toBeGreaterThan(0.75);
    expect(mean).toBeLessThan(0.85);
  });

  it('rejects different lengths', () => {
    expect(() => coherence([1, 2, 3], [1, 2])).toThrow(/coherence: y must have the same length as x/);
  });
});
