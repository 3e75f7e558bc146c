import { describe, expect, it } from 'vitest';
import { checkStatefulInvariants, expectClose, loadFixture, randn } from '@rxdsp/test-utils';
import { FmDemodKernel, type FmDemodMethod } from './FmDemodKernel';

interface Pair {
  i: number[];
  q: number[];
}
type Case = { name: string; x: Pair; z: number[] };
const fx = loadFixture<{ discrim: Case[]; phasediff: Case[] }>('../../fixtures/sdr.json', import.meta.url);

describe('FmDemodKernel', () => {
  for (const [method, cases] of [['discriminator', fx.discrim], ['phaseDifference', fx.phasediff]] as const) {
    for (const c of cases) {
      it(`${method} = the course's numpy formula on ${c.name}`, () => {
        const z = new FmDemodKernel({ method }).process(c.x.i, c.x.q);
        expectClose(z, c.z, { rtol: 1e-12, atol: 1e-13, label: method });
      });
    }
  }

  for (const method of ['discriminator', 'phaseDifference'] as FmDemodMethod[]) {
    it(`${method}: stateful invariants`, () => {
      checkStatefulInvariants(
        {
          create: () => new FmDemodKernel({ method }),
          process: (k, [i, q]) => [k.process(i!, q!)],
          reset: (k) => k.reset(),
          copy: (k) => k.copy(),
        },
        [randn(600, 7), randn(600, 8)],
      );
    });
  }

  it('a constant-envelope tone at f gives 2πf/fs (phase difference) and sin of it (discriminator)', () => {
    const n = 1000;
    const w = (2 * Math.PI * 25e3) / 240e3;
    const i = Float64Array.from({ length: n }, (_, k) => Math.cos(w * k));
    const q = Float64Array.from({ length: n }, (_, k) => Math.sin(w * k));
    const pd = new FmDemodKernel({ method: 'phaseDifference' }).process(i, q);
    const d = new FmDemodKernel().process(i, q);
    expect(pd[0]).toBe(0); // previous sample 0
    for (let k = 1; k < n; k++) {
      expect(pd[k]).toBeCloseTo(w, 10);
      expect(d[k]).toBeCloseTo(Math.sin(w), 10);
    }
  });

  it('zero input gives 0, not NaN; bad method names the option', () => {
    expect([...new FmDemodKernel().process([0, 0, 1], [0, 0, 0])]).toEqual([0, 0, 0]);
    expect(() => new FmDemodKernel({ method: 'quadrature' as never })).toThrow(/FmDemodKernel: opts.method must be one of 'discriminator', 'phaseDifference', got "quadrature"/);
  });
});
