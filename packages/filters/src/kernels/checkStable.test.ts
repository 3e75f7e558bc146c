import { describe, expect, it } from 'vitest';
import { loadFixture } from '@rxdsp/test-utils';
import { checkStable, findInstability } from './checkStable';

interface Fx {
  ba: { name: string; a: number[]; maxPoleRadius: number }[];
  sections: { a1: number; a2: number; maxPoleRadius: number }[];
}
const fx = loadFixture<Fx>('../../fixtures/stability.json', import.meta.url);

describe('findInstability (no root finding) agrees with numpy.roots', () => {
  it('ba: Schur–Cohn on designed, mirrored and random denominators (|r − 1| > 1e-9)', () => {
    let stable = 0;
    let unstable = 0;
    for (const c of fx.ba) {
      if (Math.abs(c.maxPoleRadius - 1) < 1e-9) continue;
      const found = findInstability({ a: Float64Array.from(c.a) }) !== undefined;
      expect(found, `${c.name}: max |p| = ${c.maxPoleRadius}`).toBe(c.maxPoleRadius > 1);
      if (found) unstable++;
      else stable++;
    }
    // the fixture covers both sides
    expect(stable).toBeGreaterThan(50);
    expect(unstable).toBeGreaterThan(50);
  });

  it('ba: poles exactly on the unit circle count as unstable; poles at z = 0 do not', () => {
    for (const name of ['integrator', 'oscillator w=0.3', 'pole at -1']) {
      const c = fx.ba.find((x) => x.name === name)!;
      expect(findInstability({ a: Float64Array.from(c.a) }), name).toBeDefined();
    }
    expect(findInstability({ a: Float64Array.of(1, -0.5, 0, 0) })).toBeUndefined();
    expect(findInstability({ a: Float64Array.of(1) })).toBeUndefined();
  });

  it('sos: Jury degree-2 conditions on 200 random sections', () => {
    for (const s of fx.sections) {
      if (Math.abs(s.maxPoleRadius - 1) < 1e-9) continue;
      const bad = findInstability({ sos: Float64Array.of(1, 0, 0, 1, s.a1, s.a2) });
      expect(bad !== undefined, `a1 = ${s.a1}, a2 = ${s.a2}, max |p| = ${s.maxPoleRadius}`).toBe(s.maxPoleRadius > 1);
      // the radius the message reports is numpy's
      if (bad) expect(Number(/pole radius (\S+)/.exec(bad.detail)?.[1])).toBeCloseTo(s.maxPoleRadius, 9);
    }
  });

  it('sos: names the first unstable section; on-circle sections (a2 = 1) are unstable', () => {
    const flat = Float64Array.of(1, 0, 0, 1, -0.5, 0.2, 1, 0, 0, 1, -1.2, 1, 1, 0, 0, 1, 3, 2);
    expect(findInstability({ sos: flat })?.where).toBe('sos[1]');
    expect(() => checkStable('sosFilter', { sos: flat })).toThrow(/^sosFilter: sos\[1\] has a pole on or outside the unit circle \(pole radius 1\).*allowUnstable: true/);
    expect(() => checkStable('linearFilter', { a: Float64Array.of(1, -1.0001) })).toThrow(RangeError);
    expect(() => checkStable('linearFilter', { a: Float64Array.of(1, -1.0001) })).toThrow(/^linearFilter: a has a pole on or outside the unit circle \(Schur–Cohn test: reflection coefficient k1 = -1.0001/);
  });
});
