// The one shared segment / STFT engine behind welch, csd, coherence, tfestimate, periodogram,
// spectrogram and the streaming psd operator (internal, not exported from the package).
//
// It follows scipy.signal's `csd`/`_spectral_helper`: segments start at 0, step, 2·step …
// (no boundary extension, no padding), each is detrended, multiplied by the window, zero-padded
// to nfft and transformed; cross spectra are conj(X)·Y · scale, doubled for the one-sided
// spectrum except at DC and (for even nfft) Nyquist.
import { checkBoolean, checkFiniteVector, checkInt, checkOneOf, checkPositive, checkSignal, getWindow, realFftPlan, type ComplexArray, type RealFftPlan } from '@rxdsp/core';
import type { Detrend, SegmentOptions, SpectralAverage, SpectralScaling, SpectralWindow } from '../SpectralOptions';

/** Fully resolved segment parameters. */
export interface SegmentPlan {
  readonly fs: number;
  readonly win: Float64Array;
  readonly nperseg: number;
  readonly noverlap: number;
  readonly step: number;
  readonly nfft: number;
  readonly detrend: Detrend;
  readonly onesided: boolean;
  readonly scaling: SpectralScaling;
  /** Number of frequency bins returned (⌊nfft/2⌋+1 one-sided, nfft two-sided). */
  readonly nfreq: number;
  /** Multiplier of conj(X)·Y: 1/(fs·Σw²) for density, 1/(Σw)² for spectrum. */
  readonly scale: number;
}

/** Defaults that differ between estimators. */
export interface SegmentDefaults {
  readonly window: SpectralWindow;
  /** Default overlap for a given nperseg. */
  readonly noverlap: (nperseg: number) => number;
}

export const WELCH_DEFAULTS: SegmentDefaults = { window: 'hann', noverlap: (n) => Math.floor(n / 2) };

function isWindowArray(w: SpectralWindow): w is ArrayLike<number> {
  return typeof w === 'object' && w !== null && !(Array.isArray(w) && typeof w[0] === 'string');
}

/**
 * The samples of a window of length nperseg: a name or tuple through `getWindow` (periodic, as scipy's
 * `get_window`), or a given array, which must have exactly nperseg samples (istft, checkCola, checkNola).
 */
export function windowSamples(fn: string, window: SpectralWindow, nperseg: number): Float64Array {
  if (isWindowArray(window)) {
    const win = Float64Array.from(window);
    if (win.length !== nperseg) throw new RangeError(`${fn}: the window array must have nperseg = ${nperseg} samples, got ${win.length}`);
    return win;
  }
  try {
    return getWindow(window, nperseg, { fftbins: true });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw err instanceof TypeError ? new TypeError(`${fn}: window: ${msg}`) : new RangeError(`${fn}: window: ${msg}`);
  }
}



/**
 * Two signals for the cross spectral estimators, as scipy: when their lengths differ, the shorter is zero-padded to
 * the longer (a copy; the inputs are not modified). Returns the signals and their common length.
 */
export function padPair(fn: string, x: ArrayLike<number>, y: ArrayLike<number>): { x: ArrayLike<number>; y: ArrayLike<number>; n: number } {
  const nx = checkSignal(fn, 'x', x, { allowEmpty: false }).length;
  const ny = checkSignal(fn, 'y', y, { allowEmpty: false }).length;
  if (nx === ny) return { x, y, n: nx };
  const n = Math.max(nx, ny);
  const pad = (s: ArrayLike<number>): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < s.length; i++) out[i] = s[i]!;
    return out;
  };
  return nx < ny ? { x: pad(x), y, n } : { x, y: pad(y), n };
}

/** Checks two signals for the cross estimators and returns their common length. */
export function checkPair(fn: string, x: ArrayLike<number>, y: ArrayLike<number>): number {
  const nx = checkSignal(fn, 'x', x, { allowEmpty: false }).length;
  const ny = checkSignal(fn, 'y', y, { allowEmpty: false }).length;
  if (nx !== ny) {
    throw new RangeError(`${fn}: y must have the same length as x (x has ${nx} samples, y has ${ny})`);
  }
  return nx;
}

