import { describe, expect, it } from 'vitest';
import { periodogram } from './periodogram';
import { expectParity, fixture, signal } from '../../test/support/spectralFixture';

describe('periodogram: scipy parity', () => {
  for (const c of fixture.periodogram) {
    it(c.name, () => {
      const { f, pxx } = periodogram(signal(c.x), c.opts);
      expectParity(f, c.f, `${c.name}: f`);
      expectParity(pxx, c.pxx, `${c.name}: pxx`);
    });
  }
});

describe('periodogram', () => {
  it('gives the power of a cosine at its bin with spectrum scaling', () => {
    // cos at bin 100 of 1000, amplitude A: one-sided power A²/2 at that bin, boxcar window.
    const A = 3;
    const x = Float64Array.from({ length: 1000 }, (_, n) => A * Math.cos((2 * Math.PI * 100 * n) / 1000));
    const { pxx } = periodogram(x, { scaling: 'spectrum' });
    expect(pxx[100]).toBeCloseTo((A * A) / 2, 10);
    expect(pxx[99]).toBeLessThan(1e-20);
  });

  it('rejects bad input naming the parameter', () => {
    expect(() => periodogram([])).toThrow(/periodogram: x must not be empty/);
    expect(() => periodogram([1, 2, 3], { nfft: 0 })).toThrow(/periodogram: nfft must be an integer ≥ 1, got 0/);
    // regression (sweep): the message named nperseg, which periodogram does not have
    expect(() => periodogram([1, 2, 3], { window: [1, 1] })).toThrow(new RangeError('periodogram: window has 2 samples, expected 3 (the length of x)'));
    expect(() => periodogram([1, 2, 3, 4], { window: [1, 1, 1], nfft: 2 })).toThrow(/periodogram: window has 3 samples, expected 2 \(nfft, shorter than x\)/);
    expect(() => periodogram([1, 2, 3], { window: 'nope' })).toThrow(/periodogram: window/);
  });
});
