import { checkBoolean, checkInt, checkOneOf, checkPositive, type ComplexArray } from '@rxdsp/core';
import type { SpectralWindow } from './SpectralOptions';
import { inverseComplexDft, inverseRealDft } from './internal/inverseRealDft';
import { windowSamples } from './internal/segmentEngine';
import type { StftScaling } from './stft';

/**
 * Options of {@link istft}, named and defaulted as scipy's legacy `signal.istft`.
 *
 * ## Example
 * ```ts
 * import { istft, type IstftOptions } from '@rxdsp/analysis';
 * const o: IstftOptions = { fs: 16000, nperseg: 512, noverlap: 384 };
 * ```
 */
export interface IstftOptions {
  /** Sample rate in Hz (> 0, default 1). */
  readonly fs?: number;
  /** The analysis window: a name or `[name, …parameters]` for `getWindow` (periodic), or its samples. Default `'hann'`. */
  readonly window?: SpectralWindow;
  /** Segment length (default: 2·(nfreq − 1) for one-sided input, nfreq for two-sided). */
  readonly nperseg?: number;
  /** Overlap in samples, 0 ≤ noverlap < nperseg (default ⌊nperseg/2⌋). */
  readonly noverlap?: number;
  /** FFT length ≥ nperseg (default: as scipy, from the input's bins and nperseg). */
  readonly nfft?: number;
  /** The input holds the one-sided spectrum (default `true`); `false`: two-sided, and the result is complex. */
  readonly inputOnesided?: boolean;
  /** The STFT was computed with a boundary extension: drop nperseg/2 samples at each end (default `true`). */
  readonly boundary?: boolean;
  /**
   * Layout of `zxx` (scipy's `time_axis`, `freq_axis`): `-1`/`1` and `-2`/`0`. Default time −1, frequency −2, i.e.
   * `zxx.re[frequency][time]` as {@link stft} returns it; `{ timeAxis: 0, freqAxis: 1 }` takes `zxx.re[time][frequency]`.
   */
  readonly timeAxis?: 0 | 1 | -1 | -2;
  /** See `timeAxis`. */
  readonly freqAxis?: 0 | 1 | -1 | -2;
  /** The scaling {@link stft} used: `'spectrum'` (default) or `'psd'`. */
  readonly scaling?: StftScaling;
}

/** Result of {@link istft}: scipy's `(t, x)`. */
export interface IstftResult {
  /** Sample times in seconds (with `fs` in Hz). */
  readonly t: Float64Array;
  /** The reconstructed signal (its real part for two-sided input). */
  readonly x: Float64Array;
  /** The imaginary part of the reconstruction for two-sided input (`inputOnesided: false`), else `null`. */
  readonly xImag: Float64Array | null;
}


/** Stage: the STFT as columns (one complex spectrum per segment), from either layout. */
function columns(fn: string, zxx: ComplexArray<readonly ArrayLike<number>[]>, timeFirst: boolean): ComplexArray<Float64Array[]> {
  if (zxx === null || typeof zxx !== 'object' || !Array.isArray(zxx.re) || !Array.isArray(zxx.im)) {
    throw new TypeError(`${fn}: zxx must be { re: rows[], im: rows[] } as stft returns it, got ${String(zxx)}`);
  }
  const rows = zxx.re.length;
  if (rows === 0 || zxx.im.length !== rows) {
    throw new RangeError(`${fn}: zxx.re and zxx.im must hold the same number (≥ 1) of rows, got ${rows} and ${zxx.im.length}`);
  }
  const cols = zxx.re[0]!.length;
  for (let r = 0; r < rows; r++) {
    const a = zxx.re[r]!;
    const b = zxx.im[r]!;
    if (a.length !== cols || b.length !== cols) {
      throw new RangeError(`${fn}: every row of zxx must have ${cols} values, row ${r} has ${a.length} (re) and ${b.length} (im)`);
    }
    for (let c = 0; c < cols; c++) {
      if (!Number.isFinite(a[c]!) || !Number.isFinite(b[c]!)) throw new RangeError(`${fn}: zxx[${r}][${c}] is not finite (${a[c]} + ${b[c]}i)`);
    }
  }
  if (cols === 0) throw new RangeError(`${fn}: zxx has no columns`);
  const nseg = timeFirst ? rows : cols;
  const nfreq = timeFirst ? cols : rows;
  const re: Float64Array[] = [];
  const im: Float64Array[] = [];
  for (let m = 0; m < nseg; m++) {
    const cr = new Float64Array(nfreq);
    const ci = new Float64Array(nfreq);
    for (let k = 0; k < nfreq; k++) {
      cr[k] = timeFirst ? zxx.re[m]![k]! : zxx.re[k]![m]!;
      ci[k] = timeFirst ? zxx.im[m]![k]! : zxx.im[k]![m]!;
    }
    re.push(cr);
    im.push(ci);
  }
  return { re, im };
}

