import { getWindow, type WindowSpec, checkFinite, checkFiniteVector, checkInt, checkPositive } from '@rxdsp/core';

/**
 * Options of {@link firwin2}.
 *
 * ## Example
 * ```ts
 * import { firwin2, type Firwin2Options } from '@rxdsp/filters';
 * const o: Firwin2Options = { fs: 48000, window: ['kaiser', 8] };
 * const h = firwin2(101, [0, 1000, 2000, 24000], [1, 1, 0, 0], o);
 * ```
 */
export interface Firwin2Options {
  /** Sampling rate in Hz (> 0); `freq` is then in Hz up to fs/2. Default 2 (frequencies normalised to Nyquist = 1). */
  readonly fs?: number;
  /**
   * Size of the interpolation grid from 0 to Nyquist, an integer > numtaps (default 1 + the smallest power of two
   * ≥ numtaps, as in scipy).
   */
  readonly nfreqs?: number;
  /** The window (see `getWindow`, symmetric form) or `null` for none. Default `'hamming'`. */
  readonly window?: WindowSpec | null;
  /**
   * `true`: an antisymmetric impulse response (type III for odd numtaps, type IV for even), for differentiators and
   * Hilbert transformers. Default `false` (type I / II).
   */
  readonly antisymmetric?: boolean;
}

/** Stage 1: the checked breakpoints; a repeated frequency (a jump) is split by ±ε·nyq as scipy does. */
function breakpoints(fn: string, freq: number[], gain: number[], nyq: number): number[] {
  if (freq.length !== gain.length) {
    throw new RangeError(`${fn}: freq and gain must have the same length, got ${freq.length} and ${gain.length}`);
  }
  if (freq.length < 2) throw new RangeError(`${fn}: freq needs at least the two points 0 and fs/2, got ${freq.length}`);
  if (freq[0] !== 0 || freq[freq.length - 1] !== nyq) {
    throw new RangeError(`${fn}: freq must start with 0 and end with fs/2 = ${nyq}, got [${freq[0]} … ${freq[freq.length - 1]}]`);
  }
  for (let k = 1; k < freq.length; k++) {
    if ((freq[k] as number) < (freq[k - 1] as number)) {
      throw new RangeError(`${fn}: freq must be nondecreasing, but freq[${k}] = ${freq[k]} < freq[${k - 1}] = ${freq[k - 1]}`);
    }
    if (k >= 2 && freq[k] === freq[k - 2]) throw new RangeError(`${fn}: the value ${freq[k]} occurs more than twice in freq`);
  }
  if (freq[1] === 0) throw new RangeError(`${fn}: the value 0 must not be repeated in freq`);
  if (freq[freq.length - 2] === nyq) throw new RangeError(`${fn}: the value fs/2 = ${nyq} must not be repeated in freq`);
  const f = freq.slice();
  const eps = Number.EPSILON * nyq;
  for (let k = 0; k < f.length - 1; k++) {
    if (f[k] === f[k + 1]) {
      f[k] = (f[k] as number) - eps;
      f[k + 1] = (f[k + 1] as number) + eps;
    }
  }
  for (let k = 0; k < f.length - 1; k++) {
    if (!((f[k + 1] as number) > (f[k] as number))) {
      throw new RangeError(`${fn}: freq cannot contain numbers closer than ε·(fs/2) = ${eps} to a repeated value (at freq[${k}])`);
    }
  }
  return f;
}

/** numpy's `interp` for increasing `xp` (x within [xp[0], xp[last]]). */
function interp(x: number, xp: number[], fp: number[]): number {
  const last = xp.length - 1;
  if (x >= (xp[last] as number)) return fp[last] as number;
  if (x <= (xp[0] as number)) return fp[0] as number;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((xp[mid] as number) <= x) lo = mid;
    else hi = mid;
  }
  const slope = ((fp[lo + 1] as number) - (fp[lo] as number)) / ((xp[lo + 1] as number) - (xp[lo] as number));
  return slope * (x - (xp[lo] as number)) + (fp[lo] as number);
}

/**
 * Stage 2: the first `numtaps` samples of the inverse real DFT (length 2·(nfreqs − 1)) of the desired gain with the
 * linear phase of a delay of (numtaps − 1)/2 samples (times j for the antisymmetric types), evaluated directly.
 */
function impulseResponse(numtaps: number, nfreqs: number, f: number[], gain: number[], nyq: number, antisym: boolean): Float64Array {
  const size = 2 * (nfreqs - 1);
  const half = nfreqs - 1;
  const xr = new Float64Array(nfreqs);
  const xi = new Float64Array(nfreqs);
  const step = nyq / (nfreqs - 1);
  const c = -(numtaps - 1) / 2;
  for (let k = 0; k < nfreqs; k++) {
    const x = k === nfreqs - 1 ? nyq : k * step;
    const g = interp(x, f, gain);
    const theta = (c * Math.PI * x) / nyq;
    let sr = Math.cos(theta);
    let si = Math.sin(theta);
    if (antisym) [sr, si] = [-si, sr];
    xr[k] = g * sr;
    xi[k] = g * si;
  }
  const h = new Float64Array(numtaps);
  for (let n = 0; n < numtaps; n++) {
    let s = (xr[0] as number) + (n % 2 === 0 ? 1 : -1) * (xr[half] as number);
    for (let k = 1; k < half; k++) {
      const a = (2 * Math.PI * ((k * n) % size)) / size;
      s += 2 * ((xr[k] as number) * Math.cos(a) - (xi[k] as number) * Math.sin(a));
    }
    h[n] = s / size;
  }
  return h;
}

