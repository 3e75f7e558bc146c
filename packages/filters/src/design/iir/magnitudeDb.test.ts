import { describe, expect, it } from 'vitest';
import { magnitudeDb } from './magnitudeDb';

describe('magnitudeDb', () => {
  it('is 20·log10|h|', () => {
    // |3 + 4i| = 5 → 20·log10 5; |0.1| → −20 dB; |1| → 0 dB
    const db = magnitudeDb({ re: [3, 0.1, 0, 1], im: [4, 0, -1, 0] });
    expect(db[0]).toBeCloseTo(20 * Math.log10(5), 14);
    expect(db[1]).toBeCloseTo(-20, 13);
    expect(db[2]).toBe(0);
    expect(db[3]).toBe(0);
  });
  it('gives −Infinity at exact zeros unless floorDb', () => {
    expect(magnitudeDb({ re: [0], im: [0] })[0]).toBe(-Infinity);
    expect(magnitudeDb({ re: [0, 1e-9], im: [0, 0] }, { floorDb: -120 })).toEqual(new Float64Array([-120, -120]));
  });
  it('rejects mismatched arrays', () => {
    expect(() => magnitudeDb({ re: [1, 2], im: [1] })).toThrow(/magnitudeDb: h.re has length 2 but h.im has length 1/);
  });
});

