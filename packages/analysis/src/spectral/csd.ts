import { checkOneOf, type ComplexArray } from '@rxdsp/core';
import type { WelchOptions } from './SpectralOptions';
import { averagedCrossSpectrum, binFrequencies, padPair, resolveSegmentPlan } from './internal/segmentEngine';

/** Result of {@link csd}: frequencies and the complex cross spectral density. */
export interface CsdResult {
  /** Bin frequencies in the unit of `fs`. */
  readonly f: Float64Array;
  /** Cross spectral density Pxy = E[conj(X)·Y]·scale, split into `re` and `im`. */
  readonly pxy: ComplexArray;
}

/**
 * Estimates the cross power spectral density of two real signals with Welch's method,
 * matching `scipy.signal.csd`: `Pxy = mean over segments of conj(X)·Y`, scaled as `welch`
 * (so `csd(x, x)` equals `welch(x)` with a zero imaginary part).
 *
 * Signals of different lengths are handled as scipy does: the shorter is zero-padded to the length of the
 * longer (the default `nperseg` is then min(256, longer length)). Same options and defaults as {@link welch}; `average: 'median'` takes the bias-corrected median
 * of the real and imaginary parts separately, as scipy does.
 *
 * @param x First real signal (≥ 1 sample); not modified.
 * @param y Second real signal (≥ 1 sample; zero-padded to x's length when shorter, or x to its); not modified.
 * @param options See {@link WelchOptions}; `fs` in Hz.
 * @returns `{ f, pxy: { re, im } }`.
 * @throws RangeError naming the parameter (every {@link welch} error).
 *
 * ## Example
 * ```ts
 * import { csd } from '@rxdsp/analysis';
 * const x = Float64Array.from({ length: 4096 }, () => Math.random() - 0.5);
 * const y = x.map((v, i) => (i > 0 ? x[i - 1]! : 0)); // y is x delayed by one sample
 * const { f, pxy } = csd(x, y, { fs: 48_000, nperseg: 512 });
 * // the phase of pxy falls as −2π·f/fs: Math.atan2(pxy.im[k], pxy.re[k]) ≈ −2π·f[k]/48000
 * ```
 */
export function csd(x: ArrayLike<number>, y: ArrayLike<number>, options: WelchOptions = {}): CsdResult {
  const pair = padPair('csd', x, y);
  const plan = resolveSegmentPlan('csd', pair.n, options);
  const average = checkOneOf('csd', 'average', options.average ?? 'mean', ['mean', 'median']);
  const { re, im } = averagedCrossSpectrum(pair.x, pair.y, plan, average);
  return { f: binFrequencies(plan), pxy: { re, im } };
}
