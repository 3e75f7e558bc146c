import { describe, expect, it } from 'vitest';
import { loadFixture } from '@rxdsp/test-utils';
import { kaiserAtten } from './kaiserAtten';
import { kaiserBeta } from './kaiserBeta';
import { kaiserord } from './kaiserord';

// Golden values: packages/filters/fixtures/gen_fir.py (scipy.signal.kaiserord / kaiser_beta / kaiser_atten).
const fixture = loadFixture<{
  kaiserBeta: Array<{ a: number; beta: number }>;
  kaiserAtten: Array<{ numtaps: number; width: number; atten: number }>;
  kaiserord: Array<{ ripple: number; width: number; numtaps: number; beta: number }>;
}>('../../../fixtures/fir.json', import.meta.url);

const close = (a: number, b: number, tol: number) => expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

describe('Kaiser formulas against scipy', () => {
  it('kaiserBeta within 1e-12 (all three branches)', () => {
    for (const c of fixture.kaiserBeta) close(kaiserBeta(c.a), c.beta, 1e-12);
  });
  it('kaiserAtten within 1e-12', () => {
    for (const c of fixture.kaiserAtten) close(kaiserAtten(c.numtaps, c.width), c.atten, 1e-12);
  });
  it('kaiserord: numtaps exactly, beta within 1e-12', () => {
    for (const c of fixture.kaiserord) {
      const r = kaiserord(c.ripple, c.width);
      expect(r.numtaps, `kaiserord(${c.ripple}, ${c.width})`).toBe(c.numtaps);
      close(r.beta, c.beta, 1e-12);
    }
  });
});

describe('Kaiser formulas bad input', () => {
  it('kaiserord rejects ripple below 8 dB and non-positive widths', () => {
    expect(() => kaiserord(7, 0.1)).toThrow(/kaiserord: rippleDb must be at least 8 dB/);
    expect(() => kaiserord(60, 0)).toThrow(/kaiserord: width must be > 0/);
    expect(() => kaiserord(Number.NaN, 0.1)).toThrow(RangeError);
  });
  it('kaiserBeta / kaiserAtten reject non-finite input and bad numtaps', () => {
    expect(() => kaiserBeta(Number.POSITIVE_INFINITY)).toThrow(/kaiserBeta: a must be a finite number/);
    expect(() => kaiserAtten(0, 0.1)).toThrow(/kaiserAtten: numtaps/);
    expect(() => kaiserAtten(11, Number.NaN)).toThrow(/kaiserAtten: width/);
  });
});
