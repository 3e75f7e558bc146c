import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { lfilter } from './lfilter';
import { lfiltic } from './lfiltic';

interface Case {
  name: string;
  b: number[];
  a: number[];
  y: number[];
  x?: number[];
  zi: number[];
}
const fx = loadFixture<{ lfiltic: Case[] }>('../../fixtures/kernels.json', import.meta.url);

describe('lfiltic vs scipy.signal.lfiltic', () => {
  it.each(fx.lfiltic.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    expectClose(lfiltic(c.b, c.a, c.y, c.x), c.zi, { rtol: 1e-10, atol: 1e-12, label: c.name });
  });

  it('reproduces the state of a running filter from its past outputs and inputs', () => {
    // y[n] continues exactly when the state is rebuilt from the last outputs/inputs (newest first).
    const b = [0.1, 0.2, 0.1];
    const a = [1, -1.1, 0.4];
    const x = Array.from({ length: 40 }, (_, i) => Math.sin(i));
    const whole = lfilter(b, a, x).y;
    const zi = lfiltic(b, a, [whole[19]!, whole[18]!], [x[19]!, x[18]!]);
    expectClose(lfilter(b, a, x.slice(20), zi).y, whole.slice(20), { rtol: 1e-12, atol: 1e-15 });
  });

  it('docs example', () => {
    expect(Array.from(lfiltic([1], [1, -0.5], [2]))).toEqual([1]);
  });

  it('rejects a[0] = 0 and non-finite values', () => {
    expect(() => lfiltic([1], [0, 1], [1])).toThrow('lfiltic: a[0] must be non-zero, got 0');
    expect(() => lfiltic([1], [1, 1], [Number.NaN])).toThrow('lfiltic: y[0] must be a finite number, got NaN');
    expect(() => lfiltic([1, 2], [1], [], [Number.POSITIVE_INFINITY])).toThrow('lfiltic: x[0] must be a finite number, got Infinity');
  });
});

// Golden values: packages/filters/fixtures/gen_scipy_behaviours.py (scipy.signal.lfiltic with scalar b or a).
describe('lfiltic: scalar b or a, as scipy', () => {
  const bx = loadFixture<{ lfiltic: { b: number | number[]; a: number | number[]; y: number[]; x: number[] | null; zi: number[] }[] }>(
    '../../fixtures/scipy_behaviours.json',
    import.meta.url,
  );
  it(`${bx.lfiltic.length} scipy cases`, () => {
    for (const c of bx.lfiltic) {
      const zi = c.x === null ? lfiltic(c.b, c.a, c.y) : lfiltic(c.b, c.a, c.y, c.x);
      expectClose(zi, c.zi, { rtol: 1e-14, atol: 1e-15, label: `lfiltic(${JSON.stringify(c.b)}, ${JSON.stringify(c.a)})` });
    }
  });
});
