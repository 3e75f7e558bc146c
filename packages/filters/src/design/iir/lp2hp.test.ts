import { describe, expect, it } from 'vitest';
import { buttap } from './buttap';
import { cheb2ap } from './cheb2ap';
import { lp2hp } from './lp2hp';
import { lp2hpZpk } from './lp2hpZpk';
import { lp2Cases, lp2FixtureTests, worstRelative } from './lp2Suite';
import { zpk2tf } from './zpk2tf';

const cases = lp2Cases('lp2hp', import.meta.url);

describe('lp2hp on (b, a) (scipy.signal.lp2hp fixtures: every analog prototype of orders 1..8, random (b, a))', () => {
  lp2FixtureTests('lp2hp', cases, (c) => lp2hp(c.b, c.a, c.args[0] as number));
});

describe('lp2hp agrees with its zpk form', () => {
  // zpk2tf(lp2hpZpk(z, p, k)) and lp2hp(zpk2tf(z, p, k)) are the same transfer function; the two routes round
  // differently (roots vs coefficients), hence 1e-9 rather than the fixture tolerance.
  for (const [name, proto] of [['buttap', buttap], ['cheb2ap', (n: number) => cheb2ap(n, 40)]] as const) {
    for (let n = 1; n <= 6; n++) {
      it(`${name}(${n})`, () => {
        const { z, p, k } = proto(n);
        const viaZpk = lp2hpZpk(z, p, k, 2);
        const want = zpk2tf(viaZpk.z, viaZpk.p, viaZpk.k);
        const proto1 = zpk2tf(z, p, k);
        const got = lp2hp(proto1.b, proto1.a, 2);
        // compare on the common support: a numerator coefficient scipy's normalize trims is |b| ≤ 1e-14
        expect(worstRelative(got.a, Array.from(want.a), 'a')).toBeLessThan(1e-9);
        const off = want.b.length - got.b.length;
        expect(off).toBeGreaterThanOrEqual(0);
        for (let i = 0; i < off; i++) expect(Math.abs(want.b[i] as number)).toBeLessThan(1e-12);
        expect(worstRelative(got.b, Array.from(want.b.slice(off)).map((x) => (Math.abs(x) < 1e-12 ? 0 : x)), 'b')).toBeLessThan(1e-9);
      });
    }
  }
});

describe('lp2hp argument checks', () => {
  it('rejects a zpk object with a TypeError that names lp2hpZpk', () => {
    const zpk = buttap(2);
    expect(() => lp2hp(zpk as never, [1])).toThrow(TypeError);
    expect(() => lp2hp(zpk as never, [1])).toThrow(
      /^lp2hp: b must be an array of numbers, got a zpk object \{ z, p, k \}; lp2hp takes transfer-function coefficients .* use lp2hpZpk\(z, p, k, wo\)$/,
    );
  });
  it('rejects the zpk call lp2hp(z, p, k, …) with a TypeError that names lp2hpZpk', () => {
    const { z, p, k } = buttap(3);
    const call = lp2hp as unknown as (...args: unknown[]) => unknown;
    expect(() => call(z, p, k, 2, 1)).toThrow(/^lp2hp: a\[0\] is a complex root \{ re, im \}, not a coefficient; .*use lp2hpZpk/);
    expect(() => call([], [-1, -2], 1, 2, 1)).toThrow(/^lp2hp: expected at most 3 arguments .*got 5; .*use lp2hpZpk/);
    expect(() => call([{ re: 0, im: 1 }], [1, 1])).toThrow(/^lp2hp: b\[0\] is a complex root/);
  });
  it('rejects bad coefficients and frequencies naming the parameter', () => {
    expect(() => lp2hp([1], [0, 0], 1)).toThrow(/lp2hp: a must have at least one non-zero coefficient/);
    expect(() => lp2hp([], [1, 1], 1)).toThrow(/lp2hp: b must not be empty/);
    expect(() => lp2hp([1], [1, Number.NaN], 1)).toThrow(/lp2hp: a\[1\] must be finite, got NaN/);
    expect(() => lp2hp([1], [1, 1], 0)).toThrow(new RangeError(`lp2hp: wo must be a cutoff > 0 rad/s, got 0`));
  });
  it('accepts a number as b and typed arrays, and leaves its inputs untouched', () => {
    const a = Float64Array.of(2, 2);
    const r1 = lp2hp(1, a, 2);
    const r2 = lp2hp([1], [2, 2], 2);
    expect(Array.from(r1.b)).toEqual(Array.from(r2.b));
    expect(Array.from(r1.a)).toEqual(Array.from(r2.a));
    expect(r1.a[0]).toBe(1);
    expect(Array.from(a)).toEqual([2, 2]);
  });
});
