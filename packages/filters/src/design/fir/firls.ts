import { CholeskyDecomposition, Matrix, SingularValueDecomposition } from 'ml-matrix';
import { checkFs, checkNumtaps, finiteList } from './firValidate';
import { sinc } from './sinc';

/**
 * Options of {@link firls}.
 *
 * ## Example
 * ```ts
 * import { firls, type FirlsOptions } from '@rxdsp/filters';
 * const opts: FirlsOptions = { fs: 8000, weight: [1, 30] };
 * const taps = firls(61, [0, 1000, 1500, 4000], [1, 1, 0, 0], opts);
 * ```
 */
export interface FirlsOptions {
  /** Relative weight of the squared error in each band (one value ≥ 0 per band). Default: all 1. */
  readonly weight?: ArrayLike<number>;
  /** Sampling rate in Hz; `bands` are in the same units. Default 2 (edges relative to Nyquist = 1), as scipy's `firls`. */
  readonly fs?: number;
}

/**
 * Linear-phase FIR design by weighted least squares (scipy's `signal.firls`): minimises the weighted integral of the
 * squared error between the response and a piecewise-linear desired response over the bands, with the regions between
 * bands left free. The normal equations (a symmetric Toeplitz-plus-Hankel system) are solved by Cholesky factorisation
 * with `ml-matrix`, falling back to a minimum-norm SVD solution when the system is singular or ill-conditioned.
 *
 * Only odd lengths (type I) are designed, as in scipy. The filter's delay is (numtaps − 1)/2 samples.
 *
 * ## Example
 * ```ts
 * import { firls } from '@rxdsp/filters';
 * // 73-tap lowpass at fs = 8 kHz: pass 0–1 kHz, stop 1.5–4 kHz, stopband weighted 30×
 * const h = firls(73, [0, 1000, 1500, 4000], [1, 1, 0, 0], { fs: 8000, weight: [1, 30] });
 * ```
 *
 * @param numtaps - Filter length in taps, an odd integer ≥ 1.
 * @param bands - Band edges [lo₀, hi₀, lo₁, hi₁, …] in the units of `fs`, within [0, fs/2], lo < hi in each band,
 *   bands in increasing order (adjacent bands may touch).
 * @param desired - Desired gain at each band edge (same length as `bands`, each ≥ 0); linear in between.
 * @param options - `weight` (one per band), `fs` (default 2).
 * @returns The `numtaps` taps as a new `Float64Array` (symmetric).
 * @throws RangeError for an even or non-positive `numtaps`, band edges outside [0, fs/2], empty or overlapping bands,
 *   an odd number of edges, mismatched `desired`/`weight` lengths, or negative values.
 */
