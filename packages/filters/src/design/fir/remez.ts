import { RemezConvergenceError } from './RemezConvergenceError';
import { checkFiniteVector, checkInt, checkPositive } from '@rxdsp/core';
import { checkBandEdges } from './checkBandEdges';

/**
 * The kind of response {@link remez} approximates (scipy's `type`).
 *
 * ## Example
 * ```ts
 * import { remez } from '@rxdsp/filters';
 * const diff = remez(32, [0, 0.5], [1], { type: 'differentiator' }); // type IV differentiator
 * ```
 */
export type RemezType = 'bandpass' | 'differentiator' | 'hilbert';

/**
 * Options of {@link remez}.
 *
 * ## Example
 * ```ts
 * import { remez, type RemezOptions } from '@rxdsp/filters';
 * const opts: RemezOptions = { fs: 48000, weight: [10, 1], maxiter: 40 };
 * const taps = remez(95, [0, 5000, 6000, 24000], [1, 0], opts);
 * ```
 */
export interface RemezOptions {
  /** Relative weight of the error in each band (one positive value per band). Default: all 1. */
  readonly weight?: ArrayLike<number>;
  /** Sampling rate in Hz; `bands` are in the same units. Default **1** (as scipy's `remez`: edges in cycles/sample, Nyquist 0.5). */
  readonly fs?: number;
  /**
   * `'bandpass'` (default): a symmetric (even) impulse response, piecewise-constant desired gain.
   * `'differentiator'`: antisymmetric, desired response `desired[b]·f` in band b (f normalised to fs = 1), error weighted by 1/f.
   * `'hilbert'`: antisymmetric, piecewise-constant desired gain (a Hilbert transformer when the gain is 1).
   */
  readonly type?: RemezType;
  /** Maximum number of exchange iterations, an integer ≥ 1. Default 25. */
  readonly maxiter?: number;
  /** Density of the frequency grid: points per (0.5 / number of cosine terms) of bandwidth, an integer ≥ 1. Default 16. */
  readonly gridDensity?: number;
  /**
   * When the exchange reaches `maxiter` without converging, return the last (sub-optimal) taps instead of throwing
   * {@link RemezConvergenceError} (scipy's silent behaviour). Default `false`. A deviation that stops increasing
   * always throws, as in scipy.
   */
  readonly allowNonConverged?: boolean;
  /**
   * Wall-clock budget of the exchange in ms (> 0, `Infinity` for none). Default 5000. An iteration is not
   * started if, judging by the last one, it would end past the budget: the design throws
   * {@link RemezConvergenceError} (reason `'time'`) instead of blocking the thread (an impossible
   * 8 600-tap spec once blocked it for 16 to 35 s). 2 400 taps take about 1–3 s.
   */
  readonly timeBudgetMs?: number;
}

const TWOPI = 2 * Math.PI;
/** Deviation, relative to the weighted desired response, below which its changes are rounding noise. */
const ROUNDING_LEVEL = 1e-12;

/**
 * Minimax (equiripple) linear-phase FIR design by the Parks–McClellan algorithm: the Remez exchange on a dense
 * frequency grid, as in McClellan, Parks and Rabiner's program (scipy's `signal.remez`, whose taps it reproduces).
 *
 * The weighted error `W(f)·(H(f) − D(f))` is made equiripple over the bands, with the largest error as small as
 * possible; the regions between bands are "don't care" transition bands. The four linear-phase FIR types are handled:
 * odd or even length, symmetric (`'bandpass'`) or antisymmetric (`'differentiator'`, `'hilbert'`). The filter's delay
 * is (numtaps − 1)/2 samples.
 *
 * An even-length symmetric filter (type II) always has a zero at fs/2, so an even `numtaps` with a non-zero desired
 * gain in a band that ends at fs/2 (a highpass or bandstop) is rejected. Non-convergence throws
 * {@link RemezConvergenceError} (scipy returns unconverged taps silently unless the deviation decreases); the option
 * `allowNonConverged` returns them instead.
 *
 * ## Example
 * ```ts
 * import { remez } from '@rxdsp/filters';
 * const fs = 48000;
 * // 2.7–5.3 kHz transition bands around a 3.2–4.8 kHz passband, 101 taps
 * const taps = remez(101, [0, 2700, 3200, 4800, 5300, fs / 2], [0, 1, 0], { fs });
 * // a 31-tap Hilbert transformer from 0.05 to 0.45 cycles/sample
 * const hil = remez(31, [0.05, 0.45], [1], { type: 'hilbert' });
 * ```
 *
 * @param numtaps - Filter length in taps, an integer ≥ 2.
 * @param bands - Band edges [lo₀, hi₀, lo₁, hi₁, …], strictly increasing, within [0, fs/2], in the units of `fs`.
 * @param desired - Desired gain in each band (one value per band; the slope for `'differentiator'`).
 * @param options - `weight`, `fs` (default 1), `type`, `maxiter`, `gridDensity`, `allowNonConverged`.
 * @returns The `numtaps` taps as a new `Float64Array`.
 * @throws RangeError for a bad `numtaps`, `fs`, band edges (outside [0, fs/2], not increasing, odd count), mismatched
 *   `desired`/`weight` lengths, non-positive weights, an even-length filter with gain at fs/2, or a grid too coarse for
 *   the number of taps. {@link RemezConvergenceError} when the exchange does not converge.
 */
