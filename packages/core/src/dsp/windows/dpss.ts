import { tridiagonalEigen } from './tridiagonalEigen';
import { extendedLength, isTrivialLength, type WindowOptions } from './windowUtils';
import { checkFinite } from '../../validate/validate';

/** Normalisation of {@link dpss} windows (scipy's `norm`). */
export type DpssNorm = 2 | 'approximate' | 'subsample';

/**
 * Options of {@link dpss}.
 *
 * ## Example
 * ```ts
 * import { dpss, type DpssOptions } from '@rxdsp/core';
 * const o: DpssOptions = { kmax: 4, sym: false };
 * const tapers = dpss(512, 2.5, o);
 * ```
 */
export interface DpssOptions extends WindowOptions {
  /**
   * Number of tapers, an integer 1 … n. Omitted: a single window is returned (not a list), as scipy's `Kmax=None`.
   */
  readonly kmax?: number;
  /**
   * Normalisation: `2` (unit energy, the eigenvectors as they are), `'approximate'` (peak 1, then for even lengths
   * scaled by n²/(n² + NW)), `'subsample'` (peak 1, then for even lengths scaled so a band-limited half-sample shift
   * would peak at 1). Default `'approximate'` for a single window, `2` with `kmax`, as in scipy.
   */
  readonly norm?: DpssNorm;
  /** Also return the concentration ratios λ (the fraction of each taper's energy inside ±NW/n). Default `false`. */
  readonly returnRatios?: boolean;
}

/** Stage 1: the symmetric tridiagonal matrix whose eigenvectors are the Slepian sequences (Percival & Walden). */
function slepianMatrix(m: number, w: number): { d: Float64Array; e: Float64Array } {
  const d = new Float64Array(m);
  const e = new Float64Array(m - 1);
  const c = Math.cos(2 * Math.PI * w);
  for (let i = 0; i < m; i++) d[i] = ((m - 1 - 2 * i) / 2) ** 2 * c;
  for (let i = 1; i < m; i++) e[i - 1] = (i * (m - i)) / 2;
  return { d, e };
}

/** Stage 2: scipy's sign convention — even tapers sum positive, odd tapers start with a positive lobe. */
function fixSigns(tapers: Float64Array[], m: number): void {
  const thresh = Math.max(1e-7, 1 / m);
  tapers.forEach((t, k) => {
    let flip: boolean;
    if (k % 2 === 0) {
      let s = 0;
      for (let i = 0; i < m; i++) s += t[i] as number;
      flip = s < 0;
    } else {
      let first = 0;
      for (let i = 0; i < m; i++) {
        const v = t[i] as number;
        if (v * v > thresh) {
          first = v;
          break;
        }
      }
      flip = first < 0;
    }
    if (flip) for (let i = 0; i < m; i++) t[i] = -(t[i] as number);
  });
}

/** Stage 3: the concentration ratio of each taper, Σ_lag r_xx[lag]·r[lag] with the ideal band's autocorrelation r. */
function concentrationRatios(tapers: Float64Array[], m: number, w: number): Float64Array {
  const r = new Float64Array(m);
  r[0] = 2 * w;
  for (let k = 1; k < m; k++) {
    const x = Math.PI * 2 * w * k;
    r[k] = (4 * w * Math.sin(x)) / x;
  }
  return Float64Array.from(tapers, (t) => {
    let total = 0;
    for (let lag = 0; lag < m; lag++) {
      let acc = 0;
      for (let i = 0; i + lag < m; i++) acc += (t[i] as number) * (t[i + lag] as number);
      total += acc * (r[lag] as number);
    }
    return total;
  });
}

/** Stage 4: peak-1 normalisation (over all tapers), with scipy's correction for even lengths. */
function normalisePeak(tapers: Float64Array[], m: number, nw: number, norm: 'approximate' | 'subsample'): void {
  let peak = -Infinity;
  for (const t of tapers) for (let i = 0; i < m; i++) peak = Math.max(peak, t[i] as number);
  let correction = 1;
  if (m % 2 === 0) {
    if (norm === 'approximate') {
      correction = (m * m) / (m * m + nw);
    } else {
      // Re Σ_k S_k·c_k over the one-sided DFT S of the first taper, c_0 = 1, c_k = 2·exp(iπ(1 − 1/m)k)
      const t0 = tapers[0] as Float64Array;
      let total = 0;
      for (let k = 0; k <= m / 2; k++) {
        let re = 0;
        let im = 0;
        for (let i = 0; i < m; i++) {
          const a = (2 * Math.PI * ((k * i) % m)) / m;
          const v = (t0[i] as number) / peak;
          re += v * Math.cos(a);
          im -= v * Math.sin(a);
        }
        if (k === 0) total += re;
        else {
          const phi = Math.PI * (1 - 1 / m) * k;
          total += 2 * (re * Math.cos(phi) - im * Math.sin(phi));
        }
      }
      correction = m / total;
    }
  }
  for (const t of tapers) for (let i = 0; i < m; i++) t[i] = ((t[i] as number) / peak) * correction;
}

