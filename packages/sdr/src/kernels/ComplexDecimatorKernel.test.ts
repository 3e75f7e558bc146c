import { describe, expect, it } from 'vitest';
import { checkStatefulInvariants, expectClose, loadFixture, randn } from '@rxdsp/test-utils';
import { firwin } from '@rxdsp/filters';
import { ComplexDecimatorKernel } from './ComplexDecimatorKernel';

interface Pair {
  i: number[];
  q: number[];
}
const fx = loadFixture<{ decimate: { numtaps: number; cutoff: number; fs: number; factor: number; taps: number[]; x: Pair; y: Pair }[] }>(
  '../../fixtures/sdr.json',
  import.meta.url,
);

/**
 * Adapter for the stateful invariants: the decimated output is placed at the input positions of the
 * kept samples (zeros elsewhere), so that it is partition-independent and has the input's length.
 */
function spread(k: ComplexDecimatorKernel, block: readonly Float64Array[], at: { n: number }): Float64Array[] {
  const n = block[0]!.length;
  const skip = k.getState().skip;
  const y = k.process(block[0]!, block[1]!);
  const oi = new Float64Array(n);
  const oq = new Float64Array(n);
  for (let m = 0; m < y.i.length; m++) {
    oi[skip + m * k.factor] = y.i[m]!;
    oq[skip + m * k.factor] = y.q[m]!;
  }
  at.n += n;
  return [oi, oq];
}

describe('ComplexDecimatorKernel', () => {
  for (const c of fx.decimate) {
    it(`= lfilter(firwin(${c.numtaps}, ${c.cutoff}, fs=${c.fs}), 1, x)[::${c.factor}] (scipy), in one block and in frames of 7`, () => {
      const h = firwin(c.numtaps, c.cutoff, { fs: c.fs });
      expectClose(h, c.taps, { rtol: 1e-13, atol: 1e-15, label: 'firwin taps' });
      const k = new ComplexDecimatorKernel(h, c.factor);
      const y = k.process(Float64Array.from(c.x.i), Float64Array.from(c.x.q));
      expectClose(y.i, c.y.i, { rtol: 1e-12, atol: 1e-13, label: 'I' });
      expectClose(y.q, c.y.q, { rtol: 1e-12, atol: 1e-13, label: 'Q' });
      const k2 = new ComplexDecimatorKernel(h, c.factor);
      const yi: number[] = [];
      for (let p = 0; p < c.x.i.length; p += 7) yi.push(...k2.process(c.x.i.slice(p, p + 7), c.x.q.slice(p, p + 7)).i);
      expectClose(yi, c.y.i, { rtol: 1e-12, atol: 1e-13, label: 'I in frames of 7' });
    });
  }

  for (const factor of [1, 3, 10]) {
    it(`stateful invariants (factor ${factor}, 32 taps)`, () => {
      const h = firwin(32, 0.8 / factor);
      checkStatefulInvariants(
        {
          create: () => new ComplexDecimatorKernel(h, factor),
          process: (k, block) => spread(k, block, { n: 0 }),
          reset: (k) => k.reset(),
          copy: (k) => k.copy(),
        },
        [randn(1500, 1), randn(1500, 2)],
      );
    });
  }

  it('outputLength and getState/setState', () => {
    const k = new ComplexDecimatorKernel([1, 2, 3], 4);
    expect(k.outputLength(1)).toBe(1);
    expect(k.outputLength(5)).toBe(2);
    k.process(new Float64Array(6), new Float64Array(6));
    expect(k.getState().skip).toBe(2);
    expect(k.outputLength(2)).toBe(0);
    expect(k.process(new Float64Array(2), new Float64Array(2)).i.length).toBe(0);
    expect(k.getState().skip).toBe(0);
    expect(() => k.setState({ i: new Float64Array(2), q: new Float64Array(2), skip: 4 })).toThrow(/state.skip must be an integer in 0 … 3, got 4/);
    expect(() => k.setState({ i: new Float64Array(1), q: new Float64Array(2), skip: 0 })).toThrow(/must have 2 values/);
  });

  it('bad arguments name the parameter', () => {
    expect(() => new ComplexDecimatorKernel([], 2)).toThrow(/ComplexDecimatorKernel: taps must not be empty/);
    expect(() => new ComplexDecimatorKernel([1, Number.NaN], 2)).toThrow(/taps\[1\] must be a finite number, got NaN/);
    expect(() => new ComplexDecimatorKernel([1], 0)).toThrow(/factor must be an integer ≥ 1, got 0/);
    expect(() => new ComplexDecimatorKernel([1], 2.5)).toThrow(RangeError);
    expect(() => new ComplexDecimatorKernel([1], 2).process(new Float64Array(3), new Float64Array(2))).toThrow(/i has 3 samples, q 2/);
  });
});
