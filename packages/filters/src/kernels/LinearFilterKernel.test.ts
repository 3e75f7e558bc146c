import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStatefulInvariants, expectClose, loadFixture, randn, type StatefulUnit } from '@rxdsp/test-utils';
import { LinearFilterKernel } from './LinearFilterKernel';
import { lfilter } from './lfilter';

interface Case {
  name: string;
  b: number[];
  a: number[];
  x: number[];
  zi?: number[];
  y: number[];
  zf: number[];
}
const fx = loadFixture<{ lfilter: Case[] }>('../../fixtures/kernels.json', import.meta.url);

const unit = (b: ArrayLike<number>, a: ArrayLike<number>, zi?: ArrayLike<number>): StatefulUnit<LinearFilterKernel> => ({
  create: () => new LinearFilterKernel(b, a, zi === undefined ? {} : { zi }),
  process: (k, [x]) => [k.process(x!)],
  reset: (k) => k.reset(),
  copy: (k) => k.copy(),
});

/** Polynomial coefficients (a[0] = 1) from real/complex-conjugate roots. */
function polyFromRoots(roots: { re: number; im: number }[]): number[] {
  let re = [1];
  let im = [0];
  for (const r of roots) {
    const nr = new Array<number>(re.length + 1).fill(0);
    const ni = new Array<number>(re.length + 1).fill(0);
    for (let i = 0; i < re.length; i++) {
      nr[i] = nr[i]! + re[i]!;
      ni[i] = ni[i]! + im[i]!;
      nr[i + 1] = nr[i + 1]! - (re[i]! * r.re - im[i]! * r.im);
      ni[i + 1] = ni[i + 1]! - (re[i]! * r.im + im[i]! * r.re);
    }
    re = nr;
    im = ni;
  }
  return re; // imaginary parts cancel for conjugate pairs
}

/** fast-check arbitrary: a stable IIR (poles as conjugate pairs with radius < 0.95) and random b. */
const stableFilter = fc
  .record({
    pairs: fc.array(fc.record({ r: fc.double({ min: 0, max: 0.95, noNaN: true }), th: fc.double({ min: 0, max: Math.PI, noNaN: true }) }), { minLength: 0, maxLength: 4 }),
    real: fc.array(fc.double({ min: -0.95, max: 0.95, noNaN: true }), { minLength: 0, maxLength: 2 }),
    b: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 1, maxLength: 9 }),
    a0: fc.double({ min: 0.25, max: 4, noNaN: true }),
  })
  .map(({ pairs, real, b, a0 }) => {
    const roots = pairs.flatMap(({ r, th }) => [
      { re: r * Math.cos(th), im: r * Math.sin(th) },
      { re: r * Math.cos(th), im: -r * Math.sin(th) },
    ]);
    for (const r of real) roots.push({ re: r, im: 0 });
    return { b: b.map((v) => v * a0), a: polyFromRoots(roots).map((v) => v * a0) };
  });