/** Resolves and validates options for a signal of length n (throws RangeError/TypeError naming fn and parameter). */
export function resolveSegmentPlan(fn: string, n: number, opts: SegmentOptions, defaults: SegmentDefaults = WELCH_DEFAULTS): SegmentPlan {
  const fs = checkPositive(fn, 'fs', opts.fs ?? 1);
  const window = opts.window ?? defaults.window;
  let win: Float64Array;
  let nperseg: number;
  if (isWindowArray(window)) {
    if (window.length < 1) throw new RangeError(`${fn}: window array is empty`);
    nperseg = opts.nperseg === undefined ? window.length : checkInt(fn, 'nperseg', opts.nperseg, 1);
    if (nperseg !== window.length) {
      throw new RangeError(`${fn}: nperseg (${nperseg}) must equal the window array's length (${window.length})`);
    }
    if (nperseg > n) throw new RangeError(`${fn}: the window (${nperseg} samples) is longer than the signal (${n} samples)`);
    win = checkFiniteVector(fn, 'window', window);
  } else {
    if (opts.nperseg === undefined) {
      // scipy: the default 256 is clipped to the signal length (with a warning there).
      nperseg = Math.min(256, n);
    } else {
      nperseg = checkInt(fn, 'nperseg', opts.nperseg, 1);
      if (nperseg > n) {
        throw new RangeError(`${fn}: nperseg (${nperseg}) is larger than the signal length (${n})`);
      }
    }
    try {
      win = getWindow(window, nperseg, { fftbins: true });
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      throw err instanceof TypeError ? new TypeError(`${fn}: window: ${msg}`) : new RangeError(`${fn}: window: ${msg}`);
    }
  }
  const nfft = opts.nfft === undefined ? nperseg : checkInt(fn, 'nfft', opts.nfft, 1);
  if (nfft < nperseg) throw new RangeError(`${fn}: nfft (${nfft}) must be >= nperseg (${nperseg})`);
  // Any integer below nperseg, as scipy: a negative overlap leaves a gap of −noverlap samples between segments.
  const noverlap =
    opts.noverlap === undefined ? defaults.noverlap(nperseg) : checkInt(fn, 'noverlap', opts.noverlap, Number.NEGATIVE_INFINITY);
  if (noverlap >= nperseg) throw new RangeError(`${fn}: noverlap (${noverlap}) must be less than nperseg (${nperseg})`);
  const detrend = checkOneOf(fn, 'detrend', opts.detrend ?? 'constant', ['constant', 'linear', false]);
  const scaling = checkOneOf(fn, 'scaling', opts.scaling ?? 'density', ['density', 'spectrum']);
  const onesided = checkBoolean(fn, 'returnOnesided', opts.returnOnesided ?? true);
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < nperseg; i++) {
    s1 += win[i]!;
    s2 += win[i]! * win[i]!;
  }
  const denom = scaling === 'density' ? fs * s2 : s1 * s1;
  if (!(denom > 0)) throw new RangeError(`${fn}: window sums to zero, cannot scale the spectrum`);
  return {
    fs,
    win,
    nperseg,
    noverlap,
    step: nperseg - noverlap,
    nfft,
    detrend,
    onesided,
    scaling,
    nfreq: onesided ? Math.floor(nfft / 2) + 1 : nfft,
    scale: 1 / denom,
  };
}


/** Number of whole segments in a signal of length n (scipy: (n − noverlap) // step). */
export function segmentCount(n: number, p: SegmentPlan): number {
  return n < p.nperseg ? 0 : Math.floor((n - p.noverlap) / p.step);
}

/** The frequency of each returned bin in Hz: `rfftfreq(nfft, 1/fs)` or `fftfreq(nfft, 1/fs)`, computed as numpy does. */
export function binFrequencies(p: SegmentPlan): Float64Array {
  const val = 1 / (p.nfft * (1 / p.fs));
  const f = new Float64Array(p.nfreq);
  if (p.onesided) {
    for (let k = 0; k < p.nfreq; k++) f[k] = k * val;
  } else {
    const pos = Math.floor((p.nfft - 1) / 2) + 1;
    for (let k = 0; k < pos; k++) f[k] = k * val;
    for (let k = pos; k < p.nfft; k++) f[k] = (k - p.nfft) * val;
  }
  return f;
}

/** Factor applied to bin k of a one-sided power spectrum (2 except DC and an even nfft's Nyquist bin). */
export function onesidedFactor(p: SegmentPlan, k: number): number {
  if (!p.onesided || k === 0) return 1;
  if (p.nfft % 2 === 0 && k === p.nfft / 2) return 1;
  return 2;
}

/** scipy's `_median_bias(n)`: the ratio of the median to the mean of n χ²₂ periodogram values. */
export function medianBias(n: number): number {
  let s = 0;
  for (let i = 1; i <= Math.floor((n - 1) / 2); i++) {
    const ii2 = 2 * i;
    s += 1 / (ii2 + 1) - 1 / ii2;
  }
  return 1 + s;
}

/**
 * Computes the windowed, detrended FFT of one segment. One instance per estimate (it owns
 * scratch buffers); returns the engine's interleaved buffer of nfreq bins (two-sided filled
 * by conjugate symmetry), overwritten by the next call.
 */
export class SegmentTransform {
  readonly plan: SegmentPlan;
  private readonly fft: RealFftPlan;
  private readonly buf: Float64Array;
  private readonly out: Float64Array;
  private readonly tc: Float64Array | null;
  private readonly tcSq: number;

  constructor(plan: SegmentPlan) {
    this.plan = plan;
    this.fft = realFftPlan(plan.nfft);
    this.buf = new Float64Array(plan.nfft);
    // own output buffer: plans are shared by size (a cross spectrum holds two segments' transforms at once)
    this.out = new Float64Array(plan.onesided ? 2 * this.fft.bins : 2 * plan.nfft);
    if (plan.detrend === 'linear') {
      const n = plan.nperseg;
      this.tc = new Float64Array(n);
      let s = 0;
      for (let i = 0; i < n; i++) {
        const t = i - (n - 1) / 2;
        this.tc[i] = t;
        s += t * t;
      }
      this.tcSq = s;
    } else {
      this.tc = null;
      this.tcSq = 0;
    }
  }

