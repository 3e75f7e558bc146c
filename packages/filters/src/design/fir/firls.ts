import { CholeskyDecomposition, EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { checkFiniteVector, checkInt, checkPositive } from '@rxdsp/core';
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
 * with `ml-matrix`, falling back to a minimum-norm solution (truncated eigendecomposition) when the system is singular or
 * its reciprocal condition number is below machine epsilon, as scipy falls back to `lstsq`.
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
  checkInt(fn, 'numtaps', numtaps);
  if (numtaps % 2 === 0) {
    throw new RangeError(`${fn}: numtaps must be odd (a type I linear-phase filter), got ${numtaps}`);
  }
  const fs = options.fs ?? 2;
  checkPositive(fn, 'fs', fs);
  const nyq = fs / 2;
  const edgesHz = Array.from(checkFiniteVector(fn, 'bands', bands, { scalar: true, allowEmpty: true }));
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
  const des = Array.from(checkFiniteVector(fn, 'desired', desired, { scalar: true, allowEmpty: true }));
  if (des.length !== edgesHz.length) {
    throw new RangeError(`${fn}: desired has ${des.length} values but bands has ${edgesHz.length} edges; give one gain per edge`);
  }
  des.forEach((d, i) => {
    if (d < 0) throw new RangeError(`${fn}: desired[${i}] must be ≥ 0, got ${d}`);
  });
  const weight = options.weight === undefined ? new Array<number>(nb).fill(1) : Array.from(checkFiniteVector(fn, 'weight', options.weight, { scalar: true, allowEmpty: true }));
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

  // As scipy: Cholesky (LAPACK posv) unless Q is not numerically positive definite or its reciprocal condition
  // number, estimated as LAPACK's pocon does (Hager's 1-norm estimator), is below machine epsilon. Then the
  // least-squares problem is solved by a truncated eigendecomposition of the symmetric Q (a minimum-norm solution, as
  // scipy's lstsq fallback), keeping the truncation whose objective aᵀQa − 2bᵀa is smallest.
  let a: Matrix | undefined;
  const chol = new CholeskyDecomposition(Q);
  if (chol.isPositiveDefinite() && reciprocalCondition(Q, chol) >= Number.EPSILON) {
    const x = chol.solve(rhs);
    if (Number.isFinite(x.norm())) a = x;
  }
  a ??= truncatedEigenSolve(Q, rhs);
  const h = new Float64Array(numtaps);
  for (let k = 1; k <= m; k++) {
    h[m - k] = a.get(k, 0);
    h[m + k] = a.get(k, 0);
  }
  h[m] = 2 * a.get(0, 0);
  return h;
}

/**
 * Reciprocal 1-norm condition number of the symmetric positive definite Q from its Cholesky factor: 1 / (‖Q‖₁·est),
 * est ≈ ‖Q⁻¹‖₁ by Hager's estimator (what LAPACK's pocon computes, up to its extra safeguards).
 */
function reciprocalCondition(Q: Matrix, chol: CholeskyDecomposition): number {
  const n = Q.rows;
  let qNorm = 0;
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.abs(Q.get(i, j));
    qNorm = Math.max(qNorm, s);
  }
  let v = new Matrix(n, 1).fill(1 / n);
  let est = 0;
  let last = -1;
  for (let iter = 0; iter < 5; iter++) {
    const y = chol.solve(v);
    est = 0;
    for (let i = 0; i < n; i++) est += Math.abs(y.get(i, 0));
    const sgn = new Matrix(n, 1);
    for (let i = 0; i < n; i++) sgn.set(i, 0, y.get(i, 0) >= 0 ? 1 : -1);
    const z = chol.solve(sgn); // Q is symmetric: Q⁻ᵀ = Q⁻¹
    let jmax = 0;
    let zx = 0;
    for (let i = 0; i < n; i++) {
      zx += z.get(i, 0) * v.get(i, 0);
      if (Math.abs(z.get(i, 0)) > Math.abs(z.get(jmax, 0))) jmax = i;
    }
    if (Math.abs(z.get(jmax, 0)) <= zx || jmax === last) break;
    last = jmax;
    v = new Matrix(n, 1);
    v.set(jmax, 0, 1);
  }
  return !(est > 0) || !Number.isFinite(est) ? 0 : 1 / (qNorm * est);
}

/**
 * Least-squares solution of the symmetric positive semi-definite system Q·a = b from the eigendecomposition
 * Q = V·Λ·Vᵀ: eigenvalues below rc·λ_max are dropped, for rc in 1e-14 … 1e-17, and the candidate with the smallest
 * objective aᵀQa − 2bᵀa (the weighted squared error up to a constant) wins.
 */
function truncatedEigenSolve(Q: Matrix, rhs: Matrix): Matrix {
  const n = Q.rows;
  const eig = new EigenvalueDecomposition(Q, { assumeSymmetric: true });
  const lambda = eig.realEigenvalues;
  const V = eig.eigenvectorMatrix;
  // order by decreasing eigenvalue, and the coefficients of b on the eigenvectors divided by λ
  const order = lambda.map((_, i) => i).sort((i, j) => (lambda[j] as number) - (lambda[i] as number));
  const lmax = Math.max(lambda[order[0] as number] as number, 0);
  const c = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const col = order[k] as number;
    let v = 0;
    for (let i = 0; i < n; i++) v += V.get(i, col) * rhs.get(i, 0);
    c[k] = v / (lambda[col] as number);
  }
  let best: Matrix | undefined;
  let bestObj = Number.POSITIVE_INFINITY;
  const x = new Matrix(n, 1);
  let kept = 0;
  for (const rc of [1e-14, 1e-15, 1e-16, 1e-17]) {
    // eigenvalues are sorted: extend the running sum with the newly kept terms
    while (kept < n && (lambda[order[kept] as number] as number) > rc * lmax) {
      const ck = c[kept] as number;
      const col = order[kept] as number;
      for (let i = 0; i < n; i++) x.set(i, 0, x.get(i, 0) + ck * V.get(i, col));
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
