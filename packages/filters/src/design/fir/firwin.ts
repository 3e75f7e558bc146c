import { getWindow, type WindowSpec, checkFinite, checkFiniteVector, checkInt, checkPositive } from '@rxdsp/core';
import { kaiserAtten } from './kaiserAtten';
import { kaiserBeta } from './kaiserBeta';
import { sinc } from './sinc';

/**
 * The response type of {@link firwin}: whether 0 Hz is in a passband, or the band type by name.
 *
 * ## Example
 * ```ts
 * import { firwin } from '@rxdsp/filters';
 * firwin(101, [1000, 3000], { fs: 48000, passZero: 'bandpass' }); // same as passZero: false
 * ```
 */
export type FirwinPassZero = boolean | 'lowpass' | 'highpass' | 'bandpass' | 'bandstop';

/**
 * Options of {@link firwin}.
 *
 * ## Example
 * ```ts
 * import { firwin, type FirwinOptions } from '@rxdsp/filters';
 * const opts: FirwinOptions = { fs: 48000, window: ['kaiser', 8.6], passZero: 'highpass' };
 * const taps = firwin(151, 300, opts);
 * ```
 */
export interface FirwinOptions {
  /**
   * The window (see `getWindow`; used in its symmetric form). Default `'hamming'`, as in scipy.
   * Ignored when `width` is given.
   */
  readonly window?: WindowSpec;
  /**
   * `true` (default): the gain at 0 Hz is 1 (lowpass, bandstop, multi-band starting with a passband);
   * `false`: 0 Hz is in a stopband (highpass, bandpass). The names `'lowpass'` and `'bandstop'` mean `true`,
   * `'highpass'` and `'bandpass'` mean `false`, and also check the number of cutoffs (1 for low/highpass, ≥ 2 otherwise).
   */
  readonly passZero?: FirwinPassZero;
  /**
   * Scale the taps so the response is exactly 1 at the centre of the first passband
   * (0 Hz if it starts at 0, fs/2 if it ends there, else its middle). Default `true`.
   */
  readonly scale?: boolean;
  /** Sampling rate in Hz; `cutoff` and `width` are in the same units. Default 2 (frequencies relative to Nyquist = 1). */
  readonly fs?: number;
  /**
   * Transition width in the units of `fs`. When given, a Kaiser window is used whose β is chosen from
   * Kaiser's formulas for this width and `numtaps` ({@link kaiserAtten}, {@link kaiserBeta}), overriding `window`.
   */
  readonly width?: number;
}

/**
 * Linear-phase FIR design by the window method (scipy's `signal.firwin`): the ideal (brick-wall) impulse response of
 * the bands given by `cutoff`, truncated to `numtaps` samples, multiplied by a symmetric window, optionally scaled.
 *
 * `cutoff` lists the band edges; bands alternate pass/stop, starting with a passband when `passZero` is true.
 * A response that passes fs/2 (highpass, bandstop, or any band set whose last band is a passband) needs an odd
 * `numtaps`: an even-length symmetric FIR (type II) always has a zero at fs/2.
 * The delay of the filter is (numtaps − 1)/2 samples.
 *
 * ## Example
 * ```ts
 * import { firwin } from '@rxdsp/filters';
 * const fs = 48000;
 * const lp = firwin(101, 4000, { fs });                                  // Hamming lowpass, 4 kHz
 * const hp = firwin(101, 300, { fs, passZero: 'highpass' });             // odd length required
 * const bp = firwin(128, [1000, 3000], { fs, passZero: false, window: ['kaiser', 8] });
 * const bs = firwin(127, [1000, 3000], { fs, window: 'blackman' });      // bandstop
 * ```
 *
 * @param numtaps - Filter length in taps, an integer ≥ 1 (odd when the response passes fs/2).
 * @param cutoff - One cutoff or a strictly increasing list of band edges, each in (0, fs/2), in the units of `fs`.
 * @param options - `window`, `passZero`, `scale`, `fs` (Hz, default 2), `width` (see {@link FirwinOptions}).
 * @returns The `numtaps` taps as a new `Float64Array` (symmetric).
 * @throws RangeError for a bad `numtaps`, `fs` or `width`; cutoffs outside (0, fs/2) or not increasing; a band-type
 *   name with the wrong number of cutoffs; an even `numtaps` for a response passing fs/2; an unknown window.
 */
