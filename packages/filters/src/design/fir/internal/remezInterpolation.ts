// Internal stage 2 of the Parks–McClellan design (liquid-dsp's firdespm_compute_interp): the deviation δ of the
// current reference set and the barycentric Lagrange interpolant of P through the reference.
import { barycentricWeight } from './barycentricWeight';
import type { RemezBudget } from './RemezBudget';
import type { RemezGrid } from './remezGrid';

const TWOPI = 2 * Math.PI;

/**
 * The polynomial P of the current reference set, in barycentric form. Arrays are 1-based; the n = `nfcns + 1` nodes
 * are at indices 1 … n. The weighted error W·(P − D) equals ∓δ alternately at the nodes.
 */
export interface RemezInterpolation {
  /** Number of nodes (`nfcns + 1`). */
  readonly n: number;
  /** Nodes x_k = cos(2π f_k) at the reference frequencies (decreasing). */
  readonly x: Float64Array;
  /** Barycentric weights of the nodes. */
  readonly w: Float64Array;
  /** Values of P at the nodes: D_k + (−1)^(k−1)·ν·δ / W_k. */
  readonly y: Float64Array;
  /** The deviation δ ≥ 0 of the reference set. */
  readonly dev: number;
  /** ν = ±1: the sign of the weighted error at the first node (it alternates from node to node). */
  readonly nu: number;
}

/**
 * Solves the reference problem on the extremal frequencies `iext[1 … nfcns + 1]` (grid indices): the deviation δ for
 * which a polynomial of degree `nfcns − 1` has weighted error of equal size and alternating sign there, and that
 * polynomial as barycentric nodes, weights and values.
 *
 * @param grid - The grid of the design.
 * @param iext - Extremal frequencies as increasing grid indices, 1-based.
 * @param budget - The design's time budget, checked every 256 weights.
 * @returns The interpolant and the deviation.
 * @throws RemezConvergenceError (reason `'time'`) when the budget is spent.
 */
export function remezInterpolation(grid: RemezGrid, iext: Int32Array, budget: RemezBudget): RemezInterpolation {
  const { nfcns, f, desired: des, weight: wt } = grid;
  const nz = nfcns + 1;
  const x = new Float64Array(nz + 1);
  const y = new Float64Array(nz + 1);
  const w = new Float64Array(nz + 1);
  for (let k = 1; k <= nz; k++) x[k] = Math.cos((f[iext[k] as number] as number) * TWOPI);
  const jet = Math.trunc((nfcns - 1) / 15) + 1; // stride of the products, against over/underflow
  for (let k = 1; k <= nz; k++) {
    if ((k & 255) === 0) budget.check();
    w[k] = barycentricWeight(k, nz, jet, x);
  }
  let dnum = 0;
  let dden = 0;
  let sgn = 1;
  for (let k = 1; k <= nz; k++) {
    const l = iext[k] as number;
    dnum += (w[k] as number) * (des[l] as number);
    dden += (sgn * (w[k] as number)) / (wt[l] as number);
    sgn = -sgn;
  }
  let dev = dnum / dden;
  const nu = dev > 0 ? -1 : 1;
  dev = -nu * dev;
  sgn = nu;
  for (let k = 1; k <= nz; k++) {
    const l = iext[k] as number;
    y[k] = (des[l] as number) + (sgn * dev) / (wt[l] as number);
    sgn = -sgn;
  }
  return { n: nz, x, w, y, dev, nu };
}
