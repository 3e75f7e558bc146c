import { checkSignal, type ComplexArray } from '@rxdsp/core';
import type { Detrend, SpectralWindow } from './SpectralOptions';
import { type BoundaryExtension, extendSignal } from './internal/boundaryExtension';
import { SegmentTransform, binFrequencies, resolveSegmentPlan, segmentCount } from './internal/segmentEngine';

/** Scaling of {@link stft} and {@link istft} (scipy's `scaling`): `'spectrum'` (amplitude) or `'psd'` (√density). */
export type StftScaling = 'spectrum' | 'psd';

/**
 * Options of {@link stft}, named and defaulted as scipy's legacy `signal.stft`.
 *
 * ## Example
 * ```ts
 * import { stft, type StftOptions } from '@rxdsp/analysis';
 * const o: StftOptions = { fs: 16000, nperseg: 512, noverlap: 384, boundary: 'even' };
 * const { f, t, zxx } = stft(new Float64Array(16000), o);
 * ```
 */
export interface StftOptions {
  /** Sample rate in Hz (> 0, default 1). */
  readonly fs?: number;
  /** Window: a name or `[name, …parameters]` for `getWindow` (periodic), or its samples. Default `'hann'` (periodic). */
  readonly window?: SpectralWindow;
  /**
   * Segment length in samples (integer ≥ 1). Default 256 (or the window array's length), shortened to the signal
   * length when the signal is shorter (scipy warns); an explicit value longer than the signal is a RangeError.
   */
  readonly nperseg?: number;
  /** Overlap between segments in samples, < nperseg (default ⌊nperseg/2⌋). */
  readonly noverlap?: number;
  /** FFT length ≥ nperseg (default nperseg); any integer. */
  readonly nfft?: number;
  /** Per-segment detrending (default `false`, as scipy's stft). */
  readonly detrend?: Detrend;
  /** One-sided spectrum (default `true`) or two-sided in `fftfreq` order. */
  readonly returnOnesided?: boolean;
  /**
   * Extend the signal by nperseg/2 samples at both ends so the first segment is centred on sample 0: `'zeros'`
   * (default), `'even'`, `'odd'`, `'constant'`, or `null` for no extension.
   */
  readonly boundary?: BoundaryExtension | null;
  /** Zero-pad the end so the last segment is whole (default `true`). */
  readonly padded?: boolean;
  /** `'spectrum'` (default): a sinusoid of amplitude A shows |Z| = A/2; `'psd'`: |Z|² is a density. */
  readonly scaling?: StftScaling;
}

/** Result of {@link stft}: scipy's `(f, t, Zxx)`. */
export interface StftResult {
  /** Bin frequencies in the unit of `fs` (nfreq values). */
  readonly f: Float64Array;
  /** Segment centre times in seconds (with `fs` in Hz), one per segment. */
  readonly t: Float64Array;
  /**
   * The complex STFT in scipy's layout `Zxx[frequency][time]`: `zxx.re[k][m]`, `zxx.im[k][m]` for bin k of segment m.
   */
  readonly zxx: ComplexArray<Float64Array[]>;
}

const BOUNDARIES: ReadonlyArray<BoundaryExtension | null> = ['zeros', 'even', 'odd', 'constant', null];

/** Stage: the signal as the segments see it — extended at both ends, then zero-padded to whole segments. */
function prepareSignal(fn: string, x: ArrayLike<number>, nperseg: number, step: number, boundary: BoundaryExtension | null, padded: boolean): Float64Array {
  const ext = boundary === null ? Float64Array.from(x) : extendSignal(fn, x, Math.floor(nperseg / 2), boundary);
  if (!padded) return ext;
  const nadd = ((((-(ext.length - nperseg)) % step) + step) % step) % nperseg;
  if (nadd === 0) return ext;
  const out = new Float64Array(ext.length + nadd);
  out.set(ext);
  return out;
}

/**
 * Short-time Fourier transform, as scipy's legacy `signal.stft`: the signal (extended at its ends and padded, by
 * default) is cut into overlapping segments, each windowed and transformed; `Zxx[k][m]` is bin k of segment m,
 * scaled by 1/Σw (`'spectrum'`) or 1/√(fs·Σw²) (`'psd'`). With a window that meets the NOLA condition
 * ({@link checkNola}), {@link istft} inverts it.
 *
 * Segments start every nperseg − noverlap samples; segment m is centred at t[m] = m·step/fs (with a boundary
 * extension), or (nperseg/2 + m·step)/fs without.
 *
 * ## Example
 * ```ts
 * import { stft, istft } from '@rxdsp/analysis';
 * const x = Float64Array.from({ length: 4800 }, (_, i) => Math.sin((2 * Math.PI * 1000 * i) / 48000));
 * const { f, t, zxx } = stft(x, { fs: 48000, nperseg: 256 });
 * const back = istft(zxx, { fs: 48000, nperseg: 256 }).x; // ≈ x (plus trailing padding)
 * ```
 *
 * @param x - Real signal, at least one sample; not modified.
 * @param options - See {@link StftOptions}.
 * @returns `{ f, t, zxx }`.
 * @throws RangeError/TypeError naming the parameter (bad window, nperseg, noverlap, nfft, boundary, scaling …).
 */
export function stft(x: ArrayLike<number>, options: StftOptions = {}): StftResult {
  const fn = 'stft';
  const n = checkSignal(fn, 'x', x, { allowEmpty: false }).length;
  const scaling = options.scaling ?? 'spectrum';
  if (scaling !== 'spectrum' && scaling !== 'psd') {
    throw new RangeError(`${fn}: scaling must be 'spectrum' or 'psd', got ${JSON.stringify(scaling)}`);
  }
  const boundary = options.boundary === undefined ? 'zeros' : options.boundary;
  if (!BOUNDARIES.includes(boundary)) {
    throw new RangeError(`${fn}: boundary must be 'zeros', 'even', 'odd', 'constant' or null, got ${JSON.stringify(boundary)}`);
  }
  const padded = options.padded ?? true;
  if (typeof padded !== 'boolean') throw new TypeError(`${fn}: padded must be a boolean, got ${String(padded)}`);
  const plan = resolveSegmentPlan(fn, n, {
    ...options,
    detrend: options.detrend ?? false,
    scaling: scaling === 'psd' ? 'density' : 'spectrum',
  });
  const signal = prepareSignal(fn, x, plan.nperseg, plan.step, boundary, padded);
  const nseg = segmentCount(signal.length, plan);
  const scale = Math.sqrt(plan.scale);
  const transform = new SegmentTransform(plan);
  const re = Array.from({ length: plan.nfreq }, () => new Float64Array(nseg));
  const im = Array.from({ length: plan.nfreq }, () => new Float64Array(nseg));
  for (let m = 0; m < nseg; m++) {
    const X = transform.transform(signal, m * plan.step);
    for (let k = 0; k < plan.nfreq; k++) {
      re[k]![m] = X[2 * k]! * scale;
      im[k]![m] = X[2 * k + 1]! * scale;
    }
  }
  const t = new Float64Array(nseg);
  const half = plan.nperseg / 2;
  for (let m = 0; m < nseg; m++) {
    t[m] = (half + m * plan.step) / plan.fs;
    if (boundary !== null) t[m] = t[m]! - half / plan.fs;
  }
  return { f: binFrequencies(plan), t, zxx: { re, im } };
}

