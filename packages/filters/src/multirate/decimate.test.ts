import { expectClose, loadFixture, maxRelError } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { decimate } from './decimate';

type Vec = number[];
interface Case {
  x: Vec | Vec[];
  q: number;
  n?: number;
  ftype: 'iir' | 'fir';
  zeroPhase: boolean;
  y: Vec | Vec[];
}
const fx = loadFixture<{ decimate: Case[]; decimate_errors: { len: number; q: number; padlen: number }[] }>('../../fixtures/multirate.json', import.meta.url);
const multi = (v: Vec | Vec[]): v is Vec[] => Array.isArray(v[0]);

describe('decimate against scipy.signal.decimate', () => {
  for (const ftype of ['iir', 'fir'] as const) {
    for (const zeroPhase of [true, false]) {
      const cases = fx.decimate.filter((c) => c.ftype === ftype && c.zeroPhase === zeroPhase);
      // IIR: the cheby1 design agrees with scipy's to ~1e-14; run forwards and backwards over the padded signal
      // that becomes ~1e-12 of the output's peak on a few samples near zero crossings, so the bound is relative
      // to the peak (atol) with rtol 1e-10 on the others.
      it(`ftype ${ftype}, zeroPhase ${zeroPhase}: ${cases.length} cases (q 2…8, default and custom n, short x, 2 channels)`, () => {
        let worst = 0;
        for (const c of cases) {
          const opts = { ftype, zeroPhase, ...(c.n === undefined ? {} : { n: c.n }) };
          const got = multi(c.x) ? decimate(c.x, c.q, opts) : [decimate(c.x, c.q, opts)];
          const want = (multi(c.y) ? c.y : [c.y]) as Vec[];
          want.forEach((w, i) => {
            const peak = Math.max(...w.map(Math.abs));
            expectClose(got[i]!, w, { rtol: 1e-10, atol: 1e-11 * peak, label: `q ${c.q}, n ${c.n}, len ${c.x.length}` });
            worst = Math.max(worst, maxRelError(got[i]!, w));
          });
        }
        expect(worst).toBeLessThan(1e-11);
      });
    }
  }
  it('errors like scipy when x is not longer than the zero-phase padding (27 for the default order)', () => {
    for (const e of fx.decimate_errors) {
      expect(() => decimate(new Float64Array(e.len), e.q)).toThrow(
        new RegExp(`decimate: x has length ${e.len}; it must be longer than padlen, which is ${e.padlen}`),
      );
    }
    expect(decimate(new Float64Array(28), 2).length).toBe(14);
  });
  it('names the parameter and the value', () => {
    expect(() => decimate([1, 2, 3], 0)).toThrow(/decimate: q must be an integer ≥ 1, got 0/);
    expect(() => decimate([1, 2, 3], 2, { ftype: 'fft' as 'fir' })).toThrow(/decimate: options.ftype must be one of 'iir', 'fir', got "fft"/);
    expect(() => decimate([1, 2, 3], 2, { n: 0 })).toThrow(/decimate: options.n must be an integer ≥ 1, got 0/);
    expect(() => decimate([1, 2, 3], 1, { ftype: 'fir' })).toThrow(/decimate: q must be ≥ 2 with ftype 'fir'/);
  });
});
