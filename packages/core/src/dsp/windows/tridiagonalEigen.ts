// Internal: selected eigenpairs of a real symmetric tridiagonal matrix (used by dpss; not exported from the package).
// Eigenvalues by Sturm-sequence bisection, eigenvectors by inverse iteration with a pivoted tridiagonal LU
// (the LAPACK dstebz / dstein approach). Suited to matrices whose wanted eigenvalues are well separated.

/** Number of eigenvalues of T strictly below x (the negative pivots of the LDLᵀ factorisation of T − xI). */
function countBelow(d: Float64Array, e2: Float64Array, x: number, pivmin: number): number {
  let count = 0;
  let q = (d[0] as number) - x;
  if (Math.abs(q) < pivmin) q = -pivmin;
  if (q < 0) count++;
  for (let i = 1; i < d.length; i++) {
    q = (d[i] as number) - x - (e2[i - 1] as number) / q;
    if (Math.abs(q) < pivmin) q = -pivmin;
    if (q < 0) count++;
  }
  return count;
}

/** The k-th smallest eigenvalue (k from 0) by bisection on the Gershgorin interval, to full precision. */
function bisectEigenvalue(d: Float64Array, e: Float64Array, e2: Float64Array, k: number, pivmin: number): number {
  const n = d.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const r = (i > 0 ? Math.abs(e[i - 1] as number) : 0) + (i < n - 1 ? Math.abs(e[i] as number) : 0);
    lo = Math.min(lo, (d[i] as number) - r);
    hi = Math.max(hi, (d[i] as number) + r);
  }
  const span = Math.max(Math.abs(lo), Math.abs(hi));
  lo -= 2 * Number.EPSILON * span + pivmin;
  hi += 2 * Number.EPSILON * span + pivmin;
  for (let iter = 0; iter < 2000; iter++) {
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    if (countBelow(d, e2, mid, pivmin) > k) hi = mid;
    else lo = mid;
  }
  return 0.5 * (lo + hi);
}

/** Solves (T − λI)·x = b in place by Gaussian elimination with partial pivoting (LAPACK dgttrf + dgttrs). */
function shiftedSolve(d: Float64Array, e: Float64Array, lambda: number, b: Float64Array, tiny: number): void {
  const n = d.length;
  const dd = new Float64Array(n);
  for (let i = 0; i < n; i++) dd[i] = (d[i] as number) - lambda;
  const dl = Float64Array.from(e);
  const du = Float64Array.from(e);
  const du2 = new Float64Array(Math.max(n - 2, 0));
  const swapped = new Uint8Array(Math.max(n - 1, 0));
  for (let i = 0; i < n - 1; i++) {
    if (Math.abs(dd[i] as number) >= Math.abs(dl[i] as number)) {
      if (dd[i] === 0) dd[i] = tiny;
      const fact = (dl[i] as number) / (dd[i] as number);
      dl[i] = fact;
      dd[i + 1] = (dd[i + 1] as number) - fact * (du[i] as number);
    } else {
      const fact = (dd[i] as number) / (dl[i] as number);
      dd[i] = dl[i] as number;
      dl[i] = fact;
      const temp = du[i] as number;
      du[i] = dd[i + 1] as number;
      dd[i + 1] = temp - fact * (dd[i + 1] as number);
      if (i < n - 2) {
        du2[i] = du[i + 1] as number;
        du[i + 1] = -fact * (du[i + 1] as number);
      }
      swapped[i] = 1;
    }
  }
  if (dd[n - 1] === 0) dd[n - 1] = tiny;
  for (let i = 0; i < n - 1; i++) {
    if (swapped[i] === 0) {
      b[i + 1] = (b[i + 1] as number) - (dl[i] as number) * (b[i] as number);
    } else {
      const temp = b[i] as number;
      b[i] = b[i + 1] as number;
      b[i + 1] = temp - (dl[i] as number) * (b[i] as number);
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i] as number;
    if (i + 1 < n) s -= (du[i] as number) * (b[i + 1] as number);
    if (i + 2 < n) s -= (du2[i] as number) * (b[i + 2] as number);
    b[i] = s / (dd[i] as number);
  }
}

function normalise(v: Float64Array): void {
  let peak = 0;
  for (let i = 0; i < v.length; i++) peak = Math.max(peak, Math.abs(v[i] as number));
  let s = 0;
  for (let i = 0; i < v.length; i++) s += ((v[i] as number) / peak) ** 2;
  const scale = 1 / (peak * Math.sqrt(s));
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) * scale;
}

/**
 * Eigenpairs k = first … last (ascending order, 0-based) of the symmetric tridiagonal matrix with diagonal `d`
 * (length n) and off-diagonal `e` (length n − 1). Eigenvectors have unit 2-norm; their sign is arbitrary.
 */
export function tridiagonalEigen(
  d: Float64Array,
  e: Float64Array,
  first: number,
  last: number,
): { values: Float64Array; vectors: Float64Array[] } {
  const n = d.length;
  const e2 = new Float64Array(Math.max(n - 1, 0));
  let norm = 0;
  let maxE2 = 1;
  for (let i = 0; i < n - 1; i++) {
    e2[i] = (e[i] as number) ** 2;
    maxE2 = Math.max(maxE2, e2[i] as number);
  }
  for (let i = 0; i < n; i++) {
    norm = Math.max(norm, Math.abs(d[i] as number) + (i > 0 ? Math.abs(e[i - 1] as number) : 0) + (i < n - 1 ? Math.abs(e[i] as number) : 0));
  }
  const pivmin = Number.MIN_VALUE * 1e10 + Number.EPSILON * Number.EPSILON * maxE2;
  const tiny = Number.EPSILON * Math.max(norm, Number.MIN_VALUE);
  const values = new Float64Array(last - first + 1);
  const vectors: Float64Array[] = [];
  for (let k = first; k <= last; k++) {
    const lambda = bisectEigenvalue(d, e, e2, k, pivmin);
    values[k - first] = lambda;
    // a deterministic start vector with components along every eigenvector (neither symmetric nor antisymmetric)
    const v = new Float64Array(n);
    let seed = 12345 + k;
    for (let i = 0; i < n; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      v[i] = 0.5 + seed / 2147483648;
    }
    for (let iter = 0; iter < 3; iter++) {
      shiftedSolve(d, e, lambda, v, tiny);
      normalise(v);
    }
    vectors.push(v);
  }
  return { values, vectors };
}
