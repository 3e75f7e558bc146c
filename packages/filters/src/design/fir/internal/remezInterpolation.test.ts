import { describe, expect, it } from 'vitest';
import { initialExtrema, noBudget, problem, solveReference } from '../../../../test/support/fir/remezStages';
import { RemezConvergenceError } from '../RemezConvergenceError';
import { barycentricInterpolate } from './barycentricInterpolate';
import { RemezBudget } from './RemezBudget';
import { remezGrid } from './remezGrid';
import { remezInterpolation } from './remezInterpolation';

describe('remezInterpolation (stage 2: deviation and barycentric interpolant of the reference set)', () => {
  const cases = [
    ['type I lowpass', problem(15, [0, 0.1, 0.2, 0.5], [1, 0], { weight: [1, 4] })],
    ['type II bandpass', problem(14, [0, 0.1, 0.15, 0.3, 0.35, 0.5], [0, 1, 0])],
    ['type III hilbert', problem(13, [0.05, 0.45], [1], { type: 'hilbert' })],
    ['type IV differentiator', problem(12, [0, 0.4], [1], { type: 'differentiator' })],
  ] as const;

  for (const [name, p] of cases) {
    it(`${name}: δ and P equal the naive solution of the n linear equations`, () => {
      const grid = remezGrid(p);
      const iext = initialExtrema(grid);
      const interp = remezInterpolation(grid, iext, noBudget(grid));
      const naive = solveReference(grid, iext);
      expect(interp.n).toBe(grid.nfcns + 1);
      expect(interp.dev).toBeGreaterThanOrEqual(0);
      // y_k = D_k + (−1)^(k−1)·ν·δ / W_k and the naive equations hold P(x_k) + (−1)^(k−1)·δ_s / W_k = D_k
      expect(Math.abs(-interp.nu * interp.dev - naive.delta)).toBeLessThan(1e-9 * Math.max(interp.dev, 1e-12));
      for (let k = 1; k <= interp.n; k++) {
        const l = iext[k] as number;
        expect(interp.x[k]).toBe(Math.cos((grid.f[l] as number) * 2 * Math.PI));
        const e = ((interp.y[k] as number) - (grid.desired[l] as number)) * (grid.weight[l] as number);
        expect(e).toBeCloseTo((k % 2 === 1 ? 1 : -1) * interp.nu * interp.dev, 12);
      }
      for (let i = 0; i < 50; i++) {
        const x = Math.cos(2 * Math.PI * (0.01 * i + 0.003));
        const want = naive.p(x);
        expect(Math.abs(barycentricInterpolate(interp.x, interp.w, interp.y, interp.n, x) - want)).toBeLessThan(1e-8 * Math.max(1, Math.abs(want)));
      }
    });
  }

  it('checks the time budget every 256 weights: a spent budget stops a 302-node reference, not a 12-node one', () => {
    const spent = (nfcns: number, ngrid: number): RemezBudget => {
      let t = 0;
      return new RemezBudget(1, 0, { ngrid, nfcns }, () => (t += 10));
    };
    const big = remezGrid(problem(601, [0, 0.2, 0.25, 0.5], [1, 0]));
    const e = (() => {
      try {
        remezInterpolation(big, initialExtrema(big), spent(big.nfcns, big.ngrid));
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(RemezConvergenceError);
    expect((e as RemezConvergenceError).reason).toBe('time');
    const small = remezGrid(problem(23, [0, 0.2, 0.25, 0.5], [1, 0]));
    expect(remezInterpolation(small, initialExtrema(small), spent(small.nfcns, small.ngrid)).n).toBe(13);
  });
});
