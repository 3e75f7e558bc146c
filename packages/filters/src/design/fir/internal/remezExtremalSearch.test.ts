import { describe, expect, it } from 'vitest';
import { converge, errorAt, initialExtrema, noBudget, problem } from '../../../../test/support/fir/remezStages';
import { remezError } from './remezError';
import { remezExtremalSearch } from './remezExtremalSearch';
import { remezGrid } from './remezGrid';
import { remezInterpolation } from './remezInterpolation';

const cases = [
  ['type I lowpass, weighted', problem(25, [0, 0.1, 0.15, 0.5], [1, 0], { weight: [1, 10] })],
  ['type II bandpass', problem(30, [0, 0.1, 0.15, 0.3, 0.35, 0.5], [0, 1, 0])],
  ['type III hilbert', problem(21, [0.05, 0.45], [1], { type: 'hilbert' })],
  ['type IV differentiator', problem(20, [0, 0.45], [1], { type: 'differentiator' })],
  ['type I bandstop, 3 bands not touching 0.5', problem(41, [0, 0.1, 0.15, 0.25, 0.3, 0.45], [1, 0, 1])],
] as const;

describe('remezExtremalSearch (stage 4: the exchange)', () => {
  for (const [name, p] of cases) {
    it(`${name}: one exchange from the initial reference keeps n increasing frequencies where the old error alternates with |E| ≥ δ`, () => {
      const grid = remezGrid(p);
      const iext = initialExtrema(grid);
      const before = iext.slice();
      const budget = noBudget(grid);
      const interp = remezInterpolation(grid, iext, budget);
      const changes = remezExtremalSearch(grid, iext, interp, remezError(grid, interp, budget));
      expect(changes).toBeGreaterThan(0);
      const n = interp.n;
      expect(iext.subarray(1, n + 1)).not.toEqual(before.subarray(1, n + 1));
      let previousSign = 0;
      for (let k = 1; k <= n; k++) {
        const l = iext[k] as number;
        expect(l).toBeGreaterThanOrEqual(1);
        expect(l).toBeLessThanOrEqual(grid.ngrid);
        if (k > 1) expect(l).toBeGreaterThan(iext[k - 1] as number);
        // the error of the interpolant the search looked at (before the exchange)
        const e = errorAt(grid, before, interp, l);
        expect(Math.abs(e)).toBeGreaterThanOrEqual(interp.dev * (1 - 1e-12));
        if (k > 1) expect(Math.sign(e)).toBe(-previousSign);
        previousSign = Math.sign(e);
      }
    });

    it(`${name}: at convergence no frequency moves and the error nowhere exceeds δ by more than the search's 1e-5`, () => {
      const c = converge(p);
      expect(c.iterations).toBeGreaterThan(1);
      const again = c.iext.slice();
      const budget = noBudget(c.grid);
      expect(remezExtremalSearch(c.grid, again, c.interp, remezError(c.grid, c.interp, budget))).toBe(0);
      expect(again.subarray(1, c.interp.n + 1)).toEqual(c.iext.subarray(1, c.interp.n + 1));
      let worst = 0;
      for (let l = 1; l <= c.grid.ngrid; l++) worst = Math.max(worst, Math.abs(errorAt(c.grid, c.iext, c.interp, l)));
      expect(worst).toBeLessThanOrEqual(c.interp.dev * 1.00001);
      expect(worst).toBeGreaterThanOrEqual(c.interp.dev * (1 - 1e-12));
    });
  }
});
