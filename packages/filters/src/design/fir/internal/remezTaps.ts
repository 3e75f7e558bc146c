// Internal stage 5 of the Parks–McClellan design (liquid-dsp's firdespm_compute_taps): the impulse response from the
// final interpolant, by frequency sampling and an inverse cosine transform.
import { barycentricInterpolate } from './barycentricInterpolate';
import { chebyshevCompose } from './chebyshevCompose';
import type { RemezGrid } from './remezGrid';
import type { RemezInterpolation } from './remezInterpolation';

const TWOPI = 2 * Math.PI;

/**
 * The taps of the design: P is sampled at `nfcns` equally spaced frequencies (on the span of the grid, mapped onto
 * the whole circle, when the bands do not cover [0, 0.5]), its cosine coefficients are found by an inverse DFT, and
 * the impulse response of the FIR type is built from them (symmetric or antisymmetric about (numtaps − 1)/2).
 * The taps are not checked for finiteness.
 *
 * @param grid - The grid of the design.
 * @param interp - The interpolant of the final reference set.
 * @returns The `numtaps` taps.
 */
export function remezTaps(grid: RemezGrid, interp: RemezInterpolation): Float64Array {
  const { numtaps, nfcns, neg, nodd, ngrid } = grid;
  const { x, y, w, n: nz } = interp;
  const interpAt = (f: number): number => barycentricInterpolate(x, w, y, nz, Math.cos(TWOPI * f));

  // ---- coefficients of the cosine polynomial by an inverse DFT of its values ----
  const nm1 = nfcns - 1;
  const cn = 2 * nfcns - 1;
  const a = new Float64Array(nfcns + 1);
  // When the grid does not span [0, 0.5], sample the polynomial only on the span of the grid (in the variable
  // x' = aa·x + bb mapped onto [−1, 1]) and map the coefficients back afterwards: extrapolating would be ill-conditioned.
  const mapped = !(grid.fullBand || nfcns <= 3);
  let aa = 0;
  let bb = 0;
  if (mapped) {
    const x1 = Math.cos(TWOPI * (grid.f[1] as number));
    const xn = Math.cos(TWOPI * (grid.f[ngrid] as number));
    aa = 2 / (x1 - xn);
    bb = -(x1 + xn) / (x1 - xn);
  }
  let l = 1;
  for (let k = 1; k <= nfcns; k++) {
    let ft = (k - 1) / cn;
    let xt = Math.cos(TWOPI * ft);
    if (mapped) {
      xt = (xt - bb) / aa;
      ft = Math.acos(xt) / TWOPI;
    }
    // x[] decreases; walk to the first node at or below xt (past the last node: −2, below every cosine);
    // reuse y there when xt is (almost) on it
    for (;;) {
      const xe = l <= nz ? (x[l] as number) : -2;
      if (xt > xe) {
        a[k] = xt - xe < 1e-6 ? (y[l] as number) : interpAt(ft);
        break;
      }
      if (xe - xt < 1e-6) {
        a[k] = y[l] as number;
        break;
      }
      l++;
    }
    if (l > 1) l--;
  }
  const alpha = new Float64Array(nfcns + 3);
  const dw = TWOPI / cn;
  for (let k = 1; k <= nfcns; k++) {
    let s = 0;
    const wk = (k - 1) * dw;
    for (let m = 1; m <= nm1; m++) s += (a[m + 1] as number) * Math.cos(wk * m);
    alpha[k] = 2 * s + (a[1] as number);
  }
  for (let k = 2; k <= nfcns; k++) alpha[k] = (alpha[k] as number) * (2 / cn);
  alpha[1] = (alpha[1] as number) / cn;
  if (mapped) {
    const c = chebyshevCompose(alpha.subarray(1, nfcns + 1), aa, bb);
    for (let k = 1; k <= nfcns; k++) alpha[k] = c[k - 1] as number;
  }

  // ---- impulse response from the cosine coefficients, per FIR type ----
  const h = new Float64Array(numtaps + 2); // 1-based
  const A = (i: number): number => (i >= 1 && i <= nfcns ? (alpha[i] as number) : 0);
  if (!neg) {
    if (nodd) {
      for (let k = 1; k <= nm1; k++) h[k] = 0.5 * A(nz - k);
      h[nfcns] = A(1);
    } else {
      h[1] = 0.25 * A(nfcns);
      for (let k = 2; k <= nm1; k++) h[k] = 0.25 * (A(nz - k) + A(nfcns + 2 - k));
      h[nfcns] = 0.5 * A(1) + 0.25 * A(2);
    }
  } else if (nodd) {
    h[1] = 0.25 * A(nfcns);
    h[2] = 0.25 * A(nm1);
    for (let k = 3; k <= nm1; k++) h[k] = 0.25 * (A(nz - k) - A(nfcns + 3 - k));
    h[nfcns] = 0.5 * A(1) - 0.25 * A(3);
    h[nz] = 0;
  } else {
    h[1] = 0.25 * A(nfcns);
    for (let k = 2; k <= nm1; k++) h[k] = 0.25 * (A(nz - k) - A(nfcns + 2 - k));
    h[nfcns] = 0.5 * A(1) - 0.25 * A(2);
  }
  const out = new Float64Array(numtaps);
  for (let k = 1; k <= nfcns; k++) {
    out[k - 1] = h[k] as number;
    out[numtaps - k] = neg ? -(h[k] as number) : (h[k] as number);
  }
  if (neg && nodd) out[nz - 1] = 0;
  return out;
}
