import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture, maxRelError, randn } from '@rxdsp/test-utils';
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
const tol = { rtol: 1e-10, atol: 1e-12 };

describe('lfilter vs scipy.signal.lfilter', () => {
  it.each(fx.lfilter.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { y, zf } = lfilter(c.b, c.a, c.x, c.zi);
    expectClose(y, c.y, { ...tol, label: `${c.name} y` });
    expectClose(zf, c.zf, { ...tol, label: `${c.name} zf` });
    expect(maxRelError(y, c.y)).toBeLessThan(1e-12);
  });

  it('carries state: two calls chained through zf equal one call (bit-identical)', () => {
    const c = fx.lfilter.find((k) => k.name.startsWith('cheby1'))!;
    const whole = lfilter(c.b, c.a, c.x);
    const first = lfilter(c.b, c.a, c.x.slice(0, 123));
    const second = lfilter(c.b, c.a, c.x.slice(123), first.zf);
    expect(Array.from(first.y).concat(Array.from(second.y))).toEqual(Array.from(whole.y));
    expect(Array.from(second.zf)).toEqual(Array.from(whole.zf));
  });

  it('docs example', () => {
    const first = lfilter([0.2], [1, -0.8], [1, 0, 0]);
    expectClose(first.y, [0.2, 0.16, 0.128], { rtol: 1e-15 });
    expectClose(lfilter([0.2], [1, -0.8], [0, 0], first.zf).y, [0.1024, 0.08192], { rtol: 1e-15 });
  });

  it('empty input returns empty y and zf = zi', () => {
    const r = lfilter([1, 2], [1, 0.5], [], [3]);
    expect(r.y.length).toBe(0);
    expect(Array.from(r.zf)).toEqual([3]);
  });

  it('does not modify zi or x', () => {
    const zi = new Float64Array([0.5, -0.25]);
    const x = randn(10, 1);
    const xs = x.slice();
    lfilter([1, 0.1, 0.2], [1, -0.3, 0.1], x, zi);
    expect(Array.from(zi)).toEqual([0.5, -0.25]);
    expect(Array.from(x)).toEqual(Array.from(xs));
  });

  it('NaN samples propagate like scipy (the output turns NaN from there on for an IIR)', () => {
    const { y } = lfilter([0.5], [1, -0.5], [1, Number.NaN, 0]);
    expect(y[0]).toBe(0.5);
    expect(Number.isNaN(y[1]!)).toBe(true);
    expect(Number.isNaN(y[2]!)).toBe(true);
  });

  describe('bad input → errors naming the parameter', () => {
    it.each([
      [() => lfilter([], [1], [1]), RangeError, 'lfilter: b must not be empty'],
      [() => lfilter([1], [], [1]), RangeError, 'lfilter: a must not be empty'],
      [() => lfilter([1], [0, 1], [1]), RangeError, 'lfilter: a[0] must be non-zero, got 0'],
      [() => lfilter([1, Number.NaN], [1], [1]), RangeError, 'lfilter: b[1] must be a finite number, got NaN'],
      [() => lfilter([1], [1, Number.POSITIVE_INFINITY], [1]), RangeError, 'lfilter: a[1] must be a finite number, got Infinity'],
      [() => lfilter([1, 2, 3], [1], [1], [0]), RangeError, 'lfilter: zi has length 1, expected 2'],
      [() => lfilter([1, 2], [1], [1], [Number.NaN]), RangeError, 'lfilter: zi[0] must be a finite number, got NaN'],
      [() => lfilter('12' as unknown as number[], [1], [1]), TypeError, 'lfilter: b must be an array of numbers, got "12"'],
      [() => lfilter([1], [1], 3 as unknown as number[]), TypeError, 'lfilter: x must be an array of numbers, got 3'],
    ] as const)('%#', (fn, Err, msg) => {
      expect(fn).toThrow(Err);
      expect(fn).toThrow(msg);
    });
  });
});

// Golden values: packages/filters/fixtures/gen_scipy_behaviours.py (scipy.signal.lfilter with scalar b or a).
describe('lfilter: scalar b or a, and non-numeric samples', () => {
  const bx = loadFixture<{ x: number[]; lfilter: { b: number | number[]; a: number | number[]; y: number[] }[] }>(
    '../../fixtures/scipy_behaviours.json',
    import.meta.url,
  );
  it(`${bx.lfilter.length} scipy cases: lfilter(b, 1, x), lfilter(2, a, x), lfilter(3, 2, x) …`, () => {
    for (const c of bx.lfilter) {
      expectClose(lfilter(c.b, c.a, bx.x).y, c.y, { rtol: 1e-13, atol: 1e-15, label: `lfilter(${JSON.stringify(c.b)}, ${JSON.stringify(c.a)})` });
    }
  });
  it('rejects null or undefined samples in x with a TypeError naming the index (they used to become 0)', () => {
    expect(() => lfilter([1], [1], [1, null as unknown as number, 3])).toThrow(TypeError);
    expect(() => lfilter([1], [1], [1, null as unknown as number, 3])).toThrow(/lfilter: x\[1\] must be a number, got null/);
    expect(() => lfilter([1], [1], [1, 2, undefined as unknown as number])).toThrow(/lfilter: x\[2\] must be a number, got undefined/);
    expect(lfilter([1], [1], [1, Number.NaN]).y[1]).toBeNaN(); // NaN still propagates
  });
});
