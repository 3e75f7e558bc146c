import { checkOneOf, type ComplexArray } from '@rxdsp/core';
import type { WelchOptions } from './SpectralOptions';
import { averagedCrossSpectrum, binFrequencies, checkPair, resolveSegmentPlan } from './internal/segmentEngine';

/** Result of {@link tfestimate}. */
export interface TfEstimateResult {
  /** Bin frequencies in the unit of `fs`. */
  readonly f: Float64Array;
  /** The H1 transfer-function estimate Pxy/Pxx (complex); see `magnitudeDb` and `phase`. */
  readonly txy: ComplexArray;
}

/**
 * Estimates the frequency response of a system from its input `x` and output `y` with the
 * H1 estimator `H = Pxy / Pxx` (MATLAB's `tfestimate`), Welch cross and auto spectra over the
 * same segments. Drive a live system with white noise, capture input and output, and this
 * gives |H| and phase at every bin; noise added at the output averages out, noise at the
 * input biases |H| low.
 *
 * Scaling cancels, so `scaling` has no effect; the result is the same for `'density'` and
 * `'spectrum'`. Bins where Pxx is zero give NaN.
 *
 * @param x System input (≥ 1 sample); not modified.
 * @param y System output, same length as x; not modified.
 * @param options As {@link welch}; a longer `nperseg` gives finer frequency resolution, more
 *   segments (a longer signal) less variance.
 * @returns `{ f, txy: { re, im } }`.
 * @throws RangeError naming the parameter, as {@link csd}.
 *
 * ## Example
 * ```ts
 * import { tfestimate, magnitudeDb } from '@rxdsp/analysis';
 * const x = Float64Array.from({ length: 48_000 }, () => Math.random() - 0.5);
 * const y = x.map((v, n) => 0.5 * (v + (n > 0 ? x[n - 1]! : 0))); // a two-tap averager
 * const { f, txy } = tfestimate(x, y, { fs: 48_000, nperseg: 1024 });
 * const db = magnitudeDb(txy); // ≈ 20·log10|cos(π f / fs)|
 * ```
 */
export function tfestimate(x: ArrayLike<number>, y: ArrayLike<number>, options: WelchOptions = {}): TfEstimateResult {
  const n = checkPair('tfestimate', x, y);
  const plan = resolveSegmentPlan('tfestimate', n, options);
  const average = checkOneOf('tfestimate', 'average', options.average ?? 'mean', ['mean', 'median']);
  const pxx = averagedCrossSpectrum(x, null, plan, average).re;
  const pxy = averagedCrossSpectrum(x, y, plan, average);
  const re = new Float64Array(plan.nfreq);
  const im = new Float64Array(plan.nfreq);
  for (let k = 0; k < re.length; k++) {
    const d = pxx[k]!;
    re[k] = d > 0 ? pxy.re[k]! / d : Number.NaN;
    im[k] = d > 0 ? pxy.im[k]! / d : Number.NaN;
  }
  return { f: binFrequencies(plan), txy: { re, im } };
}