  /** FFT of segment `x[start … start+nperseg)`; `x` is read only. */
  transform(x: ArrayLike<number>, start: number): Float64Array {
    const { nperseg, win, detrend } = this.plan;
    const buf = this.buf;
    if (detrend === false) {
      for (let i = 0; i < nperseg; i++) buf[i] = x[start + i]! * win[i]!;
    } else {
      let sum = 0;
      for (let i = 0; i < nperseg; i++) sum += x[start + i]!;
      const mean = sum / nperseg;
      if (detrend === 'constant') {
        for (let i = 0; i < nperseg; i++) buf[i] = (x[start + i]! - mean) * win[i]!;
      } else {
        // Least-squares line through the segment: x ≈ mean + slope·(i − (n−1)/2).
        const tc = this.tc!;
        let st = 0;
        for (let i = 0; i < nperseg; i++) st += tc[i]! * x[start + i]!;
        const slope = this.tcSq > 0 ? st / this.tcSq : 0;
        for (let i = 0; i < nperseg; i++) buf[i] = (x[start + i]! - mean - slope * tc[i]!) * win[i]!;
      }
    }
    // buf[nperseg … nfft) stays zero (zero padding).
    const spec = this.fft.forward(buf);
    const out = this.out;
    if (this.plan.onesided) {
      out.set(spec);
      return out;
    }
    const nfft = this.plan.nfft;
    const bins = this.fft.bins;
    out.set(spec.subarray(0, 2 * bins));
    for (let k = bins; k < nfft; k++) {
      out[2 * k] = spec[2 * (nfft - k)]!;
      out[2 * k + 1] = -spec[2 * (nfft - k) + 1]!;
    }
    return out;
  }
}

/** Median of `a[0 … n)`, sorting `a` in place (numpy's rule: mean of the two middle values for even n). */
export function medianInPlace(a: Float64Array, n: number): number {
  const v = a.subarray(0, n).sort();
  const h = n >> 1;
  return n % 2 === 1 ? v[h]! : (v[h - 1]! + v[h]!) / 2;
}

/**
 * Averaged cross spectrum conj(X)·Y over all segments (Welch's method), scaled and, for a
 * one-sided result, doubled. With `y === null` it is the auto spectrum (imaginary part zero).
 */
export function averagedCrossSpectrum(
  x: ArrayLike<number>,
  y: ArrayLike<number> | null,
  p: SegmentPlan,
  average: SpectralAverage,
): ComplexArray & { segments: number } {
  const n = x.length;
  const nseg = segmentCount(n, p);
  const nfreq = p.nfreq;
  const tx = new SegmentTransform(p);
  const ty = y === null ? null : new SegmentTransform(p);
  const re = new Float64Array(nfreq);
  const im = new Float64Array(nfreq);
  const keep = average === 'median' && nseg > 1;
  const allRe = keep ? new Float64Array(nseg * nfreq) : null;
  const allIm = keep && y !== null ? new Float64Array(nseg * nfreq) : null;
  for (let s = 0; s < nseg; s++) {
    const start = s * p.step;
    const X = tx.transform(x, start);
    if (ty === null) {
      if (allRe) {
        const off = s * nfreq;
        for (let k = 0; k < nfreq; k++) {
          const a = X[2 * k]!, b = X[2 * k + 1]!;
          allRe[off + k] = a * a + b * b;
        }
      } else {
        for (let k = 0; k < nfreq; k++) {
          const a = X[2 * k]!, b = X[2 * k + 1]!;
          re[k] = re[k]! + (a * a + b * b);
        }
      }
    } else {
      const Y = ty.transform(y!, start);
      for (let k = 0; k < nfreq; k++) {
        const xr = X[2 * k]!, xi = X[2 * k + 1]!;
        const yr = Y[2 * k]!, yi = Y[2 * k + 1]!;
        const pr = xr * yr + xi * yi;
        const pi = xr * yi - xi * yr;
        if (allRe) {
          allRe[s * nfreq + k] = pr;
          allIm![s * nfreq + k] = pi;
        } else {
          re[k] = re[k]! + pr;
          im[k] = im[k]! + pi;
        }
      }
    }
  }
  if (allRe) {
    const col = new Float64Array(nseg);
    const bias = medianBias(nseg);
    for (let k = 0; k < nfreq; k++) {
      const f = p.scale * onesidedFactor(p, k);
      for (let s = 0; s < nseg; s++) col[s] = allRe[s * nfreq + k]! * f;
      re[k] = medianInPlace(col, nseg) / bias;
      if (allIm) {
        for (let s = 0; s < nseg; s++) col[s] = allIm[s * nfreq + k]! * f;
        im[k] = medianInPlace(col, nseg) / bias;
      }
    }
  } else {
    for (let k = 0; k < nfreq; k++) {
      const f = (p.scale * onesidedFactor(p, k)) / nseg;
      re[k] = re[k]! * f;
      im[k] = im[k]! * f;
    }
  }
  return { re, im, segments: nseg };
}
