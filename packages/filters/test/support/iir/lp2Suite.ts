// Private helpers for the tests of the transfer-function transformations lp2lp, lp2hp, lp2bp, lp2bs
// (scipy fixtures from packages/filters/fixtures/gen_lp2.py). Not exported from the package.
import { loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { buttap } from '../../../src/design/iir/buttap';
import { cheb2ap } from '../../../src/design/iir/cheb2ap';
import type { BA, ZPK } from '../../../src/design/iir/types';
import { zpk2tf } from '../../../src/design/iir/zpk2tf';

export interface Lp2Case {
  fn: 'lp2lp' | 'lp2hp' | 'lp2bp' | 'lp2bs';
  proto: string;
  b: number[];
  a: number[];
  args: number[];
  outB: number[];
  outA: number[];
}

export const LP2_FIXTURE = '../../../fixtures/lp2.json';

/** Relative tolerance of every coefficient against scipy (the same formulas, summed in the same order). */
export const LP2_RTOL = 1e-10;

export function lp2Cases(fn: Lp2Case['fn'], url: string): Lp2Case[] {
  return loadFixture<{ cases: Lp2Case[] }>(LP2_FIXTURE, url).cases.filter((c) => c.fn === fn);
}

/** Worst |got − want| / |want| over the coefficients (0 where both are 0); lengths must match. */
export function worstRelative(got: ArrayLike<number>, want: readonly number[], label: string): number {
  expect(got.length, `${label}: length`).toBe(want.length);
  let worst = 0;
  for (let i = 0; i < want.length; i++) {
    const g = got[i] as number;
    const w = want[i] as number;
    const err = g === w ? 0 : Math.abs(g - w) / Math.abs(w);
    worst = Math.max(worst, err);
  }
  return worst;
}

/** One `it` per fixture case plus a summary line of the worst relative error. */
export function lp2FixtureTests(fn: Lp2Case['fn'], cases: readonly Lp2Case[], run: (c: Lp2Case) => BA): void {
  let worst = 0;
  for (const c of cases) {
    it(`${c.proto}, ${fn}(b, a, ${c.args.join(', ')}) as scipy within ${LP2_RTOL} relative`, () => {
      const { b, a } = run(c);
      const label = `${fn} ${c.proto} ${c.args.join(', ')}`;
      const e = Math.max(worstRelative(b, c.outB, `${label} b`), worstRelative(a, c.outA, `${label} a`));
      worst = Math.max(worst, e);
      expect(e, label).toBeLessThanOrEqual(LP2_RTOL);
    });
  }
  it(`covers orders 1..8 with b shorter than, as long as and longer than a (${cases.length} cases)`, () => {
    const orders = new Set(cases.map((c) => c.a.length - 1));
    for (let n = 1; n <= 8; n++) expect(orders.has(n), `order ${n}`).toBe(true);
    expect(cases.some((c) => c.b.length < c.a.length)).toBe(true);
    expect(cases.some((c) => c.b.length === c.a.length)).toBe(true);
    expect(cases.some((c) => c.b.length > c.a.length)).toBe(true);
    console.log(`${fn}: worst relative coefficient error against scipy ${worst.toExponential(2)} over ${cases.length} cases`);
  });
}

export interface Lp2SuiteSpec {
  fn: Lp2Case['fn'];
  /** The (b, a) form under test. */
  ba: (b: number | ArrayLike<number>, a: number | ArrayLike<number>, ...freq: number[]) => BA;
  /** Its zpk form (`lp2lpZpk` …). */
  zpk: (z: ZPK['z'], p: ZPK['p'], k: number, ...freq: number[]) => ZPK;
  /** Frequency arguments used by the consistency and input checks: `[wo]` or `[wo, bw]`. */
  freq: number[];
  /** import.meta.url of the test file (for the fixture path). */
  url: string;
}

/** The shared tests of one (b, a) transformation: scipy fixtures, agreement with its zpk form, argument checks. */
export function lp2Suite(spec: Lp2SuiteSpec): void {
  const { fn, ba, zpk, freq } = spec;
  const zpkName = `${fn}Zpk`;
  const cases = lp2Cases(fn, spec.url);

  describe(`${fn} on (b, a) (scipy.signal.${fn} fixtures: every analog prototype of orders 1..8, random (b, a))`, () => {
    lp2FixtureTests(fn, cases, (c) => ba(c.b, c.a, ...c.args));
  });

  describe(`${fn} agrees with ${zpkName}`, () => {
    // zpk2tf(lp2…Zpk(z, p, k)) and lp2…(zpk2tf(z, p, k)) are the same transfer function; the two routes round
    // differently (roots vs coefficients), hence 1e-9 rather than the fixture tolerance.
    const protos: [string, (n: number) => ZPK][] = [['buttap', buttap], ['cheb2ap', (n) => cheb2ap(n, 40)]];
    for (const [name, proto] of protos) {
      for (let n = 1; n <= 6; n++) {
        it(`${name}(${n})`, () => {
          const { z, p, k } = proto(n);
          const viaZpk = zpk(z, p, k, ...freq);
          const want = zpk2tf(viaZpk.z, viaZpk.p, viaZpk.k);
          const start = zpk2tf(z, p, k);
          const got = ba(start.b, start.a, ...freq);
          expect(worstRelative(got.a, Array.from(want.a), 'a')).toBeLessThan(1e-9);
          // scipy's normalize trims leading numerator coefficients with |b| ≤ 1e-14: compare on the common support,
          // with the rounding residue of exactly-zero coefficients (cheb2ap's odd powers) set to 0
          const off = want.b.length - got.b.length;
          expect(off).toBeGreaterThanOrEqual(0);
          for (let i = 0; i < off; i++) expect(Math.abs(want.b[i] as number)).toBeLessThan(1e-12);
          const wantB = Array.from(want.b.slice(off)).map((x) => (Math.abs(x) < 1e-12 ? 0 : x));
          expect(worstRelative(got.b, wantB, 'b')).toBeLessThan(1e-9);
        });
      }
    }
  });

  describe(`${fn} argument checks`, () => {
    const call = ba as unknown as (...args: unknown[]) => unknown;
    const zpkSignature = freq.length === 1 ? '(z, p, k, wo)' : '(z, p, k, wo, bw)';
    it(`rejects a zpk object with a TypeError that names ${zpkName}`, () => {
      expect(() => call(buttap(2), [1])).toThrow(
        new TypeError(
          `${fn}: b must be an array of numbers, got a zpk object { z, p, k }; ${fn} takes transfer-function coefficients ` +
            `${freq.length === 1 ? '(b, a, wo)' : '(b, a, wo, bw)'} as scipy.signal.${fn} does; for zeros, poles and gain use ${zpkName}${zpkSignature}`,
        ),
      );
    });
    it(`rejects the zpk call ${fn}(z, p, k, …) with a TypeError that names ${zpkName}`, () => {
      const { z, p, k } = buttap(3);
      expect(() => call(z, p, k, ...freq)).toThrow(new RegExp(`^${fn}: a\\[0\\] is a complex root \\{ re, im \\}, not a coefficient; .*use ${zpkName}`));
      expect(() => call([], [-1, -2], 1, 2, 1)).toThrow(new RegExp(`^${fn}: expected at most ${freq.length + 2} arguments .*got 5; .*use ${zpkName}`));
      expect(() => call([{ re: 0, im: 1 }], [1, 1])).toThrow(new RegExp(`^${fn}: b\\[0\\] is a complex root`));
    });
    it('rejects bad coefficients and frequencies naming the parameter', () => {
      expect(() => ba([1], [0, 0], 1)).toThrow(new RangeError(`${fn}: a must have at least one non-zero coefficient, got all zeros`));
      expect(() => ba([], [1, 1], 1)).toThrow(new RangeError(`${fn}: b must not be empty, got []`));
      expect(() => ba([1], [1, Number.NaN], 1)).toThrow(new RangeError(`${fn}: a[1] must be a finite number, got NaN`));
      expect(() => ba([1], [1, 1], 0)).toThrow(new RangeError(`${fn}: wo must be a finite number > 0, got 0`));
      expect(() => call([1], 'x')).toThrow(new TypeError(`${fn}: a must be an array of numbers, got "x"`));
    });
    it('accepts a number as b and typed arrays, and leaves its inputs untouched', () => {
      const a = Float64Array.of(2, 2);
      const r1 = ba(1, a, ...freq);
      const r2 = ba([1], [2, 2], ...freq);
      expect(Array.from(r1.b)).toEqual(Array.from(r2.b));
      expect(Array.from(r1.a)).toEqual(Array.from(r2.a));
      expect(r1.a[0]).toBe(1);
      expect(Array.from(a)).toEqual([2, 2]);
    });
  });
}
