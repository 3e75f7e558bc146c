import { RemezConvergenceError } from './RemezConvergenceError';
import { checkFiniteVector, checkInt, checkPositive } from '@rxdsp/core';
import { checkBandEdges } from './checkBandEdges';
import { RemezBudget } from './internal/RemezBudget';
import { remezError } from './internal/remezError';
import { remezExtremalSearch } from './internal/remezExtremalSearch';
import { remezGrid, type RemezProblem } from './internal/remezGrid';
import { remezInterpolation, type RemezInterpolation } from './internal/remezInterpolation';
import { remezTaps } from './internal/remezTaps';

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
  return parksMcClellan(
    { numtaps, edges, desired: des, weight, type, gridDensity },
    { maxiter, allowNonConverged: options.allowNonConverged ?? false, timeBudgetMs },
  );
}

/**
 * The design proper, on normalised edges (0 … 0.5), in the stages of McClellan, Parks and Rabiner's program (and of
 * liquid-dsp's `firdespm`): the dense grid ({@link remezGrid}); then, until the reference set stops changing, the
 * interpolant of the reference set ({@link remezInterpolation}) and the exchange of extremal frequencies on its
 * weighted error ({@link remezExtremalSearch} on {@link remezError}); finally the taps ({@link remezTaps}).
 */
function parksMcClellan(
  problem: RemezProblem,
  run: { readonly maxiter: number; readonly allowNonConverged: boolean; readonly timeBudgetMs: number },
): Float64Array {
  const started = performance.now();
  const grid = remezGrid(problem);
  const budget = new RemezBudget(run.timeBudgetMs, started, grid);
  const { ngrid, nfcns } = grid;
  const nz = nfcns + 1;

  // initial extremal frequencies: equally spaced along the grid (index nz + 1 is the exchange's scratch)
  const iext = new Int32Array(nz + 2);
  const spacing = (ngrid - 1) / nfcns;
  for (let k = 1; k <= nfcns; k++) iext[k] = Math.trunc((k - 1) * spacing) + 1;
  iext[nz] = ngrid;

  let interp: RemezInterpolation | undefined;
  let devl = -1;
  let converged = false;
  while (budget.nextIteration(run.maxiter)) {
    interp = remezInterpolation(grid, iext, budget);
    const dev = interp.dev;
    budget.dev = dev;
    if (dev <= devl && devl > ROUNDING_LEVEL * grid.weightedScale) {
      // The deviation stopped growing: a real failure, as in scipy. (While the deviation is still at rounding level,
      // which happens when the initial reference set interpolates the desired response almost exactly, its changes are
      // rounding noise, not a stall: the exchange goes on, bounded by maxiter.)
      throw new RemezConvergenceError(
        `remez: failed to converge at iteration ${budget.niter}: the deviation stopped increasing (${dev} ≤ ${devl}); ` +
          'try a wider transition band, fewer taps or different weights',
        budget.niter,
        dev,
        'deviation',
      );
    }
    devl = dev;
    if (remezExtremalSearch(grid, iext, interp, remezError(grid, interp, budget)) === 0) {
      converged = true;
      break;
    }
  }
  if (!converged && !run.allowNonConverged) {
    throw new RemezConvergenceError(
      `remez: did not converge in maxiter = ${run.maxiter} iterations (deviation ${budget.dev}); raise maxiter, widen the ` +
        'transition bands or use fewer taps (allowNonConverged returns the unconverged taps)',
      run.maxiter,
      budget.dev,
      'maxiter',
    );
  }
  // maxiter ≥ 1, so there is always a reference set
  const out = remezTaps(grid, interp as RemezInterpolation);
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i] as number)) {
      throw new RemezConvergenceError(
        `remez: the design produced a non-finite tap at index ${i}; the problem is ill-conditioned`,
        budget.niter,
        budget.dev,
        'deviation',
      );
    }
  }
  return out;
}
