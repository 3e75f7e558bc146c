import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture, randn } from '@rxdsp/test-utils';
import { coherence } from './coherence';
import { expectParity, fixture, signal } from '../../test/support/spectralFixture';

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

  it('signals of different lengths: as scipy (fixture: gen_stft.py, scipy.signal.coherence)', () => {
    const extra = loadFixture<{ signals: Record<string, number[]>; unequal: { x: string; y: string; opts: { nperseg?: number; noverlap?: number }; f: number[]; cxy: number[] | null }[] }>(
      '../../fixtures/stft.json',
      import.meta.url,
    );
    const sig = (name: string): Float64Array => Float64Array.from(extra.signals[name]!);
    let checked = 0;
    for (const c of extra.unequal) {
      if (c.cxy === null) {
        // scipy cannot broadcast the spectra (default nperseg follows each length); rxdsp says how to fix it
        expect(() => coherence(sig(c.x), sig(c.y), c.opts)).toThrow(/coherence: x \(\d+ samples\) and y \(\d+ samples\) give spectra of different sizes .* pass an nperseg/);
        continue;
      }
      const { f, cxy } = coherence(sig(c.x), sig(c.y), c.opts);
      expectClose(f, c.f, { rtol: 1e-14, atol: 0, label: `coherence ${c.x}/${c.y} f` });
      expectClose(cxy, c.cxy, { rtol: 1e-10, atol: 1e-12, label: `coherence ${c.x}/${c.y}` });
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
