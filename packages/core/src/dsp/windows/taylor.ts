import { extendedLength, isTrivialLength, truncateTo, type WindowOptions } from './windowUtils';
import { checkFinite } from '../../validate/validate';

/**
 * Options of {@link taylor}.
 *
 * ## Example
 * ```ts
 * import { taylor, type TaylorOptions } from '@rxdsp/core';
 * const o: TaylorOptions = { nbar: 5, sllDb: 45 };
 * const w = taylor(64, o);
 * ```
 */
export interface TaylorOptions extends WindowOptions {
  /** Number of nearly constant-level sidelobes next to the main lobe, an integer ≥ 1 (default 4; scipy's `nbar`). */
  readonly nbar?: number;
  /** Sidelobe suppression in dB relative to the DC gain, ≥ 0 (default 30; scipy's `sll`). */
  readonly sllDb?: number;
  /**
   * `true` (default): scale so the centre of the window (between the two middle samples for even lengths) is 1;
   * `false`: keep a DC gain of 1 (scipy's `norm`).
   */
  readonly norm?: boolean;
}

/** Stage 1: the Taylor coefficients F_m, m = 1 … nbar − 1. */
function taylorCoefficients(nbar: number, sllDb: number): Float64Array {
  const a = Math.acosh(10 ** (sllDb / 20)) / Math.PI;
  const s2 = (nbar * nbar) / (a * a + (nbar - 0.5) ** 2);
  const fm = new Float64Array(nbar - 1);
  for (let mi = 0; mi < nbar - 1; mi++) {
    const m2 = (mi + 1) ** 2;
    let numer = mi % 2 === 0 ? 1 : -1;
    let denom = 2;
    for (let j = 0; j < nbar - 1; j++) {
      numer *= 1 - m2 / s2 / (a * a + (j + 1 - 0.5) ** 2);
      if (j !== mi) denom *= 1 - m2 / (j + 1) ** 2;
    }
    fm[mi] = numer / denom;
  }
  return fm;
}

/** Stage 2: W(x) = 1 + 2·Σ F_m·cos(2πm(x − m/2 + ½)/M) at one sample position x. */
function taylorAt(fm: Float64Array, m: number, x: number): number {
  let s = 0;
  for (let j = 0; j < fm.length; j++) s += (fm[j] as number) * Math.cos((2 * Math.PI * (j + 1) * (x - m / 2 + 0.5)) / m);
  return 1 + 2 * s;
}

/**
 * The Taylor window: about `nbar` near-in sidelobes held at `sllDb` below the main lobe, then tapering off
 * (scipy's `windows.taylor`), common in radar and array processing.
 *
 * ## Example
 * ```ts
 * import { taylor } from '@rxdsp/core';
 * const w = taylor(64);                              // nbar 4, 30 dB, normalised
 * const v = taylor(100, { nbar: 6, sllDb: 50, norm: false });
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `nbar` (integer ≥ 1, default 4), `sllDb` (dB ≥ 0, default 30), `norm` (default `true`), `sym` (default `true`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError for a bad `n`, `nbar` or `sllDb`; TypeError when `norm` is not a boolean.
 */
export function taylor(n: number, options: TaylorOptions = {}): Float64Array {
  const nbar = options.nbar ?? 4;
  const sllDb = options.sllDb ?? 30;
  const norm = options.norm ?? true;
  if (typeof nbar !== 'number' || !Number.isInteger(nbar) || nbar < 1) {
    throw new RangeError(`taylor: nbar must be an integer ≥ 1 (the number of constant-level sidelobes), got ${String(nbar)}`);
  }
  checkFinite('taylor', 'sllDb', sllDb);
  if (sllDb < 0) throw new RangeError(`taylor: sllDb must be ≥ 0 (the sidelobe suppression in dB), got ${sllDb}`);
  if (typeof norm !== 'boolean') throw new TypeError(`taylor: norm must be a boolean, got ${String(norm)}`);
  if (isTrivialLength('taylor', n)) return new Float64Array(n).fill(1);
  const m = extendedLength(n, options.sym);
  const fm = taylorCoefficients(nbar, sllDb);
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) w[i] = taylorAt(fm, m, i);
  if (norm) {
    const scale = 1 / taylorAt(fm, m, (m - 1) / 2);
    for (let i = 0; i < m; i++) w[i] = (w[i] as number) * scale;
  }
  return truncateTo(w, n);
}
