import { extendedLength, isTrivialLength, truncateTo, type WindowOptions } from './windowUtils';

/**
 * The cosine (sine) window w[i] = sin(π·(i + ½)/m) (scipy's `windows.cosine`).
 *
 * ## Example
 * ```ts
 * import { cosine } from '@rxdsp/core';
 * const w = cosine(64);
 * const p = cosine(512, { sym: false });
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer.
 */
export function cosine(n: number, options: WindowOptions = {}): Float64Array {
  if (isTrivialLength('cosine', n)) return new Float64Array(n).fill(1);
  const m = extendedLength(n, options.sym);
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) w[i] = Math.sin((Math.PI / m) * (i + 0.5));
  return truncateTo(w, n);
}
