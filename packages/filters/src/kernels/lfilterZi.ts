import { LuDecomposition, Matrix } from 'ml-matrix';
import { normaliseBA } from './normaliseBA';

/**
 * Steady-state initial state of {@link lfilter} for a unit step — scipy's `signal.lfilter_zi(b, a)`.
 *
 * Multiply by the first input sample to start a filter without a transient: `lfilter(b, a, x, zi·x[0])`.
 * Solves `(I − Aᵀ)·zi = b[1:] − a[1:]·b[0]` (A = the companion matrix of the normalised `a`) with
 * `ml-matrix`. Length max(len(a), len(b)) − 1.
 *
 * ## Example
 * ```ts
 * import { lfilterZi, lfilter } from '@rxdsp/filters';
 * const zi = lfilterZi([0.2], [1, -0.8]);      // Float64Array [0.8]
 * lfilter([0.2], [1, -0.8], [1, 1, 1], zi).y;  // [1, 1, 1]: no transient
 * ```
 *
 * @param b numerator coefficients (non-empty, finite)
 * @param a denominator coefficients (non-empty, finite, `a[0] ≠ 0`)
 * @throws RangeError when the filter has a pole at z = 1 (no steady state: `I − Aᵀ` is singular)
 */
export function lfilterZi(b: ArrayLike<number>, a: ArrayLike<number>): Float64Array {
  const { b: bn, a: an, n } = normaliseBA('lfilterZi', b, a);
  const m = n - 1;
  if (m === 0) return new Float64Array(0);
  // I − Aᵀ where Aᵀ (transposed companion matrix) has −a[1:] in its first column and ones above the diagonal.
  const M = Matrix.zeros(m, m);
  for (let i = 0; i < m; i++) {
    M.set(i, i, 1);
    M.set(i, 0, M.get(i, 0) + (an[i + 1] as number));
    if (i + 1 < m) M.set(i, i + 1, -1);
  }
  const rhs = Matrix.zeros(m, 1);
  const b0 = bn[0] as number;
  for (let i = 0; i < m; i++) rhs.set(i, 0, (bn[i + 1] as number) - (an[i + 1] as number) * b0);
  const lu = new LuDecomposition(M);
  if (lu.isSingular()) {
    throw new RangeError('lfilterZi: the filter has a pole at z = 1 (sum(a) = 0), so no steady state exists');
  }
  const sol = lu.solve(rhs);
  const zi = new Float64Array(m);
  for (let i = 0; i < m; i++) zi[i] = sol.get(i, 0);
  return zi;
}