/**
 * Inverse short-time Fourier transform, as scipy's legacy `signal.istft`: each segment is inverse-transformed,
 * multiplied by the window and overlap-added; the sum is divided by the overlap-added squared window (the least-squares
 * inverse of {@link stft}). Where that sum is ≤ 1e-10 (the NOLA condition fails, see {@link checkNola}) the samples are
 * left undivided, as scipy (which also warns).
 *
 * Output length: nperseg + (nseg − 1)·(nperseg − noverlap), less nperseg/2 at each end with `boundary` (scipy's
 * slicing: for nperseg = 1 this leaves nothing).
 *
 * ## Example
 * ```ts
 * import { stft, istft } from '@rxdsp/analysis';
 * const x = Float64Array.from({ length: 1000 }, (_, i) => Math.sin(i / 7));
 * const { zxx } = stft(x, { nperseg: 64 });
 * const { x: y } = istft(zxx, { nperseg: 64 }); // y[i] ≈ x[i] for i < 1000
 * ```
 *
 * @param zxx - The STFT as {@link stft} returns it (`zxx.re[k][m]`), or transposed with `timeAxis: 0`.
 * @param options - See {@link IstftOptions}.
 * @returns `{ t, x, xImag }`.
 * @throws RangeError/TypeError naming the parameter (malformed zxx, bad nperseg/noverlap/nfft, equal axes, window length).
 */
export function istft(zxx: ComplexArray<readonly ArrayLike<number>[]>, options: IstftOptions = {}): IstftResult {
  const fn = 'istft';
  const fs = checkPositive(fn, 'fs', options.fs ?? 1);
  const timeAxis = options.timeAxis ?? -1;
  const freqAxis = options.freqAxis ?? -2;
  const axes = [0, 1, -1, -2];
  if (!axes.includes(timeAxis) || !axes.includes(freqAxis)) {
    throw new RangeError(`${fn}: timeAxis and freqAxis must be 0, 1, −1 or −2 (zxx is 2-D), got ${String(timeAxis)} and ${String(freqAxis)}`);
  }
  const t2 = (timeAxis + 2) % 2;
  if (t2 === (freqAxis + 2) % 2) throw new RangeError(`${fn}: timeAxis and freqAxis must differ, got ${timeAxis} and ${freqAxis}`);
  const onesided = checkBoolean(fn, 'inputOnesided', options.inputOnesided ?? true);
  const boundary = checkBoolean(fn, 'boundary', options.boundary ?? true);
  const scaling = checkOneOf(fn, 'scaling', options.scaling ?? 'spectrum', ['spectrum', 'psd']);
  const cols = columns(fn, zxx, t2 === 0);
  const nseg = cols.re.length;
  const nfreqIn = cols.re[0]!.length;

  const nDefault = onesided ? 2 * (nfreqIn - 1) : nfreqIn;
  const nperseg = options.nperseg === undefined ? nDefault : checkInt(fn, 'nperseg', options.nperseg, 1);
  if (nperseg < 1) throw new RangeError(`${fn}: nperseg must be ≥ 1; a one-sided zxx with ${nfreqIn} bin(s) gives ${nperseg}, pass nperseg`);
  let nfft: number;
  if (options.nfft === undefined) nfft = onesided && nperseg === nDefault + 1 ? nperseg : nDefault;
  else {
    nfft = checkInt(fn, 'nfft', options.nfft, 1);
    if (nfft < nperseg) throw new RangeError(`${fn}: nfft (${nfft}) must be ≥ nperseg (${nperseg})`);
  }
  if (nfft < nperseg) throw new RangeError(`${fn}: nfft (${nfft}, from zxx's ${nfreqIn} bins) must be ≥ nperseg (${nperseg}); pass nfft`);
  const noverlap = options.noverlap === undefined ? Math.floor(nperseg / 2) : checkInt(fn, 'noverlap', options.noverlap, 0);
  if (noverlap >= nperseg) throw new RangeError(`${fn}: noverlap (${noverlap}) must be less than nperseg (${nperseg})`);
  const step = nperseg - noverlap;

  const win = windowSamples(fn, options.window ?? 'hann', nperseg);
  let gain: number;
  if (scaling === 'spectrum') {
    gain = 0;
    for (let i = 0; i < nperseg; i++) gain += win[i]!;
  } else {
    let s2 = 0;
    for (let i = 0; i < nperseg; i++) s2 += win[i]! ** 2;
    gain = Math.sqrt(fs * s2);
  }

  const outLength = nperseg + (nseg - 1) * step;
  const xr = new Float64Array(outLength);
  const xi = onesided ? null : new Float64Array(outLength);
  const norm = new Float64Array(outLength);
  for (let m = 0; m < nseg; m++) {
    const off = m * step;
    if (onesided) {
      const seg = inverseRealDft(cols.re[m]!, cols.im[m]!, nfft);
      for (let i = 0; i < nperseg; i++) xr[off + i] = xr[off + i]! + seg[i]! * gain * win[i]!;
    } else {
      const seg = inverseComplexDft(cols.re[m]!, cols.im[m]!, nfft);
      for (let i = 0; i < nperseg; i++) {
        xr[off + i] = xr[off + i]! + seg.re[i]! * gain * win[i]!;
        xi![off + i] = xi![off + i]! + seg.im[i]! * gain * win[i]!;
      }
    }
    for (let i = 0; i < nperseg; i++) norm[off + i] = norm[off + i]! + win[i]! ** 2;
  }
  const cut = Math.floor(nperseg / 2);
  // scipy slices [cut : −cut]; with cut = 0 that slice is empty
  const [start, end] = boundary ? (cut === 0 ? [0, 0] : [cut, outLength - cut]) : [0, outLength];
  const len = Math.max(end - start, 0);
  const x = new Float64Array(len);
  const xImag = xi === null ? null : new Float64Array(len);
  for (let i = 0; i < len; i++) {
    const nv = norm[start + i]!;
    const d = nv > 1e-10 ? nv : 1;
    x[i] = xr[start + i]! / d;
    if (xImag !== null) xImag[i] = xi![start + i]! / d;
  }
  const t = Float64Array.from({ length: len }, (_, i) => i / fs);
  return { t, x, xImag };
}
