import type { WindowSpec } from '@rxdsp/core';

/** Per-segment detrending, as scipy's `detrend` argument: subtract the mean, a least-squares line, or nothing. */
export type Detrend = 'constant' | 'linear' | false;

/** scipy's `scaling`: `'density'` gives V²/Hz, `'spectrum'` gives V² (power of a sinusoid at its bin). */
export type SpectralScaling = 'density' | 'spectrum';

/** How segment estimates are combined: the arithmetic mean, or the bias-corrected median (robust to bursts). */
export type SpectralAverage = 'mean' | 'median';

/** A window for spectral estimation: a {@link WindowSpec} for `getWindow` (periodic), or the samples themselves. */
export type SpectralWindow = WindowSpec | ArrayLike<number>;

// The complex-array type is core's (one definition for every package); re-exported here for the
// modules that import it from this file.
export type { ComplexArray } from '@rxdsp/core';

/**
 * Options shared by the segment-based estimators (`welch`, `csd`, `coherence`, `tfestimate`,
 * `spectrogram`), named and defaulted as in `scipy.signal`.
 */
export interface SegmentOptions {
  /** Sample rate in Hz (> 0, default 1, as scipy). Frequencies are returned in the same unit. */
  readonly fs?: number;
  /**
   * Window: a name or `[name, ...parameters]` for `getWindow` from `@rxdsp/core` (periodic, as scipy's
   * `get_window`), or an array of samples (then `nperseg` defaults to its length). Default `'hann'`
   * (`('tukey', 0.25)` for `spectrogram`).
   */
  readonly window?: SpectralWindow;
  /**
   * Segment length in samples (integer ≥ 1). Default 256, or the window array's length. When it is
   * left at the default and the signal is shorter, it becomes the signal length (scipy warns and does
   * the same); an explicit `nperseg` longer than the signal is a RangeError.
   */
  readonly nperseg?: number;
  /**
   * Overlap between segments in samples, an integer < nperseg. Default ⌊nperseg/2⌋ (⌊nperseg/8⌋ for
   * `spectrogram`). A negative value leaves −noverlap samples unused between segments, as scipy.
   */
  readonly noverlap?: number;
  /** FFT length ≥ nperseg (zero-padding each segment). Default nperseg. Any integer, not only powers of two. */
  readonly nfft?: number;
  /** Per-segment detrending before the window is applied. Default `'constant'`. */
  readonly detrend?: Detrend;
  /** One-sided spectrum (default `true`; input is real so the negative half is redundant) or two-sided, in `fftfreq` order. */
  readonly returnOnesided?: boolean;
  /** `'density'` (default, per Hz) or `'spectrum'`. */
  readonly scaling?: SpectralScaling;
}

/** Options of `welch` and `csd`: {@link SegmentOptions} plus the averaging method. */
export interface WelchOptions extends SegmentOptions {
  /** `'mean'` (default) or `'median'` (scipy's bias-corrected median). */
  readonly average?: SpectralAverage;
}
