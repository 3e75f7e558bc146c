import { describe, expect, it } from 'vitest';
import { checkStatefulInvariants, expectClose, loadFixture, randn, type StatefulUnit } from '@rxdsp/test-utils';
import { SosFilterKernel } from './SosFilterKernel';
import { sosfilt } from './sosfilt';

interface Case {
  name: string;
  sos: number[][];
  x: number[];
  zi?: number[];
  y: number[];
  zf: number[];
}
const fx = loadFixture<{ sosfilt: Case[] }>('../../fixtures/kernels.json', import.meta.url);

const unit = (sos: number[][], zi?: ArrayLike<number>): StatefulUnit<SosFilterKernel> => ({
  create: () => new SosFilterKernel(sos, zi === undefined ? {} : { zi }),
  process: (k, [x]) => [k.process(x!)],
  reset: (k) => k.reset(),
  copy: (k) => k.copy(),
});

describe('SosFilterKernel', () => {
  it.each(fx.sosfilt.map((c) => [c.name, c] as const))('matches scipy fixture in frames: %s', (_n, c) => {
    const k = new SosFilterKernel(c.sos, c.zi === undefined ? {} : { zi: c.zi });
    const y = new Float64Array(c.x.length);
    for (let p = 0; p < c.x.length; p += 100) k.process(c.x.slice(p, p + 100), y.subarray(p, p + 100));
    expectClose(y, c.y, { rtol: 1e-10, atol: 1e-12, label: c.name });
    expectClose(k.getState(), c.zf, { rtol: 1e-10, atol: 1e-12, label: `${c.name} state` });
  });

  it.each(fx.sosfilt.slice(0, 3).map((c) => [c.name, c] as const))('standard stateful invariants: %s', (_n, c) => {
    checkStatefulInvariants(unit(c.sos, c.zi), randn(800, 11));
  });

  it('Float32 output comes from a Float64 cascade (rounded once at the end)', () => {
    const c = fx.sosfilt[0]!;
    const y = new SosFilterKernel(c.sos).process(c.x, new Float32Array(c.x.length));
    expect(Array.from(y)).toEqual(Array.from(Float32Array.from(sosfilt(c.sos, c.x).y)));
  });

  it('in place on a Float32Array', () => {
    const c = fx.sosfilt[0]!;
    const x = Float32Array.from(c.x);
    const expected = Float32Array.from(sosfilt(c.sos, x).y);
    new SosFilterKernel(c.sos).process(x, x);
    expect(Array.from(x)).toEqual(Array.from(expected));
  });

  it('setCoefficients keeps state with the same section count, zeroes it otherwise', () => {
    const k = new SosFilterKernel([[1, 0.5, 0.2, 1, -0.3, 0.1]]);
    k.process([1, 2, 3]);
    const s = k.getState();
    k.setCoefficients([[2, 0, 0, 1, 0.1, 0]]);
    expect(Array.from(k.getState())).toEqual(Array.from(s));
    k.setCoefficients([[2, 0, 0, 1, 0.1, 0], [1, 0, 0, 1, 0, 0]]);
    expect(Array.from(k.getState())).toEqual([0, 0, 0, 0]);
    expect(k.sections).toBe(2);
  });

  it('errors name the class and parameter', () => {
    expect(() => new SosFilterKernel([[1, 0, 0, 1, 0]])).toThrow('SosFilterKernel: sos[0] has 5 values, expected 6');
    expect(() => new SosFilterKernel([[1, 0, 0, 1, 0, 0]], { zi: [0] })).toThrow('SosFilterKernel: zi has length 1, expected 2');
  });
});