describe('LinearFilterKernel', () => {
  it.each(fx.lfilter.map((c) => [c.name, c] as const))('matches scipy fixture block by block: %s', (_n, c) => {
    const k = new LinearFilterKernel(c.b, c.a, c.zi === undefined ? {} : { zi: c.zi });
    const y = new Float64Array(c.x.length);
    const mid = Math.floor(c.x.length / 3);
    k.process(c.x.slice(0, mid), y.subarray(0, mid));
    k.process(c.x.slice(mid), y.subarray(mid));
    expectClose(y, c.y, { rtol: 1e-10, atol: 1e-12, label: c.name });
    expectClose(k.getState(), c.zf, { rtol: 1e-10, atol: 1e-12, label: `${c.name} state` });
  });

  it.each([
    ['order 0', [2], [4]],
    ['order 1', [0.1, 0.05], [1, -0.9]],
    ['order 2 (biquad)', [0.02, 0.04, 0.02], [1, -1.56, 0.64]],
    ['order 6 IIR, a0 = 2', [0.1, 0.2, 0.3, 0.2, 0.1, 0.05, 0.01], [2, -1.2, 0.9, -0.3, 0.1, -0.02, 0.01]],
    ['FIR 12 taps', Array.from({ length: 12 }, (_, i) => Math.sin(i + 1) / 6), [1]],
  ])('standard stateful invariants: %s', (_n, b, a) => {
    checkStatefulInvariants(unit(b, a, new Float64Array(Math.max(a.length, b.length) - 1).fill(0.1)), randn(700, 7));
  });

  it('property: any stable filter and any partition gives lfilter on the whole signal, bit for bit', () => {
    fc.assert(
      fc.property(stableFilter, fc.array(fc.integer({ min: 0, max: 70 }), { minLength: 1, maxLength: 12 }), fc.integer(), ({ b, a }, cuts, seed) => {
        const x = randn(300, seed);
        const whole = lfilter(b, a, x).y;
        const k = new LinearFilterKernel(b, a);
        const y = new Float64Array(x.length);
        let pos = 0;
        for (let i = 0; pos < x.length; i++) {
          const len = Math.min(cuts[i % cuts.length]!, x.length - pos) || 1;
          k.process(x.subarray(pos, pos + len), y.subarray(pos, pos + len));
          pos += len;
        }
        expect(Array.from(y)).toEqual(Array.from(whole));
      }),
      { numRuns: 60 },
    );
  });

  it('writes into a Float32Array output without rounding the state', () => {
    const b = [0.02, 0.04, 0.02];
    const a = [1, -1.56, 0.64];
    const x = randn(200, 3);
    const y32 = new LinearFilterKernel(b, a).process(x, new Float32Array(200));
    expect(y32).toBeInstanceOf(Float32Array);
    expectClose(y32, Float32Array.from(lfilter(b, a, x).y), { rtol: 0, atol: 0 });
  });

  it('processes in place', () => {
    const x = randn(100, 4);
    const expected = lfilter([0.3, 0.2], [1, -0.5], x).y;
    const k = new LinearFilterKernel([0.3, 0.2], [1, -0.5]);
    expect(k.process(x, x)).toBe(x);
    expect(Array.from(x)).toEqual(Array.from(expected));
  });

  it('setCoefficients keeps the state when the order is unchanged and zeroes it when it changes', () => {
    const k = new LinearFilterKernel([0.5, 0.5], [1, -0.2]);
    k.process([1, 2, 3]);
    const s = k.getState();
    k.setCoefficients([0.1, 0.1], [1, 0.3]);
    expect(Array.from(k.getState())).toEqual(Array.from(s));
    k.setCoefficients([0.1, 0.1, 0.1], [1, 0.3, 0.1]);
    expect(Array.from(k.getState())).toEqual([0, 0]);
    expect(k.stateLength).toBe(2);
  });

  it('setState restores a read state; wrong length → RangeError', () => {
    const k = new LinearFilterKernel([1, 1, 1], [1, -0.5]);
    k.process(randn(10, 1));
    const s = k.getState();
    const next = k.process([1, 2, 3]);
    k.setState(s);
    expect(Array.from(k.process([1, 2, 3]))).toEqual(Array.from(next));
    expect(() => k.setState([1])).toThrow('LinearFilterKernel.setState: state has length 1, expected 2');
  });

  it('errors name the class and the parameter', () => {
    expect(() => new LinearFilterKernel([1], [0])).toThrow('LinearFilterKernel: a[0] must be non-zero, got 0');
    expect(() => new LinearFilterKernel([1, 2], [1], { zi: [1, 2] })).toThrow('LinearFilterKernel: zi has length 2, expected 1');
    expect(() => new LinearFilterKernel([1], [1]).process([1, 2], new Float64Array(1))).toThrow(
      'LinearFilterKernel.process: output has length 1, expected at least 2',
    );
  });
});