/**
 * FIR filter design by frequency sampling and windowing, as scipy's `signal.firwin2`: the desired gain, given
 * piecewise linearly at the breakpoints `freq`, is sampled on `nfreqs` points, given the linear phase of a delay of
 * (numtaps − 1)/2 samples, inverse-transformed and windowed. A frequency given twice makes a jump in the gain.
 *
 * Types (scipy's rules): odd numtaps is type I, even type II (gain at fs/2 must be 0); with `antisymmetric`, odd is
 * type III (gain 0 at 0 and fs/2) and even type IV (gain 0 at 0).
 * Latency: (numtaps − 1)/2 samples (linear phase).
 *
 * ## Example
 * ```ts
 * import { firwin2 } from '@rxdsp/filters';
 * // lowpass with a linear transition from 0.4 to 0.5 (× Nyquist)
 * const h = firwin2(151, [0, 0.4, 0.5, 1], [1, 1, 0, 0]);
 * // differentiator (type IV)
 * const d = firwin2(32, [0, 1], [0, 1], { antisymmetric: true, window: null });
 * ```
 *
 * @param numtaps - Number of taps, an integer ≥ 1 (< nfreqs).
 * @param freq - Breakpoints from 0 to fs/2 (Hz with `fs`, else × Nyquist), nondecreasing, each value at most twice.
 * @param gain - Desired gain at each breakpoint (same length as `freq`).
 * @param options - `fs` (Hz), `nfreqs`, `window`, `antisymmetric`.
 * @returns The `numtaps` filter coefficients.
 * @throws RangeError for bad `numtaps`, `fs`, `nfreqs`, breakpoints, or a gain that the filter type forces to 0.
 */
export function firwin2(numtaps: number, freq: ArrayLike<number>, gain: ArrayLike<number>, options: Firwin2Options = {}): Float64Array {
  const fn = 'firwin2';
  checkInt(fn, 'numtaps', numtaps);
  const fs = options.fs ?? 2;
  checkPositive(fn, 'fs', fs);
  const nyq = fs / 2;
  const f = Array.from(checkFiniteVector(fn, 'freq', freq, { scalar: true, allowEmpty: true }));
  const g = Array.from(checkFiniteVector(fn, 'gain', gain, { scalar: true, allowEmpty: true }));
  const antisym = options.antisymmetric ?? false;
  if (typeof antisym !== 'boolean') throw new TypeError(`${fn}: antisymmetric must be a boolean, got ${String(antisym)}`);
  if (options.nfreqs !== undefined) {
    checkFinite(fn, 'nfreqs', options.nfreqs);
    if (!Number.isInteger(options.nfreqs) || options.nfreqs <= numtaps) {
      throw new RangeError(`${fn}: nfreqs must be an integer > numtaps = ${numtaps}, got ${options.nfreqs}`);
    }
  }
  const split = breakpoints(fn, f, g, nyq);
  const type = antisym ? (numtaps % 2 === 0 ? 4 : 3) : numtaps % 2 === 0 ? 2 : 1;
  const g0 = g[0] as number;
  const gn = g[g.length - 1] as number;
  if (type === 2 && gn !== 0) throw new RangeError(`${fn}: a type II filter (even numtaps) must have gain 0 at fs/2, got ${gn}`);
  if (type === 3 && (g0 !== 0 || gn !== 0)) {
    throw new RangeError(`${fn}: a type III filter (antisymmetric, odd numtaps) must have gain 0 at 0 and fs/2, got ${g0} and ${gn}`);
  }
  if (type === 4 && g0 !== 0) throw new RangeError(`${fn}: a type IV filter (antisymmetric, even numtaps) must have gain 0 at 0, got ${g0}`);
  // scipy: 1 + 2 ** ceil(log(numtaps, 2)), with log(x, 2) = ln x / ln 2 (so its rounding decides exact powers of two)
  const nfreqs = options.nfreqs ?? 1 + 2 ** Math.ceil(Math.log(numtaps) / Math.log(2));
  const h = impulseResponse(numtaps, nfreqs, split, g, nyq, antisym);
  const window = options.window === undefined ? 'hamming' : options.window;
  if (window !== null) {
    let win: Float64Array;
    try {
      win = getWindow(window, numtaps, { fftbins: false });
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      throw err instanceof TypeError ? new TypeError(`${fn}: options.window: ${msg}`) : new RangeError(`${fn}: options.window: ${msg}`);
    }
    for (let i = 0; i < numtaps; i++) h[i] = (h[i] as number) * (win[i] as number);
  }
  if (type === 3) h[Math.floor(numtaps / 2)] = 0;
  return h;
}