export function remez(
  numtaps: number,
  bands: ArrayLike<number>,
  desired: ArrayLike<number>,
  options: RemezOptions = {},
): Float64Array {
  const fn = 'remez';
  checkInt(fn, 'numtaps', numtaps, 2);
  const fs = options.fs ?? 1;
  checkPositive(fn, 'fs', fs);
  const edgesHz = checkBandEdges(fn, bands, fs);
  const nbands = edgesHz.length / 2;
  const des = Array.from(checkFiniteVector(fn, 'desired', desired, { scalar: true, allowEmpty: true }));
  if (des.length !== nbands) {
    throw new RangeError(`${fn}: desired has ${des.length} values but bands has ${nbands} bands (${edgesHz.length} edges); give one value per band`);
  }
  const weight = options.weight === undefined ? des.map(() => 1) : Array.from(checkFiniteVector(fn, 'weight', options.weight, { scalar: true, allowEmpty: true }));
  if (weight.length !== nbands) {
    throw new RangeError(`${fn}: weight has ${weight.length} values but bands has ${nbands} bands; give one weight per band`);
  }
  weight.forEach((w, i) => {
    if (!(w > 0)) throw new RangeError(`${fn}: weight[${i}] must be > 0, got ${w}`);
  });
  const type = options.type ?? 'bandpass';
  if (type !== 'bandpass' && type !== 'differentiator' && type !== 'hilbert') {
    throw new RangeError(`${fn}: type must be 'bandpass', 'differentiator' or 'hilbert', got ${JSON.stringify(type)}`);
  }
  const maxiter = options.maxiter ?? 25;
  if (!Number.isInteger(maxiter) || maxiter < 1) throw new RangeError(`${fn}: maxiter must be an integer ≥ 1, got ${String(maxiter)}`);
  const timeBudgetMs = options.timeBudgetMs ?? 5000;
  if (typeof timeBudgetMs !== 'number' || !(timeBudgetMs > 0)) throw new RangeError(`${fn}: timeBudgetMs must be > 0 ms (Infinity for no limit), got ${String(timeBudgetMs)}`);
  const gridDensity = options.gridDensity ?? 16;
  if (!Number.isInteger(gridDensity) || gridDensity < 1) {
    throw new RangeError(`${fn}: gridDensity must be an integer ≥ 1, got ${String(gridDensity)}`);
  }
  if (type === 'bandpass' && numtaps % 2 === 0 && edgesHz[edgesHz.length - 1] === fs / 2 && des[nbands - 1] !== 0) {
    throw new RangeError(
      `${fn}: numtaps = ${numtaps} is even, but the last band ends at fs/2 with desired gain ${des[nbands - 1] as number}; ` +
        'an even-length symmetric FIR (type II) always has a zero at fs/2, so use an odd numtaps for a highpass or bandstop',
    );
  }
  // Edges in cycles/sample (fs = 1), as the original program expects.
  const edges = edgesHz.map((e) => e / fs);
  return parksMcClellan(numtaps, edges, des, weight, type, maxiter, gridDensity, options.allowNonConverged ?? false, timeBudgetMs);
}

