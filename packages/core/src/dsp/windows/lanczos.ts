import { extendedLength, isTrivialLength, truncateTo, type WindowOptions } from './windowUtils';

/** Normalised sinc sin(πx)/(πx), 1 at 0. */
function sinc(x: number): number {
  if (x === 0) return 1;
  const y = Math.PI * x;
  return Math.sin(y) / y;
}

/**
 * The Lanczos (sinc) window w = sinc(2i/(m − 1) − 1): the main lobe of a sinc stretched over the window
 * (scipy's `windows.lanczos`). Computed from the right half and mirrored, so the symmetric form is exactly symmetric.
 *
 * ## Example
 * ```ts
 * import { lanczos } from '@rxdsp/core';
 * const w = lanczos(64);
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer.
 */
export function lanczos(n: number, options: WindowOptions = {}): Float64Array {
  if (isTrivialLength('lanczos', n)) return new Float64Array(n).fill(1);
  const m = extendedLength(n, options.sym);
  const w = new Float64Array(m);
  const start = m % 2 === 0 ? m / 2 : (m + 1) / 2;
  for (let i = start; i < m; i++) {
    const v = sinc((2 * i) / (m - 1) - 1);
    w[i] = v;
    w[m - 1 - i] = v;
  }
  if (m % 2 === 1) w[(m - 1) / 2] = 1;
  return truncateTo(w, n);
}
