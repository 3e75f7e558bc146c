import { polymul } from './internal/poly';
import { sosRows } from './internal/sosInput';
import type { BA } from './types';

/**
 * Transfer-function coefficients of a cascade of second-order sections, as scipy's `signal.sos2tf`:
 * the products of the sections' numerators and denominators (length `2·sections + 1`, not trimmed).
 *
 * ## Example
 * ```ts
 * import { sos2tf } from '@rxdsp/filters';
 * sos2tf([[1, 1, 0, 1, -0.5, 0], [1, 0, 0, 1, 0, 0.25]]); // b = [1, 1, 0, 0, 0], a = [1, −0.5, 0.25, −0.125, 0]
 * ```
 * @param sos sections `[b0, b1, b2, a0, a1, a2]` (at least one; a0 ≠ 0).
 * @returns `{ b, a }`.
 * @throws TypeError/RangeError for a malformed `sos`.
 */
export function sos2tf(sos: ReadonlyArray<ArrayLike<number>>): BA {
  const rows = sosRows('sos2tf', sos);
  let b: Float64Array = Float64Array.of(1);
  let a: Float64Array = Float64Array.of(1);
  for (const r of rows) {
    b = polymul(b, r.slice(0, 3));
    a = polymul(a, r.slice(3));
  }
  return { b, a };
}
