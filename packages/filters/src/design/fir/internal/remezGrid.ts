// Internal stage 1 of the Parks–McClellan design (liquid-dsp's firdespm_init_grid): the dense frequency grid with the
// desired response and the weight on it, every FIR type reduced to the approximation of a cosine polynomial.
import type { RemezType } from '../remez';

const TWOPI = 2 * Math.PI;

/** A validated {@link remez} specification with band edges normalised to fs = 1 (0 … 0.5). */
export interface RemezProblem {
  /** Filter length in taps, ≥ 2. */
  readonly numtaps: number;
  /** Band edges [lo₀, hi₀, lo₁, hi₁, …] in cycles/sample, strictly increasing within [0, 0.5]. */
  readonly edges: readonly number[];
  /** Desired gain of each band (the slope for `'differentiator'`). */
  readonly desired: readonly number[];
  /** Positive weight of each band. */
  readonly weight: readonly number[];
  /** Symmetry and desired response: see {@link RemezType}. */
  readonly type: RemezType;
  /** Grid points per (0.5 / number of cosine terms) of bandwidth, an integer ≥ 1. */
  readonly gridDensity: number;
}

/**
 * The approximation problem on the dense grid. Every array is 1-based (index 0 unused) and holds `ngrid + 1` values,
 * so that the indices read as in McClellan, Parks and Rabiner's program.
 *
 * The response of each linear-phase type is written H(f) = Q(f)·P(f) with P a polynomial of degree `nfcns − 1` in
 * x = cos(2πf) (Q = 1, cos πf, sin 2πf or sin πf for types I to IV); `desired` and `weight` are those of P:
 * D/Q and W·Q, so that the weighted error W·(H − D) = W·Q·(P − D/Q) is unchanged.
 */
export interface RemezGrid {
  /** Filter length in taps. */
  readonly numtaps: number;
  /** Number of cosine terms of P (its degree + 1); the reference set has `nfcns + 1` frequencies. */
  readonly nfcns: number;
  /** Antisymmetric impulse response (`'differentiator'`, `'hilbert'`). */
  readonly neg: boolean;
  /** Odd `numtaps`. */
  readonly nodd: boolean;
  /** Whether the bands span the whole [0, 0.5] (the taps stage then samples P on the whole circle). */
  readonly fullBand: boolean;
  /** Number of grid points. */
  readonly ngrid: number;
  /** Grid frequencies in cycles/sample, increasing. */
  readonly f: Float64Array;
  /** cos(2πf) at the grid frequencies. */
  readonly x: Float64Array;
  /** Desired value of P on the grid (D/Q). */
  readonly desired: Float64Array;
  /** Weight of P's error on the grid (W·Q). */
  readonly weight: Float64Array;
  /** max |desired·weight| over the grid: the scale below which changes of the deviation are rounding noise. */
  readonly weightedScale: number;
}

/**
 * Builds the dense grid of a Parks–McClellan design: points `0.5 / (gridDensity·nfcns)` apart from the lower edge of
 * each band, the last one moved onto the band's upper edge; f = 0 is skipped for antisymmetric filters and a last
 * point within one step of 0.5 is dropped for types II and III (their response is 0 there).
 *
 * @param problem - The normalised specification.
 * @returns The grid, with desired response and weight reduced to the cosine-polynomial problem.
 * @throws RangeError (naming `remez`) when the bands hold fewer grid points than the `nfcns + 1` extremal frequencies.
 */
export function remezGrid(problem: RemezProblem): RemezGrid {
  const { numtaps, edges, desired: fx, weight: wtx, type, gridDensity } = problem;
  const nbands = fx.length;
  const neg = type !== 'bandpass';
  const nodd = numtaps % 2 === 1;
  let nfcns = Math.floor(numtaps / 2);
  if (nodd && !neg) nfcns += 1;
  const isDiff = type === 'differentiator';
  const eff = (f: number, b: number): number => (isDiff ? (fx[b] as number) * f : (fx[b] as number));
  const wate = (f: number, b: number): number =>
    isDiff && (fx[b] as number) >= 0.0001 ? (wtx[b] as number) / f : (wtx[b] as number);

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
  if (ngrid < nz) {
    throw new RangeError(
      `remez: the bands hold only ${ngrid} grid points, fewer than the ${nz} extremal frequencies ${numtaps} taps need; ` +
        'widen the bands or raise gridDensity',
    );
  }

  const f = new Float64Array(ngrid + 1);
  const x = new Float64Array(ngrid + 1);
  const desired = new Float64Array(ngrid + 1);
  const weight = new Float64Array(ngrid + 1);
  f[0] = Number.NaN;
  x[0] = Number.NaN;
  desired[0] = Number.NaN;
  weight[0] = Number.NaN;
  let weightedScale = 0;
  for (let i = 1; i <= ngrid; i++) {
    const g = grid[i] as number;
    let d = des[i] as number;
    let w = wt[i] as number;
    // reduce every type to a cosine-polynomial problem: H(f) = Q(f)·P(f)
    if (neg || !nodd) {
      const q = !neg ? Math.cos(Math.PI * g) : nodd ? Math.sin(TWOPI * g) : Math.sin(Math.PI * g);
      d = d / q;
      w = w * q;
    }
    f[i] = g;
    x[i] = Math.cos(TWOPI * g);
    desired[i] = d;
    weight[i] = w;
    weightedScale = Math.max(weightedScale, Math.abs(d * w));
  }
  const fullBand = edges[0] === 0 && edges[edges.length - 1] === 0.5;
  return { numtaps, nfcns, neg, nodd, fullBand, ngrid, f, x, desired, weight, weightedScale };
}
