import { describe, expect, it } from 'vitest';
import { loadFixture } from '@rxdsp/test-utils';
import type { SpectralWindow } from './SpectralOptions';
import { checkCola } from './checkCola';
import { checkNola } from './checkNola';

// Golden values: packages/analysis/fixtures/gen_stft.py (scipy.signal.check_COLA, check_NOLA).
interface Case {
  window: SpectralWindow;
  nperseg: number;
  noverlap: number;
  cola: boolean;
  nola: boolean;
}
const fx = loadFixture<{ cola: Case[] }>('../../fixtures/stft.json', import.meta.url);

describe('checkCola / checkNola against scipy.signal.check_COLA / check_NOLA', () => {
  it(`${fx.cola.length} cases: named, tuple and array windows, 0 … 99 % overlap, remainders`, () => {
    for (const c of fx.cola) {
      const label = `${JSON.stringify(c.window).slice(0, 40)} ${c.nperseg}/${c.noverlap}`;
      expect(checkCola(c.window, c.nperseg, c.noverlap), `COLA ${label}`).toBe(c.cola);
      expect(checkNola(c.window, c.nperseg, c.noverlap), `NOLA ${label}`).toBe(c.nola);
    }
  });
  it('uses the tolerance', () => {
    // hann at 2/3 overlap is COLA only to within its ripple
    expect(checkCola('hann', 256, 170)).toBe(false);
    expect(checkCola('hann', 256, 170, 1)).toBe(true);
    expect(checkNola('hann', 256, 0, 0)).toBe(false); // min of the squared window is exactly 0
  });
  it('rejects bad parameters naming them', () => {
    expect(() => checkCola('hann', 0, 0)).toThrow(/checkCola: nperseg must be a positive integer, got 0/);
    expect(() => checkCola('hann', 16, 16)).toThrow(/checkCola: noverlap \(16\) must be less than nperseg \(16\)/);
    expect(() => checkNola('hann', 16, -1)).toThrow(/checkNola: noverlap must be a non-negative integer, got -1/);
    expect(() => checkNola([1, 1], 3, 1)).toThrow(/checkNola: the window array must have nperseg = 3 samples, got 2/);
    expect(() => checkCola('hanning-ish', 16, 8)).toThrow(/checkCola: window: getWindow: unknown window name/);
  });
});
