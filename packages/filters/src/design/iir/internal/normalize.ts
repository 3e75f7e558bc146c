// Internal: scipy.signal.normalize for one numerator.
import { checkFiniteVector } from '@rxdsp/core';

/**
 * Strips leading zeros of `a` (all-zero `a` is an error), divides both by `a[0]`, then strips numerator
 * coefficients with |b[i]| ≤ 1e-14 from the front (keeping at least one), as scipy's `normalize`.
 */
export function normalizeBA(fn: string, b: unknown, a: unknown): { b: Float64Array; a: Float64Array } {
  const bb = checkFiniteVector(fn, 'b', b, { scalar: true });
  const aa = checkFiniteVector(fn, 'a', a, { scalar: true });
  let fa = 0;
  while (fa < aa.length && aa[fa] === 0) fa++;
  if (fa === aa.length) throw new RangeError(`${fn}: a must have at least one non-zero coefficient, got all zeros`);
  const a0 = aa[fa] as number;
  const an = aa.slice(fa).map((x) => x / a0);
  let lead = 0;
  while (lead < bb.length && Math.abs((bb[lead] as number) / a0) <= 1e-14) lead++;
  if (lead === bb.length) lead -= 1;
  const bn = bb.slice(lead).map((x) => x / a0);
  return { b: bn, a: an };
}
