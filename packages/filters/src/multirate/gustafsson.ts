// Internal: filtfilt's method 'gust' — Gustafsson's choice of initial conditions for the forward and backward
// passes, so that filtering forwards-backwards and backwards-forwards give the same result (scipy's
// _filtfilt_gust, F. Gustafsson, "Determining the initial states in forward-backward filtering", IEEE Trans.
// Signal Processing 44(4), 1996). Written in stages: observability matrix, S, the least-squares problem, the
// corrected output.
import { Matrix, pseudoInverse } from 'ml-matrix';
import { tdf2Run } from '../kernels/tdf2';

/** lfilter of a normalised (b, a) from state z (copied) over x; a new output. */
function run(b: Float64Array, a: Float64Array, x: Float64Array, z?: Float64Array): Float64Array {
  const y = new Float64Array(x.length);
  tdf2Run(b, a, z ? z.slice() : new Float64Array(b.length - 1), x, y, x.length);
  return y;
}

const reversed = (x: Float64Array): Float64Array => x.slice().reverse();

/**
 * Stage 1: the observability matrix O (m × order): column k is the zero-input response to a unit state in
 * z[0], delayed by k samples (scipy's `Obs`).
 */
function observability(b: Float64Array, a: Float64Array, m: number, order: number): Float64Array[] {
  const zi = new Float64Array(order);
  zi[0] = 1;
  const first = run(b, a, new Float64Array(m), zi);
  const cols: Float64Array[] = [];
  for (let k = 0; k < order; k++) {
    const c = new Float64Array(m);
    if (k < m) c.set(first.subarray(0, m - k), k); // a signal shorter than the order: the later columns stay zero
    cols.push(c);
  }
  return cols;
}

/**
 * Zero-phase filtering of one channel by Gustafsson's method: returns y (length of x). `irlen`: the length of the
 * impulse response considered (undefined: all of it), as scipy's.
 */
export function filtfiltGust(b: Float64Array, a: Float64Array, x: Float64Array, irlen: number | undefined): Float64Array {
  const order = b.length - 1;
  const n = x.length;
  if (order === 0) return x.map((v) => (b[0] as number) * (b[0] as number) * v);
  const m = irlen === undefined || n <= 2 * irlen ? n : irlen;
  // stage 1: O and its row reversal
  const obs = observability(b, a, m, order);
  const obsR = obs.map(reversed);
  // stage 2: S = the filter applied (from rest) to the row-reversed O, and its row reversal
  const s = obsR.map((c) => run(b, a, c));
  const sR = s.map(reversed);
  // stage 3: the naive forward-backward and backward-forward outputs, and their difference at the ends
  const yF = run(b, a, x);
  const yFB = reversed(run(b, a, reversed(yF)));
  const yB = reversed(run(b, a, reversed(x)));
  const yBF = run(b, a, yB);
  const full = m === n;
  const rows = full ? m : 2 * m;
  const M = Matrix.zeros(rows, 2 * order);
  const W = Matrix.zeros(rows, 2 * order);
  const delta = Matrix.zeros(rows, 1);
  for (let k = 0; k < order; k++) {
    for (let i = 0; i < m; i++) {
      const r2 = full ? i : m + i; // the second block's row
      M.set(i, k, (sR[k]![i] as number) - (obs[k]![i] as number));
      M.set(r2, order + k, (obsR[k]![i] as number) - (s[k]![i] as number));
      W.set(i, k, sR[k]![i] as number);
      W.set(r2, order + k, obsR[k]![i] as number);
    }
  }
  for (let i = 0; i < m; i++) {
    delta.set(i, 0, (yBF[i] as number) - (yFB[i] as number));
    if (!full) delta.set(m + i, 0, (yBF[n - m + i] as number) - (yFB[n - m + i] as number));
  }
  // stage 4: the least-squares initial conditions (minimum norm, as LAPACK's gelsd) and the corrected output
  const ic = pseudoInverse(M).mmul(delta);
  const wic = W.mmul(ic);
  const y = yFB;
  for (let i = 0; i < m; i++) {
    if (full) y[i] = (y[i] as number) + wic.get(i, 0);
    else {
      y[i] = (y[i] as number) + wic.get(i, 0);
      y[n - m + i] = (y[n - m + i] as number) + wic.get(m + i, 0);
    }
  }
  return y;
}
