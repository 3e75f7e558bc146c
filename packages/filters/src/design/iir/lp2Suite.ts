// Private helpers for the tests of the transfer-function transformations lp2lp, lp2hp, lp2bp, lp2bs
// (scipy fixtures from packages/filters/fixtures/gen_lp2.py). Not exported from the package.
import { loadFixture } from '@rxdsp/test-utils';
import { expect, it } from 'vitest';
import type { BA } from './types';

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
  it(`covers orders 1..8 with b shorter than a and as long as a (${cases.length} cases)`, () => {
    const orders = new Set(cases.map((c) => c.a.length - 1));
    for (let n = 1; n <= 8; n++) expect(orders.has(n), `order ${n}`).toBe(true);
    expect(cases.some((c) => c.b.length < c.a.length)).toBe(true);
    expect(cases.some((c) => c.b.length === c.a.length)).toBe(true);
    expect(cases.some((c) => c.b.length > c.a.length)).toBe(true);
    console.log(`${fn}: worst relative coefficient error against scipy ${worst.toExponential(2)} over ${cases.length} cases`);
  });
}
