import { isTrivialLength, type WindowOptions } from './windowUtils';

/**
 * The boxcar (rectangular) window: all ones, i.e. no window at all (scipy's `windows.boxcar`).
 * The symmetric and periodic forms are identical.
 *
 * ## Example
 * ```ts
 * import { boxcar } from '@rxdsp/core';
 * boxcar(4); // Float64Array [1, 1, 1, 1]
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param options - `sym` (default `true`); accepted for uniformity, it does not change the result.
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer.
 */
export function boxcar(n: number, options: WindowOptions = {}): Float64Array {
  void options;
  isTrivialLength('boxcar', n);
  return new Float64Array(n).fill(1);
}
