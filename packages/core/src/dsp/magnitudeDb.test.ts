import { describe, expect, it } from 'vitest';
import { magnitudeDb } from './magnitudeDb';

// Merged from the former copies in @rxdsp/filters (design/iir) and @rxdsp/analysis (spectral/complex).
describe('magnitudeDb', () => {
  it('is 20·log10|h|', () => {
    // |3 + 4i| = 5 → 20·log10 5; |0.1| → −20 dB; |−i| = 1 and |1| = 1 → 0 dB
    const db = magnitudeDb({ re: [3, 0.1, 0, 1], im: [4, 0, -1, 0] });
    expect(db[0]).toBeCloseTo(20 * Math.log10(5), 14);
    expect(db[1]).toBeCloseTo(-20, 13);
    expect(db[2]).toBe(0);
    expect(db[3]).toBe(0);
  });
  it('accepts typed arrays and returns a new array without touching the input', () => {
    const h = { re: Float64Array.of(0.5, -2), im: Float64Array.of(0, 0) };
    const db = magnitudeDb(h);
    // 20·log10(0.5) = −20·log10 2; 20·log10 2
    expect(db[0]).toBeCloseTo(-20 * Math.log10(2), 14);
    expect(db[1]).toBeCloseTo(20 * Math.log10(2), 14);
    expect(Array.from(h.re)).toEqual([0.5, -2]);
    expect(magnitudeDb({ re: [], im: [] })).toEqual(new Float64Array(0));
  });
  it('gives −Infinity at exact zeros unless floorDb', () => {
    expect(magnitudeDb({ re: [0], im: [0] })[0]).toBe(-Infinity);
    // 1e-9 → −180 dB, below the floor
    expect(magnitudeDb({ re: [0, 1e-9], im: [0, 0] }, { floorDb: -120 })).toEqual(new Float64Array([-120, -120]));
    // values above the floor are unchanged
    expect(magnitudeDb({ re: [0, 2], im: [2, 0] }, { floorDb: -120 })[1]).toBeCloseTo(20 * Math.log10(2), 14);
  });
  it('rejects bad input naming the parameter', () => {
    expect(() => magnitudeDb({ re: [1, 2], im: [1] })).toThrow(/magnitudeDb: h.re has length 2 but h.im has length 1/);
    expect(() => magnitudeDb({ re: [1], im: [1] }, { floorDb: Number.NaN })).toThrow(
      new TypeError('magnitudeDb: floorDb must be a number, got NaN'),
    );
    expect(() => magnitudeDb(null as never)).toThrow(new TypeError('magnitudeDb: h must be { re, im } arrays, got null'));
    expect(() => magnitudeDb([1, 2] as never)).toThrow(TypeError);
  });
});
