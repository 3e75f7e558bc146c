// Internal helpers shared by the window functions (not exported from the package).
import { checkInt } from '../../validate/validate';

/**
 * Options shared by every window function.
 *
 * ## Example
 * ```ts
 * import { hann, type WindowOptions } from '@rxdsp/core';
 * const periodic: WindowOptions = { sym: false };
 * const w = hann(1024, periodic);
 * ```
 */
export interface WindowOptions {
  /**
   * `true` (default): the symmetric window, for filter design (scipy's `sym=True`).
   * `false`: the periodic window — the first `n` samples of the symmetric window of length `n + 1` —
   * for spectral analysis with the FFT (scipy's `sym=False`, `get_window`'s `fftbins=True`).
   */
  readonly sym?: boolean;
}

/** Throws unless `n` is a non-negative integer; returns true when the window is trivially all ones (n ≤ 1). */
export function isTrivialLength(fn: string, n: number): boolean {
  return checkInt(fn, 'n', n, 0) <= 1;
}

/** Length of the symmetric window computed internally: n + 1 for the periodic form (then truncated). */
export function extendedLength(n: number, sym: boolean | undefined): number {
  return sym === false ? n + 1 : n;
}

/** Drops the last sample of `w` when it was computed one sample longer for the periodic form. */
export function truncateTo(w: Float64Array, n: number): Float64Array {
  return w.length === n ? w : w.slice(0, n);
}

/**
 * The generalised cosine window Σₖ a[k]·cos(k·x), x running evenly from −π to π over the (extended) length
 * (scipy's `general_cosine`, which the Hann, Hamming, Blackman, Blackman–Harris and flat-top windows use).
 */
export function generalCosine(fn: string, n: number, a: readonly number[], sym: boolean | undefined): Float64Array {
  if (isTrivialLength(fn, n)) return new Float64Array(n).fill(1);
  const m = extendedLength(n, sym);
  const step = (2 * Math.PI) / (m - 1);
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const x = i === m - 1 ? Math.PI : i * step - Math.PI;
    let s = 0;
    for (let k = 0; k < a.length; k++) s += (a[k] as number) * Math.cos(k * x);
    w[i] = s;
  }
  return truncateTo(w, n);
}
