import { kaiser } from './kaiser';
import { type WindowOptions } from './windowUtils';
import { checkFinite } from '../../validate/validate';

/**
 * The Kaiser–Bessel-derived (KBD) window, for the MDCT: the square root of the running sum of a Kaiser window
 * of length n/2 + 1, mirrored, so that w[i]² + w[i + n/2]² = 1 (the Princen–Bradley condition)
 * (scipy's `windows.kaiser_bessel_derived`). Defined only for even `n` and only in the symmetric form.
 *
 * ## Example
 * ```ts
 * import { kaiserBesselDerived } from '@rxdsp/core';
 * const w = kaiserBesselDerived(256, 4 * Math.PI); // AAC long-block window shape
 * ```
 *
 * @param n - Window length in samples, an even integer ≥ 0 (0 gives `[]`).
 * @param beta - Kaiser shape parameter β, a finite number.
 * @param options - `sym` must be `true` (the default), as in scipy.
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError for an odd or negative `n`, a non-finite `beta`, or `sym: false`.
 */
export function kaiserBesselDerived(n: number, beta: number, options: WindowOptions = {}): Float64Array {
  const fn = 'kaiserBesselDerived';
  checkFinite(fn, 'beta', beta);
  if (options.sym === false) {
    throw new RangeError(`${fn}: the window is only defined in its symmetric form, got sym false (use fftbins: false in getWindow)`);
  }
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new RangeError(`${fn}: n must be a non-negative even integer (the window length in samples), got ${String(n)}`);
  }
  if (n === 0) return new Float64Array(0);
  if (n % 2 !== 0) throw new RangeError(`${fn}: n must be even, got ${n}`);
  const half = n / 2;
  const k = kaiser(half + 1, beta);
  const csum = new Float64Array(half + 1);
  let s = 0;
  for (let i = 0; i <= half; i++) {
    s += k[i] as number;
    csum[i] = s;
  }
  const total = csum[half] as number;
  const w = new Float64Array(n);
  for (let i = 0; i < half; i++) {
    const v = Math.sqrt((csum[i] as number) / total);
    w[i] = v;
    w[n - 1 - i] = v;
  }
  return w;
}