/**
 * The design proper, on normalised edges (0 … 0.5). Arrays below are 1-based (index 0 unused) so that the indices read
 * as in the published algorithm.
 */
function parksMcClellan(
  numtaps: number,
  edges: readonly number[],
  fx: readonly number[],
  wtx: readonly number[],
  type: RemezType,
  maxiter: number,
  gridDensity: number,
  allowNonConverged: boolean,
  timeBudgetMs: number,
): Float64Array {
  const started = performance.now();
  const nbands = fx.length;
  const neg = type !== 'bandpass'; // antisymmetric impulse response
  const nodd = numtaps % 2 === 1;
  let nfcns = Math.floor(numtaps / 2); // number of cosine terms of the equivalent problem
  if (nodd && !neg) nfcns += 1;
  const isDiff = type === 'differentiator';
  const eff = (f: number, b: number): number => (isDiff ? (fx[b] as number) * f : (fx[b] as number));
  const wate = (f: number, b: number): number =>
    isDiff && (fx[b] as number) >= 0.0001 ? (wtx[b] as number) / f : (wtx[b] as number);

  // ---- dense grid, desired response and weight on it ----
  const grid: number[] = [Number.NaN];
  const des: number[] = [Number.NaN];
  const wt: number[] = [Number.NaN];
  const delf = 0.5 / (gridDensity * nfcns);
  grid[1] = edges[0] as number;
  if (neg && (edges[0] as number) < delf) grid[1] = delf; // antisymmetric filters are 0 at f = 0
  let j = 1;
  for (let b = 0; ; ) {
    const fup = edges[2 * b + 1] as number;
    let f: number;
    do {
      f = grid[j] as number;
      des[j] = eff(f, b);
      wt[j] = wate(f, b);
      j++;
      grid[j] = f + delf;
    } while ((grid[j] as number) <= fup);
    // the last point of the band is moved onto its upper edge
    grid[j - 1] = fup;
    des[j - 1] = eff(fup, b);
    wt[j - 1] = wate(fup, b);
    b++;
    if (b >= nbands) break;
    grid[j] = edges[2 * b] as number;
  }
  let ngrid = j - 1;
  // types II and III are 0 at f = 0.5: drop a last grid point too close to it
  if (neg === nodd && (grid[ngrid] as number) > 0.5 - delf) ngrid--;
  const nz = nfcns + 1;
  const nzz = nfcns + 2;
  if (ngrid < nz) {
    throw new RangeError(
      `remez: the bands hold only ${ngrid} grid points, fewer than the ${nz} extremal frequencies ${numtaps} taps need; ` +
        'widen the bands or raise gridDensity',
    );
  }

  // ---- reduce every type to a cosine-polynomial problem: H(f) = Q(f)·P(f) ----
  if (neg || !nodd) {
    for (let i = 1; i <= ngrid; i++) {
      const g = grid[i] as number;
      const q = !neg ? Math.cos(Math.PI * g) : nodd ? Math.sin(TWOPI * g) : Math.sin(Math.PI * g);
      des[i] = (des[i] as number) / q;
      wt[i] = (wt[i] as number) * q;
    }
  }

  // scale of the weighted desired response (invariant under the reduction above), for the rounding-level test
  let weightedScale = 0;
  for (let i = 1; i <= ngrid; i++) weightedScale = Math.max(weightedScale, Math.abs((des[i] as number) * (wt[i] as number)));

  // ---- initial extremal frequencies: equally spaced along the grid ----
  const iext = new Int32Array(nzz + 1);
  const spacing = (ngrid - 1) / nfcns;
  for (let k = 1; k <= nfcns; k++) iext[k] = Math.trunc((k - 1) * spacing) + 1;
  iext[nz] = ngrid;

  // ---- Remez exchange ----
  const x = new Float64Array(nzz + 1); // cos(2π f) at the extremal frequencies
  const y = new Float64Array(nzz + 1); // interpolated values there
  const ad = new Float64Array(nzz + 1); // barycentric weights
  // barycentric Lagrange interpolation of the current reference at x = cos(2πf)
  const interpX = (xf: number): number => {
    let d = 0;
    let p = 0;
    for (let k = 1; k <= nz; k++) {
      const c = (ad[k] as number) / (xf - (x[k] as number));
      d += c;
      p += c * (y[k] as number);
    }
    return p / d;
  };
  const interp = (f: number): number => interpX(Math.cos(TWOPI * f));
  // The weighted error is evaluated many times per grid point: keep cos(2πf), D and W of the grid in typed arrays.
  const gridX = new Float64Array(ngrid + 1);
  const gridD = new Float64Array(ngrid + 1);
  const gridW = new Float64Array(ngrid + 1);
  for (let l = 1; l <= ngrid; l++) {
    gridX[l] = Math.cos(TWOPI * (grid[l] as number));
    gridD[l] = des[l] as number;
    gridW[l] = wt[l] as number;
  }
  // The time budget is also checked inside an iteration (every 1024 error evaluations): one iteration of a very
  // long design (87 000 taps: 700 000 grid points × 43 500 terms) would otherwise run for minutes.
  let evaluations = 0;
  let niter = 0;
  let dev = 0;
  const outOfTime = (): void => {
    const spent = performance.now() - started;
    if (spent <= timeBudgetMs) return;
    throw new RemezConvergenceError(
      `remez: not converged within timeBudgetMs = ${timeBudgetMs} (${Math.round(spent)} ms, ${niter} iteration(s) begun, ${ngrid} grid points, ` +
        `${nfcns} cosine terms); widen the transition bands, use fewer taps, or raise timeBudgetMs`,
      niter,
      dev,
      'time',
    );
  };
  const err = (l: number): number => {
    if ((++evaluations & 1023) === 0) outOfTime();
    return (interpX(gridX[l] as number) - (gridD[l] as number)) * (gridW[l] as number);
  };

  let devl = -1;
  let converged = false;
  // Shared state of the extremal search (the search walks the grid keeping the best error seen in `comp`).
  let comp = 0;
  let nut = 1;
  // Local searches: climb from l while the signed error keeps growing; return the last index that grew.
  const climbUp = (l: number, kup: number): number => {
    for (;;) {
      l++;
      if (l >= kup) return l - 1;
      const e = nut * err(l);
      if (e - comp <= 0) return l - 1;
      comp = e;
    }
  };
  const climbDown = (l: number, klow: number): number => {
    for (;;) {
      l--;
      if (l <= klow) return l + 1;
      const e = nut * err(l);
      if (e - comp <= 0) return l + 1;
      comp = e;
    }
  };

  let iterationStart = started;
  let lastIterationMs = 0;
  for (;;) {
    iext[nzz] = ngrid + 1;
    niter++;
    if (niter > maxiter) break;
    const now = performance.now();
    if (niter > 1) lastIterationMs = now - iterationStart;
    iterationStart = now;
    if (niter > 1 && now - started + lastIterationMs > timeBudgetMs) {
      throw new RemezConvergenceError(
        `remez: not converged within timeBudgetMs = ${timeBudgetMs} (${niter - 1} iteration(s) in ${Math.round(now - started)} ms, the next would ` +
          `take about ${Math.round(lastIterationMs)} ms more on ${ngrid} grid points and ${nfcns} cosine terms); widen the transition bands, ` +
          'use fewer taps, or raise timeBudgetMs',
        niter - 1,
        dev,
        'time',
      );
    }
    for (let k = 1; k <= nz; k++) x[k] = Math.cos((grid[iext[k] as number] as number) * TWOPI);
    const jet = Math.trunc((nfcns - 1) / 15) + 1; // stride of the products, against over/underflow
    for (let k = 1; k <= nz; k++) {
      if ((k & 255) === 0) outOfTime();
      ad[k] = lagrangeWeight(k, nz, jet, x);
    }
    let dnum = 0;
    let dden = 0;
    let sgn = 1;
    for (let k = 1; k <= nz; k++) {
      const l = iext[k] as number;
      dnum += (ad[k] as number) * (des[l] as number);
      dden += (sgn * (ad[k] as number)) / (wt[l] as number);
      sgn = -sgn;
    }
    dev = dnum / dden;
    const nu = dev > 0 ? -1 : 1;
    dev = -nu * dev;
    sgn = nu;
    for (let k = 1; k <= nz; k++) {
      const l = iext[k] as number;
      y[k] = (des[l] as number) + (sgn * dev) / (wt[l] as number);
      sgn = -sgn;
    }
    if (dev <= devl && devl > ROUNDING_LEVEL * weightedScale) {
      // The deviation stopped growing: a real failure, as in scipy. (While the deviation is still at rounding level,
      // which happens when the initial reference set interpolates the desired response almost exactly, its changes are
      // rounding noise, not a stall: the exchange goes on, bounded by maxiter.)
      throw new RemezConvergenceError(
        `remez: failed to converge at iteration ${niter}: the deviation stopped increasing (${dev} ≤ ${devl}); ` +
          'try a wider transition band, fewer taps or different weights',
        niter,
        dev,
        'deviation',
      );
    }
    devl = dev;

    let jchnge = 0;
    let k1 = iext[1] as number;
    let knz = iext[nz] as number;
    let klow = 0;
    let y1 = 0;
    nut = -nu;
    // Move each extremal frequency to the local maximum of the signed error next to it.
    for (let e = 1; e <= nz; e++) {
      const kup = iext[e + 1] as number;
      nut = -nut;
      if (e === 2) y1 = comp;
      comp = dev;
      const here = iext[e] as number;
      let l = here + 1;
      if (l < kup && nut * err(l) - comp > 0) {
        comp = nut * err(l);
        l = climbUp(l, kup);
        iext[e] = l;
        klow = l;
        jchnge++;
        continue;
      }
      // not rising above: look below (only one step once something has changed)
      let moved = false;
      for (l = here - 1; l > klow; l--) {
        const v = nut * err(l);
        if (v - comp > 0) {
          comp = v;
          iext[e] = climbDown(l, klow);
          klow = here;
          jchnge++;
          moved = true;
          break;
        }
        if (jchnge > 0) break;
      }
      if (moved) continue;
      if (l > klow) {
        // one step below did not grow and something changed before: keep this extremal
        klow = here;
        continue;
      }
      // reached the previous extremal going down
      if (jchnge > 0) {
        klow = here;
        jchnge++;
        continue;
      }
      // nothing has changed yet: scan the rest of the interval above
      let found = false;
      for (l = here + 2; l < kup; l++) {
        const v = nut * err(l);
        if (v - comp > 0) {
          comp = v;
          found = true;
          break;
        }
      }
      if (found) {
        l = climbUp(l, kup);
        iext[e] = l;
        klow = l;
        jchnge++;
      } else {
        klow = here;
      }
    }
    const ynz = comp;

    // Look for a larger error below the first and above the last extremal frequency.
    k1 = Math.min(k1, iext[1] as number);
    knz = Math.max(knz, iext[nz] as number);
    const nutLast = nut;
    nut = -nu;
    comp = ynz * 1.00001;
    let foundBelow = false;
    for (let l = 1; l < k1; l++) {
      const v = nut * err(l);
      if (v - comp > 0) {
        comp = v;
        iext[nzz] = climbUp(l, k1);
        jchnge++;
        foundBelow = true;
        break;
      }
    }
    if (foundBelow) {
      if (comp > y1) y1 = comp;
      k1 = iext[nzz] as number;
    }
    nut = -nutLast;
    comp = y1 * 1.00001;
    let foundAbove = false;
    for (let l = ngrid; l > knz; l--) {
      const v = nut * err(l);
      if (v - comp > 0) {
        comp = v;
        iext[nzz] = climbDown(l, knz);
        jchnge++;
        foundAbove = true;
        break;
      }
    }
    if (foundAbove) {
      // drop the first extremal frequency, append the new one above the last
      const kn = iext[nzz] as number;
      for (let k = 1; k <= nfcns; k++) iext[k] = iext[k + 1] as number;
      iext[nz] = kn;
      continue;
    }
    if (foundBelow) {
      // drop the last extremal frequency, prepend the new one below the first
      for (let k = nz; k >= 2; k--) iext[k] = iext[k - 1] as number;
      iext[1] = k1;
      continue;
    }
    if (jchnge === 0) {
      converged = true;
      break;
    }
  }
  if (!converged && !allowNonConverged) {
    throw new RemezConvergenceError(
      `remez: did not converge in maxiter = ${maxiter} iterations (deviation ${dev}); raise maxiter, widen the ` +
        'transition bands or use fewer taps (allowNonConverged returns the unconverged taps)',
      maxiter,
      dev,
      'maxiter',
    );
  }

  // ---- coefficients of the cosine polynomial by an inverse DFT of its values ----
  const nm1 = nfcns - 1;
  const cn = 2 * nfcns - 1;
  const a = new Float64Array(nfcns + 1);
  // When the grid does not span [0, 0.5], sample the polynomial only on the span of the grid (in the variable
  // x' = aa·x + bb mapped onto [−1, 1]) and map the coefficients back afterwards: extrapolating would be ill-conditioned.
  const mapped = !((edges[0] === 0 && edges[edges.length - 1] === 0.5) || nfcns <= 3);
  let aa = 0;
  let bb = 0;
  if (mapped) {
    const x1 = Math.cos(TWOPI * (grid[1] as number));
    const xn = Math.cos(TWOPI * (grid[ngrid] as number));
    aa = 2 / (x1 - xn);
    bb = -(x1 + xn) / (x1 - xn);
  }
  x[nzz] = -2;
  let l = 1;
  for (let k = 1; k <= nfcns; k++) {
    let ft = (k - 1) / cn;
    let xt = Math.cos(TWOPI * ft);
    if (mapped) {
      xt = (xt - bb) / aa;
      ft = Math.acos(xt) / TWOPI;
    }
    // x[] decreases; walk to the first extremal at or below xt; reuse y there when xt is (almost) on it
    for (;;) {
      const xe = x[l] as number;
      if (xt > xe) {
        a[k] = xt - xe < 1e-6 ? (y[l] as number) : interp(ft);
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
    const w = (k - 1) * dw;
    for (let m = 1; m <= nm1; m++) s += (a[m + 1] as number) * Math.cos(w * m);
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
  for (let i = 0; i < numtaps; i++) {
    if (!Number.isFinite(out[i] as number)) {
      throw new RemezConvergenceError(`remez: the design produced a non-finite tap at index ${i}; the problem is ill-conditioned`, niter, dev, 'deviation');
    }
  }
  return out;
}

/** Barycentric weight of node k among n nodes: 1 / Π_{j≠k} 2(x_k − x_j), the product taken in m interleaved strides. */
function lagrangeWeight(k: number, n: number, m: number, x: Float64Array): number {
  let r = 1;
  const q = x[k] as number;
  for (let s = 1; s <= m; s++) {
    for (let j = s; j <= n; j += m) if (j !== k) r *= 2 * (q - (x[j] as number));
  }
  return 1 / r;
}

/**
 * Given Q(u) = Σ c_k T_k(u) (Chebyshev series) and u = aa·x + bb, returns the Chebyshev coefficients of Q(aa·x + bb)
 * in x (Clenshaw's recurrence carried out on Chebyshev series).
 */
function chebyshevCompose(c: Float64Array, aa: number, bb: number): Float64Array {
  const n = c.length;
  // multiply a Chebyshev series s (in x) by u = aa·x + bb: x·T0 = T1, x·Tk = (T(k+1) + T(k−1))/2
  const timesU = (s: Float64Array): Float64Array => {
    const r = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const v = s[k] as number;
      if (v === 0) continue;
      r[k] = (r[k] as number) + bb * v;
      if (k === 0) {
        if (n > 1) r[1] = (r[1] as number) + aa * v;
      } else {
        if (k + 1 < n) r[k + 1] = (r[k + 1] as number) + 0.5 * aa * v;
        r[k - 1] = (r[k - 1] as number) + 0.5 * aa * v;
      }
    }
    return r;
  };
  let b1 = new Float64Array(n); // b_{k+1}
  let b2 = new Float64Array(n); // b_{k+2}
  for (let k = n - 1; k >= 1; k--) {
    const t = timesU(b1);
    const bk = new Float64Array(n);
    for (let i = 0; i < n; i++) bk[i] = 2 * (t[i] as number) - (b2[i] as number);
    bk[0] = (bk[0] as number) + (c[k] as number);
    b2 = b1;
    b1 = bk;
  }
  const t = timesU(b1);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (t[i] as number) - (b2[i] as number);
  out[0] = (out[0] as number) + (c[0] as number);
  return out;
}
