import { describe, expect, it } from 'vitest';
import { converge, initialExtrema, noBudget, problem, solveReference } from '../../../../test/support/fir/remezStages';
import { RemezConvergenceError } from '../RemezConvergenceError';
import { RemezBudget } from './RemezBudget';
import { remezError } from './remezError';
import { remezGrid } from './remezGrid';
import { remezInterpolation } from './remezInterpolation';

describe('remezError (stage 3: weighted error on the grid)', () => {
  const grid = remezGrid(problem(15, [0, 0.1, 0.2, 0.5], [1, 0], { weight: [1, 4] }));
  const iext = initialExtrema(grid);
  const interp = remezInterpolation(grid, iext, noBudget(grid));

  it('E(l) = W(l)·(P(x_l) − D(l)), P the naive solution through the reference set', () => {
    const err = remezError(grid, interp, noBudget(grid));
    const naive = solveReference(grid, iext);
    for (let l = 1; l <= grid.ngrid; l++) {
      if (Array.from(iext.subarray(1, interp.n + 1)).includes(l)) continue; // 0/0 on a node
      const want = ((naive.p(grid.x[l] as number) as number) - (grid.desired[l] as number)) * (grid.weight[l] as number);
      expect(Math.abs(err(l) - want)).toBeLessThan(1e-8);
    }
  });

  it('at convergence every node is a local extremum of E: its grid neighbours have its sign and |E| ≤ δ', () => {
    const c = converge(problem(15, [0, 0.1, 0.2, 0.5], [1, 0], { weight: [1, 4] }));
    const e = remezError(c.grid, c.interp, noBudget(c.grid));
    const delf = 0.5 / (16 * c.grid.nfcns);
    let checked = 0;
    for (let k = 1; k <= c.interp.n; k++) {
      const sign = (k % 2 === 1 ? 1 : -1) * c.interp.nu;
      for (const l of [(c.iext[k] as number) - 1, (c.iext[k] as number) + 1]) {
        // neighbours in the same band only, and not nodes themselves (0/0)
        if (l < 1 || l > c.grid.ngrid || Array.from(c.iext.subarray(1, c.interp.n + 1)).includes(l)) continue;
        if (Math.abs((c.grid.f[l] as number) - (c.grid.f[c.iext[k] as number] as number)) > 2 * delf) continue;
        expect(sign * e(l)).toBeGreaterThan(0);
        expect(sign * e(l)).toBeLessThanOrEqual(c.interp.dev);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(c.interp.n);
  });

  it('counts every evaluation against the budget: the 1024th with a spent budget throws', () => {
    let t = 0;
    const budget = new RemezBudget(5, 0, grid, () => t);
    const err = remezError(grid, interp, budget);
    t = 6;
    for (let i = 1; i < 1024; i++) err(1 + (i % 3));
    expect(() => err(2)).toThrow(RemezConvergenceError);
  });
});
