import { describe, expect, it } from 'vitest';
import { problem } from '../../../../test/support/fir/remezStages';
import { remezGrid, type RemezGrid } from './remezGrid';

const gridOf = (g: RemezGrid): number[] => Array.from(g.f.subarray(1, g.ngrid + 1));

describe('remezGrid (stage 1: the dense grid)', () => {
  it('type I lowpass: points delf = 0.5/(16·nfcns) apart from each lower edge, the last moved onto the upper edge', () => {
    const g = remezGrid(problem(21, [0, 0.1, 0.2, 0.5], [1, 0]));
    expect(g.nfcns).toBe(11);
    expect([g.neg, g.nodd, g.fullBand]).toEqual([false, true, true]);
    const delf = 0.5 / (16 * 11);
    const f = gridOf(g);
    const pass = f.filter((v) => v <= 0.1);
    const stop = f.filter((v) => v >= 0.2);
    expect(pass.length + stop.length).toBe(g.ngrid);
    expect(pass[0]).toBe(0);
    expect(pass[pass.length - 1]).toBe(0.1);
    expect(stop[0]).toBe(0.2);
    expect(stop[stop.length - 1]).toBe(0.5);
    for (const band of [pass, stop]) {
      for (let i = 1; i < band.length - 1; i++) expect((band[i] as number) - (band[i - 1] as number)).toBeCloseTo(delf, 14);
      // the last point f ≤ edge < f + delf is moved up onto the edge: one to two steps after the point before
      const lastGap = (band[band.length - 1] as number) - (band[band.length - 2] as number);
      expect(lastGap).toBeGreaterThanOrEqual(delf * (1 - 1e-12));
      expect(lastGap).toBeLessThan(2 * delf);
    }
    for (let l = 1; l <= g.ngrid; l++) {
      expect(g.x[l]).toBe(Math.cos(2 * Math.PI * (g.f[l] as number)));
      expect(g.desired[l]).toBe((g.f[l] as number) <= 0.1 ? 1 : 0);
      expect(g.weight[l]).toBe(1);
    }
    expect(g.weightedScale).toBe(1);
  });

  it('weights per band; weightedScale is the largest |D·W|', () => {
    const g = remezGrid(problem(31, [0, 0.1, 0.2, 0.3, 0.35, 0.5], [0.5, 0, 2], { weight: [3, 10, 1] }));
    expect(g.weightedScale).toBe(2);
    for (let l = 1; l <= g.ngrid; l++) {
      const f = g.f[l] as number;
      expect(g.weight[l]).toBe(f <= 0.1 ? 3 : f <= 0.3 ? 10 : 1);
    }
  });

  it('type II (even length): D/Q and W·Q with Q = cos(πf); the last point near 0.5 is dropped', () => {
    const g = remezGrid(problem(20, [0, 0.2, 0.3, 0.5], [1, 0]));
    expect([g.nfcns, g.neg, g.nodd]).toEqual([10, false, false]);
    const delf = 0.5 / (16 * 10);
    expect(g.f[g.ngrid]).toBeLessThanOrEqual(0.5 - delf);
    expect(g.x.length).toBe(g.ngrid + 1);
    for (let l = 1; l <= g.ngrid; l++) {
      const f = g.f[l] as number;
      const q = Math.cos(Math.PI * f);
      expect((g.desired[l] as number) * q).toBeCloseTo(f <= 0.2 ? 1 : 0, 14);
      expect((g.weight[l] as number) / q).toBeCloseTo(1, 14);
    }
  });

  it('type III Hilbert (odd, antisymmetric): f = 0 replaced by delf, Q = sin(2πf), a last point near 0.5 dropped', () => {
    const g = remezGrid(problem(31, [0, 0.5], [1], { type: 'hilbert' }));
    expect([g.nfcns, g.neg, g.nodd]).toEqual([15, true, true]);
    const delf = 0.5 / (16 * 15);
    expect(g.f[1]).toBe(delf);
    expect(g.f[g.ngrid]).toBeLessThanOrEqual(0.5 - delf);
    for (let l = 1; l <= g.ngrid; l++) {
      const q = Math.sin(2 * Math.PI * (g.f[l] as number));
      expect((g.desired[l] as number) * q).toBeCloseTo(1, 12);
      expect((g.weight[l] as number) / q).toBeCloseTo(1, 12);
    }
  });

  it('type IV differentiator (even, antisymmetric): D = slope·f and W = w/f, reduced by Q = sin(πf); 0.5 is kept', () => {
    const g = remezGrid(problem(16, [0, 0.5], [2], { type: 'differentiator', weight: [3] }));
    expect([g.nfcns, g.neg, g.nodd]).toEqual([8, true, false]);
    expect(g.f[g.ngrid]).toBe(0.5);
    for (let l = 1; l <= g.ngrid; l++) {
      const f = g.f[l] as number;
      const q = Math.sin(Math.PI * f);
      expect((g.desired[l] as number) * q).toBeCloseTo(2 * f, 13);
      expect((g.weight[l] as number) / q).toBeCloseTo(3 / f, 10);
    }
  });

  it('fullBand only when the bands start at 0 and end at 0.5', () => {
    expect(remezGrid(problem(21, [0.05, 0.1, 0.2, 0.5], [1, 0])).fullBand).toBe(false);
    expect(remezGrid(problem(21, [0, 0.1, 0.2, 0.45], [1, 0])).fullBand).toBe(false);
  });

  it('throws a RangeError naming remez when the bands hold fewer points than the reference set needs', () => {
    expect(() => remezGrid(problem(101, [0.1, 0.1001], [1], { gridDensity: 1 }))).toThrow(
      /^remez: the bands hold only 1 grid points, fewer than the 52 extremal frequencies 101 taps need; widen the bands or raise gridDensity$/,
    );
  });
});
