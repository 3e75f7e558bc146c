import { describe, expect, it } from 'vitest';
import { checkStatefulInvariants, expectClose, loadFixture, randn } from '@rxdsp/test-utils';
import { ComplexFirKernel } from './ComplexFirKernel';

interface Pair {
  i: number[];
  q: number[];
}
const fx = loadFixture<{ fir: { taps: number[]; x: Pair; y: Pair }[] }>('../../fixtures/sdr.json', import.meta.url);

describe('ComplexFirKernel', () => {
  for (const c of fx.fir) {
    it(`= lfilter(taps, 1, x) for complex x (scipy), ${c.taps.length} taps`, () => {
      const y = new ComplexFirKernel(c.taps).process(c.x.i, c.x.q);
      expectClose(y.i, c.y.i, { rtol: 1e-12, atol: 1e-13, label: 'I' });
      expectClose(y.q, c.y.q, { rtol: 1e-12, atol: 1e-13, label: 'Q' });
    });
  }
  it('stateful invariants', () => {
    const taps = Array.from(randn(21, 5));
    checkStatefulInvariants(
      {
        create: () => new ComplexFirKernel(taps),
        process: (k, [i, q]) => {
          const y = k.process(i!, q!);
          return [y.i, y.q];
        },
        reset: (k) => k.reset(),
        copy: (k) => k.copy(),
      },
      [randn(700, 3), randn(700, 4)],
    );
  });
  it('state round trip and bad taps', () => {
    const k = new ComplexFirKernel([1, 2, 3]);
    k.process([1, 2, 3], [4, 5, 6]);
    expect(k.getState()).toEqual({ i: Float64Array.from([2, 3]), q: Float64Array.from([5, 6]) });
    const k2 = new ComplexFirKernel([1, 2, 3]);
    k2.setState(k.getState());
    expect(k2.process([1], [0])).toEqual(k.process([1], [0]));
    expect(() => new ComplexFirKernel([])).toThrow(/taps/);
  });
});
