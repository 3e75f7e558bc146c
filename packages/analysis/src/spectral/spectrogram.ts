import { checkSignal, unwrapPhase, type ComplexArray } from '@rxdsp/core';
import type { SegmentOptions } from './SpectralOptions';
import {
  binFrequencies,
  onesidedFactor,
  resolveSegmentPlan,
  segmentCount,
  SegmentTransform,
  type SegmentDefaults,
} from './internal/segmentEngine';

/** What {@link spectrogram} returns per bin (scipy's `mode`). */
export type SpectrogramMode = 'psd' | 'magnitude' | 'angle' | 'phase' | 'complex';

/** Options of {@link spectrogram}: the segment options plus `mode`. */
export interface SpectrogramOptions extends SegmentOptions {
  /**
   * `'psd'` (default): scaled |X|², doubled one-sided, as `welch` per segment; `'magnitude'`: |X|·√scale;
   * `'angle'`: arg X in radians; `'phase'`: arg X unwrapped along frequency; `'complex'`: X·√scale.
   */
  readonly mode?: SpectrogramMode;
}

/** Result of {@link spectrogram} for the real-valued modes. */
export interface SpectrogramResult {
  /** Bin frequencies in the unit of `fs`. */
  readonly f: Float64Array;
  /** Segment centre times in seconds (scipy: (nperseg/2 + j·step)/fs). */
  readonly t: Float64Array;
  /**
   * One spectrum per segment, time-major: `sxx[j][i]` is the value at time `t[j]` and frequency
   * `f[i]` (scipy's `Sxx[i, j]`).
   */
  readonly sxx: Float64Array[];
}

/** Result of {@link spectrogram} with `mode: 'complex'`. */
export interface ComplexSpectrogramResult {
  readonly f: Float64Array;
  readonly t: Float64Array;
  /** One complex spectrum per segment (time-major), as {@link SpectrogramResult.sxx}. */
  readonly sxx: ComplexArray[];
}

const SPECTROGRAM_DEFAULTS: SegmentDefaults = {
  window: ['tukey', 0.25],
  noverlap: (n) => Math.floor(n / 8),
};
const MODES: readonly string[] = ['psd', 'magnitude', 'angle', 'phase', 'complex'];

/**
 * Computes a spectrogram — the spectrum of consecutive, overlapping segments — matching
 * `scipy.signal.spectrogram`, on the same segment engine as `welch`.
 *
 * Defaults (scipy's): window `['tukey', 0.25]`, nperseg 256 (clipped to the signal length
 * only when left at the default), noverlap ⌊nperseg/8⌋, detrend `'constant'`, one-sided,
 * scaling `'density'`, mode `'psd'`.
 *
 * @param x Real signal (≥ 1 sample); not modified.
 * @param options See {@link SpectrogramOptions}; `fs` in Hz.
 * @returns `{ f, t, sxx }` with `sxx` time-major (one array per segment).
 * @throws RangeError naming the parameter, as {@link welch}, and for an unknown `mode`.
 *
 * ## Example
 * ```ts
 * import { spectrogram } from '@rxdsp/analysis';
 * const fs = 8000;
 * const x = Float64Array.from({ length: fs }, (_, n) => Math.sin(2 * Math.PI * (200 + 1000 * n / fs) * n / fs)); // a chirp
 * const { f, t, sxx } = spectrogram(x, { fs, nperseg: 256 });
 * // sxx[j] is the PSD at time t[j]; its peak frequency rises with j
 * ```
 */
export function spectrogram(x: ArrayLike<number>, options: SpectrogramOptions & { readonly mode: 'complex' }): ComplexSpectrogramResult;
export function spectrogram(
  x: ArrayLike<number>,
  options?: SpectrogramOptions & { readonly mode?: 'psd' | 'magnitude' | 'angle' | 'phase' },
): SpectrogramResult;
export function spectrogram(
  x: ArrayLike<number>,
  options: SpectrogramOptions = {},
): SpectrogramResult | ComplexSpectrogramResult {
  const n = checkSignal('spectrogram', 'x', x, { allowEmpty: false }).length;
  const mode = options.mode ?? 'psd';
  if (!MODES.includes(mode)) {
    throw new RangeError(`spectrogram: mode must be one of ${MODES.join(', ')}, got ${JSON.stringify(mode)}`);
  }
  const plan = resolveSegmentPlan('spectrogram', n, options, SPECTROGRAM_DEFAULTS);
  const nseg = segmentCount(n, plan);
  const t = new Float64Array(nseg);
  for (let j = 0; j < nseg; j++) t[j] = (plan.nperseg / 2 + j * plan.step) / plan.fs;
  const f = binFrequencies(plan);
  const tr = new SegmentTransform(plan);
  const nfreq = plan.nfreq;
  if (mode === 'complex') {
    const g = Math.sqrt(plan.scale);
    const sxx: ComplexArray[] = [];
    for (let j = 0; j < nseg; j++) {
      const X = tr.transform(x, j * plan.step);
      const re = new Float64Array(nfreq);
      const im = new Float64Array(nfreq);
      for (let k = 0; k < nfreq; k++) {
        re[k] = X[2 * k]! * g;
        im[k] = X[2 * k + 1]! * g;
      }
      sxx.push({ re, im });
    }
    return { f, t, sxx };
  }
  const sxx: Float64Array[] = [];
  const factor = new Float64Array(nfreq);
  for (let k = 0; k < nfreq; k++) factor[k] = plan.scale * onesidedFactor(plan, k);
  const g = Math.sqrt(plan.scale);
  for (let j = 0; j < nseg; j++) {
    const X = tr.transform(x, j * plan.step);
    const row = new Float64Array(nfreq);
    for (let k = 0; k < nfreq; k++) {
      const a = X[2 * k]!;
      const b = X[2 * k + 1]!;
      if (mode === 'psd') row[k] = (a * a + b * b) * factor[k]!;
      else if (mode === 'magnitude') row[k] = Math.hypot(a * g, b * g);
      else row[k] = Math.atan2(b, a);
    }
    sxx.push(mode === 'phase' ? unwrapPhase(row) : row);
  }
  return { f, t, sxx };
}
