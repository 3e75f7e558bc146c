import { checkInt, checkSignal } from '@rxdsp/core';
import type { Detrend, SpectralScaling, SpectralWindow } from './SpectralOptions';
import { averagedCrossSpectrum, binFrequencies, resolveSegmentPlan } from './internal/segmentEngine';
import type { WelchResult } from './welch';

/** Options of {@link periodogram} (scipy's names and defaults). */
export interface PeriodogramOptions {
  /** Sample rate in Hz (> 0, default 1). */
  readonly fs?: number;
  /** Window name / `[name, param]` or samples (length = the analysed length). Default `'boxcar'`. */
  readonly window?: SpectralWindow;
  /**
   * FFT length. Default x.length. Larger zero-pads; smaller analyses only the first `nfft`
   * samples (scipy's behaviour).
   */
  readonly nfft?: number;
  /** Default `'constant'`. */
  readonly detrend?: Detrend;
  /** Default `true`. */
  readonly returnOnesided?: boolean;
  /** Default `'density'`. */
  readonly scaling?: SpectralScaling;
}

/**
 * Estimates the power spectral density with a single (windowed) periodogram of the whole
 * signal, matching `scipy.signal.periodogram`: a Welch estimate with one segment of
 * length `x.length` (or `nfft` when it is shorter: only the first `nfft` samples are used).
 *
 * @param x Real signal (≥ 1 sample); not modified.
 * @param options See {@link PeriodogramOptions}; `fs` in Hz.
 * @returns `{ f, pxx }` as {@link welch}.
 * @throws RangeError naming the parameter: empty x, nfft < 1, unknown window, window array of the wrong length, fs ≤ 0.
 *
 * ## Example
 * ```ts
 * import { periodogram } from '@rxdsp/analysis';
 * const x = Float64Array.from({ length: 1000 }, (_, n) => Math.cos(2 * Math.PI * 0.1 * n));
 * const { f, pxx } = periodogram(x, { scaling: 'spectrum' }); // pxx[100] ≈ 0.5: the power of a unit cosine, one-sided
 * ```
 */
export function periodogram(x: ArrayLike<number>, options: PeriodogramOptions = {}): WelchResult {
  const n = checkSignal('periodogram', 'x', x, { allowEmpty: false }).length;
  let nperseg = n;
  let nfft: number | undefined = options.nfft;
  let data: ArrayLike<number> = x;
  if (nfft !== undefined) {
    checkInt('periodogram', 'nfft', nfft);
    if (nfft < n) {
      // scipy truncates the signal to nfft samples.
      nperseg = nfft;
      nfft = undefined;
      data = Array.prototype.slice.call(x, 0, nperseg) as number[];
    }
  }
  const w = options.window;
  if (w != null && typeof w === 'object' && !(Array.isArray(w) && typeof w[0] === 'string') && w.length !== nperseg) {
    // periodogram has no nperseg: name what the window's length must match.
    throw new RangeError(
      `periodogram: window has ${w.length} samples, expected ${nperseg} (${nperseg === n ? 'the length of x' : 'nfft, shorter than x'})`,
    );
  }
  const plan = resolveSegmentPlan(
    'periodogram',
    nperseg,
    {
      window: options.window ?? 'boxcar',
      nperseg,
      noverlap: 0,
      ...(nfft !== undefined ? { nfft } : {}),
      ...(options.fs !== undefined ? { fs: options.fs } : {}),
      ...(options.detrend !== undefined ? { detrend: options.detrend } : {}),
      ...(options.returnOnesided !== undefined ? { returnOnesided: options.returnOnesided } : {}),
      ...(options.scaling !== undefined ? { scaling: options.scaling } : {}),
    },
  );
  const { re } = averagedCrossSpectrum(data, null, plan, 'mean');
  return { f: binFrequencies(plan), pxx: re };
}