/**
 * The discrete prolate spheroidal (Slepian) sequences: the windows of length n whose energy is most concentrated
 * in the band ±NW/n cycles per sample, the tapers of multitaper spectral estimation (scipy's `windows.dpss`).
 * They are the eigenvectors of a symmetric tridiagonal matrix, found here by bisection and inverse iteration.
 *
 * Without `kmax` it returns one window (the first taper); with `kmax` the list of the first `kmax` tapers;
 * with `returnRatios: true` an object `{ windows, ratios }`. Lengths 0 and 1 give all-ones windows.
 *
 * ## Example
 * ```ts
 * import { dpss } from '@rxdsp/core';
 * const w = dpss(256, 3);                              // one window, peak normalised
 * const tapers = dpss(512, 2.5, { kmax: 4 });          // four unit-energy tapers
 * const { windows, ratios } = dpss(512, 4, { kmax: 7, returnRatios: true });
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param nw - Standardised half bandwidth NW (the time–bandwidth product), 0 < NW < n/2; 2 … 4 is common.
 * @param options - `kmax` (number of tapers, 1 … n), `norm`, `returnRatios`, `sym` (default `true`).
 * @returns The window, the list of tapers, or `{ windows, ratios }` (see above).
 * @throws RangeError for a bad `n`, an `nw` outside (0, n/2), a `kmax` outside 1 … n or an unknown `norm`.
 */
export function dpss(n: number, nw: number, options?: DpssOptions & { kmax?: undefined; returnRatios?: false }): Float64Array;
export function dpss(n: number, nw: number, options: DpssOptions & { kmax: number; returnRatios?: false }): Float64Array[];
export function dpss(
  n: number,
  nw: number,
  options: DpssOptions & { kmax?: undefined; returnRatios: true },
): { windows: Float64Array; ratios: number };
export function dpss(
  n: number,
  nw: number,
  options: DpssOptions & { kmax: number; returnRatios: true },
): { windows: Float64Array[]; ratios: Float64Array };
export function dpss(
  n: number,
  nw: number,
  options?: DpssOptions,
): Float64Array | Float64Array[] | { windows: Float64Array | Float64Array[]; ratios: number | Float64Array };
export function dpss(
  n: number,
  nw: number,
  options: DpssOptions = {},
): Float64Array | Float64Array[] | { windows: Float64Array | Float64Array[]; ratios: number | Float64Array } {
  const fn = 'dpss';
  checkFinite(fn, 'nw', nw);
  const single = options.kmax === undefined;
  const kmax = options.kmax ?? 1;
  const norm = options.norm ?? (single ? 'approximate' : 2);
  if (norm !== 2 && norm !== 'approximate' && norm !== 'subsample') {
    throw new RangeError(`${fn}: norm must be 2, 'approximate' or 'subsample', got ${JSON.stringify(norm)}`);
  }
  const returnRatios = options.returnRatios ?? false;
  if (typeof returnRatios !== 'boolean') throw new TypeError(`${fn}: returnRatios must be a boolean, got ${String(returnRatios)}`);
  if (isTrivialLength(fn, n)) {
    const ones = new Float64Array(n).fill(1);
    const windows = single ? ones : [ones];
    if (!returnRatios) return windows;
    return { windows, ratios: single ? 1 : Float64Array.of(1) };
  }
  if (!Number.isInteger(kmax) || kmax < 1 || kmax > n) {
    throw new RangeError(`${fn}: kmax must be an integer from 1 to n = ${n} (the number of tapers), got ${String(options.kmax)}`);
  }
  if (!(nw > 0) || nw >= n / 2) throw new RangeError(`${fn}: nw must lie in (0, n/2) = (0, ${n / 2}), got ${nw}`);

  const m = extendedLength(n, options.sym);
  const w = nw / m;
  const { d, e } = slepianMatrix(m, w);
  const { vectors } = tridiagonalEigen(d, e, m - kmax, m - 1);
  const tapers = vectors.reverse(); // largest eigenvalue (best concentrated) first
  fixSigns(tapers, m);
  const ratios = returnRatios ? concentrationRatios(tapers, m, w) : undefined;
  if (norm !== 2) normalisePeak(tapers, m, nw, norm);
  const windows = tapers.map((t) => (t.length === n ? t : t.slice(0, n)));
  const out = single ? (windows[0] as Float64Array) : windows;
  if (ratios === undefined) return out;
  return { windows: out, ratios: single ? (ratios[0] as number) : ratios };
}
