// Internal stage 3 of the Parks–McClellan design (liquid-dsp's firdespm_compute_error): the weighted error of the
// current interpolant on the grid.
import { barycentricInterpolate } from './barycentricInterpolate';
import type { RemezBudget } from './RemezBudget';
import type { RemezGrid } from './remezGrid';
import type { RemezInterpolation } from './remezInterpolation';

/**
 * The weighted error E(l) = W(l)·(P(x_l) − D(l)) of the interpolant at grid point l (1 … ngrid), as a function: the
 * extremal search evaluates it only where it looks, many times per point. Each evaluation is counted against the
 * budget ({@link RemezBudget.tick}).
 *
 * @param grid - The grid of the design.
 * @param interp - The interpolant of the current reference set.
 * @param budget - The design's time budget.
 * @returns E as a function of the grid index; it throws RemezConvergenceError (reason `'time'`) when the budget is spent.
 */
export function remezError(grid: RemezGrid, interp: RemezInterpolation, budget: RemezBudget): (l: number) => number {
  const { x: gridX, desired: gridD, weight: gridW } = grid;
  const { x, w, y, n } = interp;
  return (l: number): number => {
    budget.tick();
    return (barycentricInterpolate(x, w, y, n, gridX[l] as number) - (gridD[l] as number)) * (gridW[l] as number);
  };
}
