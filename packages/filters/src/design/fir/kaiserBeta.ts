import { checkFinite } from '@rxdsp/core';

/**
 * The Kaiser window β that gives a stopband attenuation of `a` dB (Kaiser's empirical formula, scipy's `kaiser_beta`):
 * β = 0.1102·(a − 8.7) for a > 50; 0.5842·(a − 21)^0.4 + 0.07886·(a − 21) for 21 < a ≤ 50; 0 otherwise.
 *
 * ## Example
 * ```ts
 * import { kaiserBeta } from '@rxdsp/filters';
 * kaiserBeta(65); // 6.20426
 * ```
 *
 * @param a - Desired stopband attenuation in dB (positive; values ≤ 21 give β = 0, the boxcar).
 * @returns β, the Kaiser window's shape parameter (≥ 0).
 * @throws RangeError when `a` is not finite.
 */
export function kaiserBeta(a: number): number {
  checkFinite('kaiserBeta', 'a', a);
  if (a > 50) return 0.1102 * (a - 8.7);
  if (a > 21) return 0.5842 * (a - 21) ** 0.4 + 0.07886 * (a - 21);
  return 0;
}
