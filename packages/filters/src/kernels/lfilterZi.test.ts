import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { lfilter } from './lfilter';
import { lfilterZi } from './lfilterZi';

interface Case {
  name: string;
  b: number[];
  a: number[];
  zi: number[];
}
const fx = loadFixture<{ lfilter_zi: Case[] }>('../../fixtures/kernels.json', import.meta.url);

describe('lfilterZi vs scipy.signal.lfilter_zi', () => {
  it.each(fx.lfilter_zi.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    expectClose(lfilterZi(c.b, c.a), c.zi, { rtol: 1e-10, atol: 1e-12, label: c.name });
  });

  it('is the steady state: a unit step from zi gives a constant output = DC gain', () => {
    const b = [0.0675, 0.1349, 0.0675];
    const a = [1, -1.143, 0.4128];
    const dc = (b[0]! + b[1]! + b[2]!) / (a[0]! + a[1]! + a[2]!); // H(1)
    const { y } = lfilter(b, a, new Float64Array(50).fill(1), lfilterZi(b, a));
    expectClose(y, new Float64Array(50).fill(dc), { rtol: 1e-13 });
  });

  it('order 0 has an empty state (scipy cannot build the companion matrix here)', () => {
    expect(lfilterZi([2], [4]).length).toBe(0);
  });

  it('a pole at z = 1 has no steady state → RangeError', () => {
    expect(() => lfilterZi([1], [1, -1])).toThrow(RangeError);
    expect(() => lfilterZi([1], [1, -1])).toThrow('lfilterZi: the filter has a pole at z = 1');
  });

  it('rejects a[0] = 0', () => {
    expect(() => lfilterZi([1], [0, 1])).toThrow('lfilterZi: a[0] must be non-zero, got 0');
  });
});
