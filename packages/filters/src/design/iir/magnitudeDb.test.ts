import { describe, expect, it } from 'vitest';
import { magnitudeDb } from './magnitudeDb';
import { unwrapPhase } from './unwrapPhase';
import { freqz } from './freqz';

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

describe('unwrapPhase', () => {
  it('gives the linear phase −Dω of a pure delay over the whole circle', () => {
    // e^{−jωD}: phase −Dω, which wraps D times around the circle without unwrapping
    const D = 7;
    const { w, h } = freqz([0, 0, 0, 0, 0, 0, 0, 1], 1, 500, { whole: true });
    const ph = unwrapPhase(h);
    for (let i = 0; i < w.length; i++) expect(ph[i]).toBeCloseTo(-D * (w[i] as number), 9);
  });
  it('matches numpy.unwrap on a hand-made sequence', () => {
    // angles 3.0, −3.0 (jump −6.0 → +2π), −2.5: numpy.unwrap([3, −3, −2.5]) = [3, −3 + 2π, −2.5 + 2π]
    const angles = [3, -3, -2.5];
    const ph = unwrapPhase({ re: angles.map(Math.cos), im: angles.map(Math.sin) });
    expect(ph[0]).toBeCloseTo(3, 14);
    expect(ph[1]).toBeCloseTo(-3 + 2 * Math.PI, 14);
    expect(ph[2]).toBeCloseTo(-2.5 + 2 * Math.PI, 14);
  });
});
