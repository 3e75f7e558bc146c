import { expectClose, loadFixture, maxRelError } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { type FiltfiltPadtype, filtfilt } from './filtfilt';

type Vec = number[];
interface Case {
  name: string;
  b: Vec;
  a: Vec;
  x: Vec | Vec[];
  padtype: FiltfiltPadtype;
  padlen: number | null;
  y: Vec | Vec[];
}
interface ErrorCase {
  b: Vec;
  a: Vec;
  len: number;
  padlen: number | null;
  edge: number;
}
interface GustCase {
  name: string;
  b: Vec;
  a: Vec;
  x: Vec | Vec[];
  irlen: number | null;
  y: Vec | Vec[];
}
const fx = loadFixture<{ filtfilt: Case[]; filtfilt_errors: ErrorCase[]; filtfilt_gust: GustCase[] }>('../../fixtures/multirate.json', import.meta.url);
const multi = (v: Vec | Vec[]): v is Vec[] => Array.isArray(v[0]);

describe('filtfilt against scipy.signal.filtfilt', () => {
  const names = [...new Set(fx.filtfilt.map((c) => c.name))];
  for (const name of names) {
    const cases = fx.filtfilt.filter((c) => c.name === name);
    it(`${name}: ${cases.length} cases (padtype odd/even/constant/none × padlen default/0/5 × shortest/long x)`, () => {
      let worst = 0;
      for (const c of cases) {
        const opts = { padtype: c.padtype, padlen: c.padlen };
        const got = multi(c.x) ? filtfilt(c.b, c.a, c.x, opts) : [filtfilt(c.b, c.a, c.x, opts)];
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
  it(`method 'gust' (Gustafsson): ${fx.filtfilt_gust.length} cases (every design, x of 6 to 200 samples, irlen none/30/120, 2 channels)`, () => {
    let worst = 0;
    for (const c of fx.filtfilt_gust) {
      const opts = { method: 'gust' as const, ...(c.irlen === null ? {} : { irlen: c.irlen }) };
      const got = multi(c.x) ? filtfilt(c.b, c.a, c.x, opts) : [filtfilt(c.b, c.a, c.x, opts)];
      const want = (multi(c.y) ? c.y : [c.y]) as Vec[];
      want.forEach((w, i) => {
        const peak = Math.max(...w.map(Math.abs));
        // a least-squares solve (SVD pseudo-inverse here, LAPACK gelsd in scipy): agreement ~1e-12 of the peak
        expectClose(got[i]!, w, { rtol: 1e-10, atol: 1e-10 * peak, label: `${c.name}, len ${c.x.length}, irlen ${c.irlen}` });
        worst = Math.max(worst, maxRelError(got[i]!, w));
      });
    }
    expect(worst).toBeLessThan(1e-10);
  });
  it('gust: padtype/padlen are for pad, irlen for gust', () => {
    expect(() => filtfilt([1, 1], [1], [1, 2, 3, 4, 5, 6, 7], { method: 'gust', padlen: 2 })).toThrow(/filtfilt: options.padtype and options.padlen apply to method 'pad' only/);
    expect(() => filtfilt([1, 1], [1], [1, 2, 3, 4, 5, 6, 7], { irlen: 2 })).toThrow(/filtfilt: options.irlen applies to method 'gust' only/);
    expect(() => filtfilt([1, 1], [1], [1, 2, 3], { method: 'fast' as 'gust' })).toThrow(/filtfilt: options.method must be one of 'pad', 'gust', got "fast"/);
  });
  it("errors where scipy does: x not longer than padlen, with scipy's numbers in the message", () => {
    for (const e of fx.filtfilt_errors) {
      const opts = e.padlen === null ? {} : { padlen: e.padlen };
      expect(() => filtfilt(e.b, e.a, new Float64Array(e.len), opts)).toThrow(
        new RegExp(`filtfilt: x has length ${e.len}; it must be longer than padlen, which is ${e.edge}`),
      );
    }
  });
  it('names the parameter and the value', () => {
    expect(() => filtfilt([1], [1], [1, 2, 3, 4], { padtype: 'zero' as 'odd' })).toThrow(/filtfilt: options.padtype must be one of 'odd', 'even', 'constant', 'none', null, got "zero"/);
    expect(() => filtfilt([1], [1], [1, 2, 3, 4], { padlen: -1 })).toThrow(/filtfilt: options.padlen must be an integer ≥ 0, got -1/);
    expect(() => filtfilt([1], [0], [1, 2, 3, 4])).toThrow(/filtfilt: a\[0\] must be non-zero/);
    expect(() => filtfilt([1], [1], [1, 2], { padlen: 2 })).toThrow(/filtfilt: x has length 2; it must be longer than padlen, which is 2$/);
    expect(() => filtfilt([1, 1], [1], [1, 2])).toThrow(/padlen, which is 6 \(the default padlen, 3 × 2 taps; pass a smaller options.padlen or padtype 'none'\)/);
  });
});
