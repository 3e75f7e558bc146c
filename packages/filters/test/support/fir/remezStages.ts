// Test support for the stages of the Parks–McClellan design (packages/filters/src/design/fir/internal): the grid, an
// unlimited budget, the initial reference set, and the exchange run to convergence without remez's checks.
import { RemezBudget } from '../../../src/design/fir/internal/RemezBudget';
import { remezError } from '../../../src/design/fir/internal/remezError';
import { remezExtremalSearch } from '../../../src/design/fir/internal/remezExtremalSearch';
import { remezGrid, type RemezGrid, type RemezProblem } from '../../../src/design/fir/internal/remezGrid';
import { remezInterpolation, type RemezInterpolation } from '../../../src/design/fir/internal/remezInterpolation';

/** A normalised problem with remez's defaults (bandpass, weights 1, grid density 16). */
export function problem(numtaps: number, edges: number[], desired: number[], more: Partial<RemezProblem> = {}): RemezProblem {
  return { numtaps, edges, desired, weight: desired.map(() => 1), type: 'bandpass', gridDensity: 16, ...more };
}

/** A budget that never runs out. */
export function noBudget(grid: RemezGrid): RemezBudget {
  return new RemezBudget(Infinity, performance.now(), grid);
}

/** remez's initial reference set: nfcns + 1 grid indices equally spaced from 1 to ngrid (1-based, 2 scratch entries). */
export function initialExtrema(grid: RemezGrid): Int32Array {
  const iext = new Int32Array(grid.nfcns + 3);
  const spacing = (grid.ngrid - 1) / grid.nfcns;
  for (let k = 1; k <= grid.nfcns; k++) iext[k] = Math.trunc((k - 1) * spacing) + 1;
  iext[grid.nfcns + 1] = grid.ngrid;
  return iext;
}

/** Runs interpolation and extremal search until the reference set stops changing (at most `maxiter` times). */
export function converge(p: RemezProblem, maxiter = 40): { grid: RemezGrid; iext: Int32Array; interp: RemezInterpolation; iterations: number } {
  const grid = remezGrid(p);
  const budget = noBudget(grid);
  const iext = initialExtrema(grid);
  for (let iterations = 1; iterations <= maxiter; iterations++) {
    const interp = remezInterpolation(grid, iext, budget);
    if (remezExtremalSearch(grid, iext, interp, remezError(grid, interp, budget)) === 0) return { grid, iext, interp, iterations };
  }
  throw new Error(`converge: the exchange did not converge in ${maxiter} iterations`);
}

/** Weighted error of the interpolant at grid point l; at a node of the interpolant (where the formula is 0/0), W·(y − D). */
export function errorAt(grid: RemezGrid, iext: Int32Array, interp: RemezInterpolation, l: number): number {
  for (let k = 1; k <= interp.n; k++) {
    if (iext[k] === l) return ((interp.y[k] as number) - (grid.desired[l] as number)) * (grid.weight[l] as number);
  }
  return remezError(grid, interp, noBudget(grid))(l);
}

/**
 * The reference problem solved naively, as a check of the barycentric form: the n = nfcns + 1 linear equations
 * Σ_i a_i·x_k^i + (−1)^(k−1)·δ / W_k = D_k (k = 1 … n) in the monomial coefficients a_0 … a_{nfcns−1} and the signed
 * deviation δ, by Gaussian elimination with partial pivoting. For small nfcns only (the monomial basis is ill-conditioned).
 */
export function solveReference(grid: RemezGrid, iext: Int32Array): { delta: number; p: (x: number) => number } {
  const n = grid.nfcns + 1;
  const w = n + 1; // row width: n unknowns and the right-hand side
  const m = new Float64Array(n * w);
  const at = (r: number, c: number): number => m[r * w + c] as number;
  for (let r = 0; r < n; r++) {
    const l = iext[r + 1] as number;
    const x = grid.x[l] as number;
    for (let c = 0; c < n - 1; c++) m[r * w + c] = x ** c;
    m[r * w + n - 1] = (r % 2 === 0 ? 1 : -1) / (grid.weight[l] as number);
    m[r * w + n] = grid.desired[l] as number;
  }
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(at(r, c)) > Math.abs(at(piv, c))) piv = r;
    for (let k = 0; k < w; k++) {
      const t = at(c, k);
      m[c * w + k] = at(piv, k);
      m[piv * w + k] = t;
    }
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = at(r, c) / at(c, c);
      for (let k = c; k < w; k++) m[r * w + k] = at(r, k) - f * at(c, k);
    }
  }
  const sol = Array.from({ length: n }, (_, r) => at(r, n) / at(r, r));
  const a = sol.slice(0, n - 1);
  return { delta: sol[n - 1] as number, p: (x) => a.reduceRight((s, ai) => s * x + ai, 0) };
}
