import { checkSignal, checkOneOf } from '@rxdsp/core';
import type { WelchOptions } from './SpectralOptions';
import { averagedCrossSpectrum, binFrequencies, resolveSegmentPlan } from './internal/segmentEngine';

/** Result of {@link welch}: frequencies in Hz (the unit of `fs`) and the power spectral density. */
export interface WelchResult {
  /** Bin frequencies: `rfftfreq(nfft, 1/fs)` one-sided, `fftfreq(nfft, 1/fs)` (unshifted) two-sided. */
  readonly f: Float64Array;
  /** PSD in V²/Hz (`scaling: 'density'`) or power spectrum in V² (`'spectrum'`). */
  readonly pxx: Float64Array;
}

/**
 * Estimates the power spectral density of a real signal with Welch's method, matching
 * `scipy.signal.welch` (same defaults, same numbers to ~1e-12 relative).
 *
 * The signal is cut into segments of `nperseg` samples overlapping by `noverlap`
 * (segments start at 0, step, 2·step …; a partial tail is dropped), each is detrended,
 * windowed, zero-padded to `nfft` and transformed; the periodograms are averaged (mean, or
 * scipy's bias-corrected median). White noise of variance σ² through a filter H gives
 * `pxx ≈ 2σ²|H(f)|²/fs` one-sided — the way to check a filter against its design.
 *
 * Defaults (scipy's): window `'hann'` (periodic), nperseg 256 — clipped to the signal length
 * when left at the default, as scipy does after warning; an explicit longer nperseg throws —
 * noverlap ⌊nperseg/2⌋, nfft nperseg, detrend `'constant'`, scaling `'density'`, one-sided,
 * average `'mean'`, fs 1.
 *
 * @param x Real signal (≥ 1 sample); not modified.
 * @param options See {@link WelchOptions}; `fs` in Hz.
 * @returns `{ f, pxx }`, both of length ⌊nfft/2⌋+1 (one-sided) or nfft.
 * @throws RangeError naming the parameter: empty x, nperseg > x.length, noverlap ≥ nperseg,
 *   nfft < nperseg, unknown window, fs ≤ 0, unknown detrend/scaling/average.
 *
 * ## Example
 * ```ts
 * import { welch } from '@rxdsp/analysis';
 * const fs = 48_000;
 * const x = Float64Array.from({ length: fs }, (_, n) => Math.sin(2 * Math.PI * 1000 * n / fs));
 * const { f, pxx } = welch(x, { fs, nperseg: 1024 });
 * // the peak bin is at 1000 Hz: f[pxx.indexOf(Math.max(...pxx))] === 1000 (approximately, bin spacing 46.9 Hz)
 * ```
 */
export function welch(x: ArrayLike<number>, options: WelchOptions = {}): WelchResult {
  const n = checkSignal('welch', 'x', x, { allowEmpty: false }).length;
  const plan = resolveSegmentPlan('welch', n, options);
  const average = checkOneOf('welch', 'average', options.average ?? 'mean', ['mean', 'median']);
  const { re } = averagedCrossSpectrum(x, null, plan, average);
  return { f: binFrequencies(plan), pxx: re };
}
