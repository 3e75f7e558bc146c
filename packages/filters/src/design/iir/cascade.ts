import { sosRows } from './internal/sosInput';
import { tf2sos } from './tf2sos';
import type { BA } from './types';
import type { Sos } from '../../types/Sos';
import { checkFiniteVector, describeValue } from '@rxdsp/core';

/**
 * Combines filters in series into one list of second-order sections (the product of their transfer functions).
 * Each argument is a `{ b, a }` (up to second order it becomes one section as is, normalised to `a0 = 1`;
 * higher orders are split with {@link tf2sos}) or an sos array (its sections are appended).
 * Use {@link sos2tf} on the result for a single `{ b, a }`.
 *
 * ## Example
 * ```ts
 * import { cascade, lowShelf, peaking, highShelf, sos2tf } from '@rxdsp/filters';
 * const eq = cascade(lowShelf(3, 100, 0.7, 48000), peaking(-4, 1000, 1, 48000), highShelf(2, 8000, 0.7, 48000));
 * const { b, a } = sos2tf(eq); // the same equaliser as one transfer function
 * ```
 * @param sections filters as `{ b, a }` or sos arrays (at least one).
 * @returns the sections `[b0, b1, b2, 1, a1, a2][]`, in argument order.
 * @throws TypeError/RangeError for an empty call, malformed sections or a[0] = 0.
 */
export function cascade(...sections: Array<BA | { b: ArrayLike<number>; a: ArrayLike<number> } | ReadonlyArray<ArrayLike<number>>>): Sos<number[]> {
  const fn = 'cascade';
  if (sections.length === 0) throw new RangeError(`${fn}: give at least one section`);
  const out: number[][] = [];
  sections.forEach((s, i) => {
    if (Array.isArray(s)) {
      for (const row of sosRows(`${fn}: sections[${i}]`, s)) {
        const a0 = row[3] as number;
        out.push(row.map((x) => x / a0));
      }
      return;
    }
    if (typeof s !== 'object' || s === null || !('b' in s) || !('a' in s)) {
      throw new TypeError(`${fn}: sections[${i}] must be { b, a } or an sos array, got ${describeValue(s)}`);
    }
    const b = checkFiniteVector(fn, `sections[${i}].b`, s.b, { scalar: true });
    const a = checkFiniteVector(fn, `sections[${i}].a`, s.a, { scalar: true });
    if (a[0] === 0) throw new RangeError(`${fn}: sections[${i}].a[0] must be non-zero, got 0`);
    if (b.length <= 3 && a.length <= 3) {
      const a0 = a[0] as number;
      const row = [0, 0, 0, 0, 0, 0];
      for (let k = 0; k < b.length; k++) row[k] = (b[k] as number) / a0;
      for (let k = 0; k < a.length; k++) row[3 + k] = (a[k] as number) / a0;
      out.push(row);
    } else {
      out.push(...tf2sos(b, a));
    }
  });
  return out;
}
