import { describe, expect, it } from 'vitest';
import * as core from '@rxdsp/core';
import { magnitudeDb } from '../../index';
import { magnitude } from './magnitude';
import { phase } from './phase';

const z = { re: Float64Array.of(3, 0, -1, 0), im: Float64Array.of(4, 2, 0, 0) };

describe('complex helpers', () => {
  it('magnitude and magnitudeDb', () => {
    expect(Array.from(magnitude(z))).toEqual([5, 2, 1, 0]);
    const db = magnitudeDb(z);
    expect(db[0]).toBeCloseTo(20 * Math.log10(5), 14);
    expect(db[2]).toBe(0);
    expect(db[3]).toBe(Number.NEGATIVE_INFINITY);
  });

  it('magnitudeDb is the one of @rxdsp/core (re-exported by name), with floorDb', () => {
    expect(magnitudeDb).toBe(core.magnitudeDb);
    const db = magnitudeDb(z, { floorDb: -120 });
    expect(db[3]).toBe(-120);
    expect(db[1]).toBeCloseTo(20 * Math.log10(2), 14);
    expect(() => magnitudeDb(z, { floorDb: Number.NaN })).toThrow(new TypeError('magnitudeDb: floorDb must be a number, got NaN'));
  });

  it('phase in radians and degrees', () => {
    const p = phase(z, { degrees: true });
    expect(p[1]).toBeCloseTo(90, 12);
    expect(p[2]).toBeCloseTo(180, 12);
  });

  it('unwraps as numpy.unwrap does', () => {
    // A linear phase of −0.9π per step wraps at every other step; unwrapped it is exactly linear.
    const n = 20;
    const re = new Float64Array(n);
    const im = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      re[k] = Math.cos(-0.9 * Math.PI * k);
      im[k] = Math.sin(-0.9 * Math.PI * k);
    }
    const u = phase({ re, im }, { unwrap: true });
    for (let k = 0; k < n; k++) expect(u[k]).toBeCloseTo(-0.9 * Math.PI * k, 10);
    const w = phase({ re, im });
    expect(Math.max(...w)).toBeLessThanOrEqual(Math.PI);
  });

  it('rejects mismatched parts', () => {
    expect(() => magnitude({ re: new Float64Array(2), im: new Float64Array(3) })).toThrow(/magnitude: z.im has 3 values, expected 2/);
    expect(() => phase({ re: new Float64Array(2), im: new Float64Array(3) })).toThrow(/phase: z.im/);
  });
});