export function firwin(numtaps: number, cutoff: number | ArrayLike<number>, options: FirwinOptions = {}): Float64Array {
  const fn = 'firwin';
  checkInt(fn, 'numtaps', numtaps);
  const fs = options.fs ?? 2;
  checkPositive(fn, 'fs', fs);
  const nyq = 0.5 * fs;
  const edgesHz = Array.from(checkFiniteVector(fn, 'cutoff', cutoff, { scalar: true, allowEmpty: true }));
  if (edgesHz.length === 0) throw new RangeError(`${fn}: cutoff must hold at least one frequency, got none`);
  const edges = edgesHz.map((c) => c / nyq);
  edges.forEach((c, i) => {
    if (!(c > 0 && c < 1)) {
      throw new RangeError(`${fn}: cutoff[${i}] = ${edgesHz[i] as number} must lie strictly between 0 and fs/2 = ${nyq}`);
    }
    if (i > 0 && !(c > (edges[i - 1] as number))) {
      throw new RangeError(
        `${fn}: cutoff must be strictly increasing, but cutoff[${i}] = ${edgesHz[i] as number} ≤ cutoff[${i - 1}] = ${edgesHz[i - 1] as number}`,
      );
    }
  });

  let window: WindowSpec = options.window ?? 'hamming';
  if (options.width !== undefined) {
    checkFinite(fn, 'width', options.width);
    if (!(options.width > 0)) throw new RangeError(`${fn}: width must be > 0 (a transition width in the units of fs), got ${options.width}`);
    window = ['kaiser', kaiserBeta(kaiserAtten(numtaps, options.width / nyq))];
  }

  const pz = options.passZero ?? true;
  let passZero: boolean;
  if (pz === 'lowpass' || pz === 'highpass') {
    if (edges.length !== 1) {
      throw new RangeError(`${fn}: passZero '${pz}' needs exactly one cutoff, got ${edges.length}`);
    }
    passZero = pz === 'lowpass';
  } else if (pz === 'bandpass' || pz === 'bandstop') {
    if (edges.length < 2) {
      throw new RangeError(`${fn}: passZero '${pz}' needs at least two cutoffs (band edges), got ${edges.length}`);
    }
    passZero = pz === 'bandstop';
  } else if (pz === true || pz === false) {
    passZero = pz;
  } else {
    throw new RangeError(
      `${fn}: passZero must be true, false, 'lowpass', 'highpass', 'bandpass' or 'bandstop', got ${JSON.stringify(pz)}`,
    );
  }

  const passNyquist = (edges.length % 2 === 0) === passZero;
  if (passNyquist && numtaps % 2 === 0) {
    throw new RangeError(
      `${fn}: numtaps = ${numtaps} is even, but this response passes fs/2 (highpass, bandstop or a last passband ending at ` +
        `fs/2); an even-length linear-phase FIR (type II) always has a zero at fs/2, so use an odd numtaps`,
    );
  }

  // Edges of the passbands, normalised to Nyquist = 1: [l0, r0, l1, r1, …].
  const bands = [...(passZero ? [0] : []), ...edges, ...(passNyquist ? [1] : [])];
  const alpha = 0.5 * (numtaps - 1);
  const h = new Float64Array(numtaps);
  for (let i = 0; i < numtaps; i++) {
    const m = i - alpha;
    let v = 0;
    for (let b = 0; b < bands.length; b += 2) {
      const left = bands[b] as number;
      const right = bands[b + 1] as number;
      v += right * sinc(right * m);
      v -= left * sinc(left * m);
    }
    h[i] = v;
  }

  let win: Float64Array;
  try {
    win = getWindow(window, numtaps, { fftbins: false });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw err instanceof TypeError ? new TypeError(`${fn}: options.window: ${msg}`) : new RangeError(`${fn}: options.window: ${msg}`);
  }
  for (let i = 0; i < numtaps; i++) h[i] = (h[i] as number) * (win[i] as number);

  if (options.scale ?? true) {
    const left = bands[0] as number;
    const right = bands[1] as number;
    const f = left === 0 ? 0 : right === 1 ? 1 : 0.5 * (left + right);
    let s = 0;
    for (let i = 0; i < numtaps; i++) s += (h[i] as number) * Math.cos(Math.PI * (i - alpha) * f);
    for (let i = 0; i < numtaps; i++) h[i] = (h[i] as number) / s;
  }
  return h;
}
