import { generalCosine as cosineSum, type WindowOptions } from './windowUtils';

/**
 * The generic weighted sum of cosines w[i] = Σₖ a[k]·cos(k·x_i), x_i running evenly from −π to π
 * (scipy's `windows.general_cosine`); Hann is `[0.5, 0.5]`, Hamming `[0.54, 0.46]`, and so on.
 *
 * ## Example
 * ```ts
 * import { generalCosine } from '@rxdsp/core';
 * // the HFT90D flat-top window of Heinzel et al., normalised to 1 at the centre
 * const w = generalCosine(1000, [1, 1.942604, 1.340318, 0.440811, 0.043097], { sym: false });
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param a - The weights a[0], a[1], … of the cosine terms: at least one finite number.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer; TypeError/RangeError when `a` is not a non-empty list of finite numbers.
 */
export function generalCosine(n: number, a: ArrayLike<number>, options: WindowOptions = {}): Float64Array {
  if (a === null || typeof a !== 'object' || typeof a.length !== 'number') {
    throw new TypeError(`generalCosine: a must be an array of cosine weights, got ${String(a)}`);
  }
  if (a.length === 0) throw new RangeError('generalCosine: a must hold at least one weight, got []');
  const weights: number[] = [];
  for (let k = 0; k < a.length; k++) {
    const v = a[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`generalCosine: a[${k}] must be a finite number, got ${String(v)}`);
    }
    weights.push(v);
  }
  return cosineSum('generalCosine', n, weights, options.sym);
}