export function firls(
  numtaps: number,
  bands: ArrayLike<number>,
  desired: ArrayLike<number>,
  options: FirlsOptions = {},
): Float64Array {
  const fn = 'firls';
  checkNumtaps(fn, numtaps);
  if (numtaps % 2 === 0) {
    throw new RangeError(`${fn}: numtaps must be odd (a type I linear-phase filter), got ${numtaps}`);
  }
  const fs = options.fs ?? 2;
  checkFs(fn, fs);
  const nyq = fs / 2;
  const edgesHz = finiteList(fn, 'bands', bands, 'a band edge in the units of fs');
  if (edgesHz.length === 0 || edgesHz.length % 2 !== 0) {
    throw new RangeError(`${fn}: bands must hold pairs of band edges [low, high, …], got ${edgesHz.length} values`);
  }
  edgesHz.forEach((e, i) => {
    if (e < 0 || e > nyq) throw new RangeError(`${fn}: bands[${i}] = ${e} is outside [0, fs/2] = [0, ${nyq}]`);
  });
  const nb = edgesHz.length / 2;
  for (let b = 0; b < nb; b++) {
    const lo = edgesHz[2 * b] as number;
    const hi = edgesHz[2 * b + 1] as number;
    if (!(hi > lo)) throw new RangeError(`${fn}: band ${b} must have bands[${2 * b}] < bands[${2 * b + 1}], got [${lo}, ${hi}]`);
    if (b > 0 && lo < (edgesHz[2 * b - 1] as number)) {
      throw new RangeError(
        `${fn}: bands must be increasing and must not overlap, but band ${b} starts at ${lo} before band ${b - 1} ends at ${edgesHz[2 * b - 1] as number}`,
      );
    }
  }
  const des = finiteList(fn, 'desired', desired, 'the desired gain at a band edge');
  if (des.length !== edgesHz.length) {
    throw new RangeError(`${fn}: desired has ${des.length} values but bands has ${edgesHz.length} edges; give one gain per edge`);
  }
  des.forEach((d, i) => {
    if (d < 0) throw new RangeError(`${fn}: desired[${i}] must be ≥ 0, got ${d}`);
  });
  const weight = options.weight === undefined ? new Array<number>(nb).fill(1) : finiteList(fn, 'weight', options.weight, 'a band weight');
  if (weight.length !== nb) {
    throw new RangeError(`${fn}: weight has ${weight.length} values but bands has ${nb} bands; give one weight per band`);
  }
  weight.forEach((w, i) => {
    if (w < 0) throw new RangeError(`${fn}: weight[${i}] must be ≥ 0, got ${w}`);
  });

  const f = edgesHz.map((e) => e / nyq); // 0 … 1
  const m = (numtaps - 1) / 2;
  // q(n) = Σ_b w_b ∫ cos(π n f) df over band b (the 1/π factors cancel): [f·sinc(n f)] between the edges
  const q = new Float64Array(numtaps);
  for (let n = 0; n < numtaps; n++) {
    let s = 0;
    for (let b = 0; b < nb; b++) {
      const f1 = f[2 * b] as number;
      const f2 = f[2 * b + 1] as number;
      s += (weight[b] as number) * (f2 * sinc(n * f2) - f1 * sinc(n * f1));
    }
    q[n] = s;
  }
  // Q = Toeplitz + Hankel: Q[i][j] = q(|i − j|) + q(i + j)
  const Q = new Matrix(m + 1, m + 1);
  for (let i = 0; i <= m; i++) for (let j = 0; j <= m; j++) Q.set(i, j, (q[Math.abs(i - j)] as number) + (q[i + j] as number));
  // b(n) = Σ_b w_b ∫ D(f) cos(π n f) df, D linear in each band
  const rhs = new Matrix(m + 1, 1);
  for (let n = 0; n <= m; n++) {
    let s = 0;
    for (let b = 0; b < nb; b++) {
      const f1 = f[2 * b] as number;
      const f2 = f[2 * b + 1] as number;
      const slope = ((des[2 * b + 1] as number) - (des[2 * b] as number)) / (f2 - f1);
      const c = (des[2 * b] as number) - f1 * slope;
      const prim = (x: number): number => {
        let v = x * (slope * x + c) * sinc(x * n);
        if (n === 0) v -= (slope * x * x) / 2;
        else v += (slope * Math.cos(n * Math.PI * x)) / (Math.PI * n) ** 2;
        return v;
      };
      s += (weight[b] as number) * (prim(f2) - prim(f1));
    }
    rhs.set(n, 0, s);
  }

  // Cholesky, as scipy (LAPACK posv), when Q is numerically positive definite and well conditioned. The check is a
  // posteriori: one step of iterative refinement; a correction above 1e-9 of the solution means cond(Q) ≳ 1e7, where
  // the taps are determined only to cond·eps and Cholesky's rounding shows in the response. Then (and when Cholesky
  // fails) the least-squares problem is solved by a truncated SVD (a minimum-norm solution, like scipy's lstsq
  // fallback), keeping the truncation whose objective aᵀQa − 2bᵀa is smallest.
  let a: Matrix | undefined;
  const chol = new CholeskyDecomposition(Q);
  if (chol.isPositiveDefinite()) {
    const x = chol.solve(rhs);
    const dx = chol.solve(Matrix.sub(rhs, Q.mmul(x)));
    if (Number.isFinite(x.norm()) && dx.norm() <= 1e-9 * x.norm()) a = x;
  }
  a ??= truncatedSvdSolve(Q, rhs);
  const h = new Float64Array(numtaps);
  for (let k = 1; k <= m; k++) {
    h[m - k] = a.get(k, 0);
    h[m + k] = a.get(k, 0);
  }
  h[m] = 2 * a.get(0, 0);
  return h;
}

/**
 * Least-squares solution of the symmetric positive semi-definite system Q·a = b by a truncated SVD: singular values
 * below rc·σ_max are dropped, for rc in 1e-17 … 1e-14, and the candidate with the smallest objective aᵀQa − 2bᵀa
 * (the weighted squared error up to a constant) wins.
 */
function truncatedSvdSolve(Q: Matrix, rhs: Matrix): Matrix {
  const n = Q.rows;
  const svd = new SingularValueDecomposition(Q, { autoTranspose: false });
  const s = svd.diagonal;
  const U = svd.leftSingularVectors;
  const V = svd.rightSingularVectors;
  // coefficients of b on the left singular vectors, divided by σ_k
  const c = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let v = 0;
    for (let i = 0; i < n; i++) v += U.get(i, k) * rhs.get(i, 0);
    c[k] = v / (s[k] as number);
  }
  const smax = s[0] as number;
  let best: Matrix | undefined;
  let bestObj = Number.POSITIVE_INFINITY;
  const x = new Matrix(n, 1);
  let kept = 0;
  for (const rc of [1e-14, 1e-15, 1e-16, 1e-17]) {
    // singular values are sorted: extend the running sum with the newly kept terms
    while (kept < n && (s[kept] as number) > rc * smax) {
      const ck = c[kept] as number;
      for (let i = 0; i < n; i++) x.set(i, 0, x.get(i, 0) + ck * V.get(i, kept));
      kept++;
    }
    const Qx = Q.mmul(x);
    let obj = 0;
    for (let i = 0; i < n; i++) obj += x.get(i, 0) * (Qx.get(i, 0) - 2 * rhs.get(i, 0));
    if (obj < bestObj) {
      bestObj = obj;
      best = x.clone();
    }
  }
  return best ?? x;
}
