// Transfer-function coefficients as the filters use them: checked, divided by a[0] and padded to one length
// (internal to @rxdsp/filters; the checks are core's).
import { checkFiniteVector } from '@rxdsp/core';

/** Validated, a[0]-normalised transfer-function coefficients padded to a common length. */
export interface NormalisedBA {
  /** b / a[0], zero-padded to `n`. */
  readonly b: Float64Array;
  /** a / a[0], zero-padded to `n` (so `a[0] === 1`). */
  readonly a: Float64Array;
  /** max(len(b), len(a)); the state has `n − 1` values. */
  readonly n: number;
}

/**
 * Validates `b`, `a` (non-empty, finite, `a[0] ≠ 0`; a number stands for a one-element array, as in scipy's
 * `lfilter(b, 1, x)`) and returns them divided by `a[0]` and zero-padded to the same length, as scipy's `lfilter`
 * does internally.
 * @param fn the public function the user called (named in error messages).
 */
export function normaliseBA(fn: string, b: unknown, a: unknown): NormalisedBA {
  const bb = checkFiniteVector(fn, 'b', b, { scalar: true });
  const aa = checkFiniteVector(fn, 'a', a, { scalar: true });
  const a0 = aa[0] as number;
  if (a0 === 0) throw new RangeError(`${fn}: a[0] must be non-zero, got 0`);
  const n = Math.max(bb.length, aa.length);
  const bn = new Float64Array(n);
  const an = new Float64Array(n);
  for (let i = 0; i < bb.length; i++) bn[i] = (bb[i] as number) / a0;
  for (let i = 0; i < aa.length; i++) an[i] = (aa[i] as number) / a0;
  an[0] = 1;
  return { b: bn, a: an, n };
}
