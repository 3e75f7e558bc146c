import { expectClose, loadFixture, maxRelError } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import type { FiltfiltPadtype } from './filtfilt';
import { sosfiltfilt } from './sosfiltfilt';

type Vec = number[];
interface Case {
  name: string;
  sos: Vec[];
  x: Vec | Vec[];
  padtype: FiltfiltPadtype;
  padlen: number | null;
  y: Vec | Vec[];
}
const fx = loadFixture<{ sosfiltfilt: Case[]; sosfiltfilt_errors: { sos: Vec[]; len: number; padlen: number | null; edge: number }[] }>(
  '../../fixtures/multirate.json',
  import.meta.url,
);
const multi = (v: Vec | Vec[]): v is Vec[] => Array.isArray(v[0]);

describe('sosfiltfilt against scipy.signal.sosfiltfilt', () => {
  const names = [...new Set(fx.sosfiltfilt.map((c) => c.name))];
  for (const name of names) {
    const cases = fx.sosfiltfilt.filter((c) => c.name === name);
    it(`${name}: ${cases.length} cases (padtype odd/even/constant/none × padlen default/0/4 × shortest/long x)`, () => {
      let worst = 0;
      for (const c of cases) {
        const opts = { padtype: c.padtype, padlen: c.padlen };
        const got = multi(c.x) ? sosfiltfilt(c.sos, c.x, opts) : [sosfiltfilt(c.sos, c.x, opts)];
        const want = (multi(c.y) ? c.y : [c.y]) as Vec[];
        want.forEach((w, i) => {
          const peak = Math.max(...w.map(Math.abs));
          expectClose(got[i]!, w, { rtol: 1e-10, atol: 1e-12 * peak, label: `${name}, ${c.padtype}, ${c.padlen}, len ${c.x.length}` });
          worst = Math.max(worst, maxRelError(got[i]!, w));
        });
      }
      expect(worst).toBeLessThan(1e-12);
    });
  }
  it("errors where scipy does, with scipy's default padlen rule (first-order sections count one tap less)", () => {
    for (const e of fx.sosfiltfilt_errors) {
      const opts = e.padlen === null ? {} : { padlen: e.padlen };
      expect(() => sosfiltfilt(e.sos, new Float64Array(e.len), opts)).toThrow(
        new RegExp(`sosfiltfilt: x has length ${e.len}; it must be longer than padlen, which is ${e.edge}`),
      );
      expect(sosfiltfilt(e.sos, new Float64Array(e.edge + 1), opts).length).toBe(e.edge + 1);
    }
  });
  it('names the parameter and the value', () => {
    expect(() => sosfiltfilt([[1, 0, 0, 1, 0]], [1, 2, 3])).toThrow(/sosfiltfilt: sos\[0\] has 5 values, expected 6/);
    expect(() => sosfiltfilt([[1, 0, 0, 1, 0, 0]], [1, 2, 3], { padlen: 1.5 })).toThrow(/sosfiltfilt: options.padlen must be an integer ≥ 0, got 1.5/);
  });
});
