import type { ComplexArray } from '@rxdsp/core';
import { complexFft } from './complexFft';
import { checkFinite, checkFiniteVector } from '@rxdsp/core';

/** Method of {@link minimumPhase} (scipy's `method`). */
export type MinimumPhaseMethod = 'homomorphic' | 'hilbert';

/**
 * Options of {@link minimumPhase}.
 *
 * ## Example
 * ```ts
 * import { minimumPhase, type MinimumPhaseOptions } from '@rxdsp/filters';
 * const o: MinimumPhaseOptions = { method: 'homomorphic', half: false };
 * ```
 */
export interface MinimumPhaseOptions {
  /** `'homomorphic'` (default, cepstral) or `'hilbert'` (discrete Hilbert transform of the shifted magnitude). */
  readonly method?: MinimumPhaseMethod;
  /**
   * FFT length, an integer ≥ h.length (default: the power of two ≥ 2·(h.length − 1)/0.01, as in scipy; any length
   * is supported).
   */
  readonly nFft?: number;
  /**
   * `true` (default): the result has about half the length, and its magnitude response is the square root of that
   * of `h` (scipy's traditional behaviour). `false` (homomorphic only): the result has the length of `h` and the same
   * magnitude response.
   */
  readonly half?: boolean;
}

const real = (x: ArrayLike<number>): ComplexArray => ({ re: Float64Array.from(x), im: new Float64Array(x.length) });

/** The zero-padded spectrum of `h` on nFft points. */
function spectrum(h: number[], nFft: number): ComplexArray {
  const x = new Float64Array(nFft);
  x.set(h);
  return complexFft(real(x));
}

/** Stage: homomorphic method — fold the real cepstrum of log|H| (halved when `half`) onto positive quefrencies. */
function homomorphic(h: number[], nFft: number, half: boolean): Float64Array {
  const H = spectrum(h, nFft);
  const mag = new Float64Array(nFft);
  let minPositive = Infinity;
  for (let k = 0; k < nFft; k++) {
    const m = Math.hypot(H.re[k] as number, H.im[k] as number);
    mag[k] = m;
    if (m > 0) minPositive = Math.min(minPositive, m);
  }
  const logMag = new Float64Array(nFft);
  for (let k = 0; k < nFft; k++) {
    const v = Math.log((mag[k] as number) + 1e-7 * minPositive);
    logMag[k] = half ? 0.5 * v : v;
  }
  const cep = complexFft(real(logMag), true).re;
  const stop = Math.floor(nFft / 2);
  const folded = new Float64Array(nFft);
  folded[0] = cep[0] as number;
  for (let i = 1; i < stop; i++) folded[i] = 2 * (cep[i] as number);
  if (nFft % 2 === 1) folded[stop] = cep[stop] as number;
  const F = complexFft(real(folded));
  const E: ComplexArray = { re: new Float64Array(nFft), im: new Float64Array(nFft) };
  for (let k = 0; k < nFft; k++) {
    const r = Math.exp(F.re[k] as number);
    E.re[k] = r * Math.cos(F.im[k] as number);
    E.im[k] = r * Math.sin(F.im[k] as number);
  }
  return complexFft(E, true).re;
}

/** Stage: Hilbert method — shift and scale the zero-phase response to be ≥ 0, take its square root, then the DHT. */
function hilbert(h: number[], nFft: number): Float64Array {
  const nHalf = Math.floor(h.length / 2);
  const H = spectrum(h, nFft);
  const zero = new Float64Array(nFft);
  let max = -Infinity;
  let min = Infinity;
  for (let k = 0; k < nFft; k++) {
    const w = k * ((2 * Math.PI) / nFft * nHalf);
    const v = (H.re[k] as number) * Math.cos(w) - (H.im[k] as number) * Math.sin(w);
    zero[k] = v;
    max = Math.max(max, v);
    min = Math.min(min, v);
  }
  const dp = max - 1;
  const ds = 0 - min;
  const s = 4 / (Math.sqrt(1 + dp + ds) + Math.sqrt(1 - dp + ds)) ** 2;
  const mag = new Float64Array(nFft);
  for (let k = 0; k < nFft; k++) mag[k] = Math.sqrt(((zero[k] as number) + ds) * s) + 1e-10;
  return discreteHilbertMinimum(mag);
}

/** scipy's `_dhtm`: the minimum-phase sequence whose magnitude response is `mag`, by the discrete Hilbert transform. */
function discreteHilbertMinimum(mag: Float64Array): Float64Array {
  const n = mag.length;
  const logMag = Float64Array.from(mag, Math.log);
  const cep = complexFft(real(logMag), true);
  const mid = Math.floor(n / 2);
  for (let i = 0; i < n; i++) {
    const sig = i === 0 || i === mid ? 0 : i < mid ? 1 : -1;
    cep.re[i] = (cep.re[i] as number) * sig;
    cep.im[i] = (cep.im[i] as number) * sig;
  }
  const F = complexFft(cep);
  const E: ComplexArray = { re: new Float64Array(n), im: new Float64Array(n) };
  for (let k = 0; k < n; k++) {
    // mag · exp(F), F complex
    const r = (mag[k] as number) * Math.exp(F.re[k] as number);
    E.re[k] = r * Math.cos(F.im[k] as number);
    E.im[k] = r * Math.sin(F.im[k] as number);
  }
  return complexFft(E, true).re;
}

/**
 * Converts a linear-phase FIR filter to minimum phase, as scipy's `signal.minimum_phase` (scipy ≥ 1.14 semantics,
 * including `half`): the energy moves to the start of the impulse response, so the latency drops from
 * (n − 1)/2 samples to almost none.
 *
 * `'homomorphic'` (default) folds the real cepstrum; with `half: true` the result has ⌊n/2⌋ + (n mod 2) taps and a
 * magnitude response that is the square root of the original's (so a −80 dB stopband becomes −40 dB); with
 * `half: false` it keeps n taps and the original magnitude. `'hilbert'` suits equiripple (remez) filters and always
 * halves. The quality depends on `nFft`: larger is more accurate.
 *
 * ## Example
 * ```ts
 * import { firwin, minimumPhase } from '@rxdsp/filters';
 * const linear = firwin(101, 1000, { fs: 48000 });
 * const minPhase = minimumPhase(linear, { half: false }); // same magnitude, 101 taps, ~no delay
 * ```
 *
 * @param h - The linear-phase (symmetric) impulse response, at least 3 finite numbers.
 * @param options - `method`, `nFft`, `half`.
 * @returns The minimum-phase impulse response.
 * @throws RangeError for an `h` shorter than 3, an unknown method, `nFft` < h.length, or `half: false` with `'hilbert'`.
 */
export function minimumPhase(h: ArrayLike<number>, options: MinimumPhaseOptions = {}): Float64Array {
  const fn = 'minimumPhase';
  const taps = Array.from(checkFiniteVector(fn, 'h', h, { scalar: true, allowEmpty: true }));
  if (taps.length <= 2) throw new RangeError(`${fn}: h must have at least 3 samples, got ${taps.length}`);
  const method = options.method ?? 'homomorphic';
  if (method !== 'homomorphic' && method !== 'hilbert') {
    throw new RangeError(`${fn}: method must be 'homomorphic' or 'hilbert', got ${JSON.stringify(method)}`);
  }
  const half = options.half ?? true;
  if (typeof half !== 'boolean') throw new TypeError(`${fn}: half must be a boolean, got ${String(half)}`);
  if (method === 'hilbert' && !half) throw new RangeError(`${fn}: half: false is only supported with method 'homomorphic'`);
  let nFft: number;
  if (options.nFft === undefined) {
    nFft = 2 ** Math.ceil(Math.log2((2 * (taps.length - 1)) / 0.01));
  } else {
    checkFinite(fn, 'nFft', options.nFft);
    if (!Number.isInteger(options.nFft) || options.nFft < taps.length) {
      throw new RangeError(`${fn}: nFft must be an integer ≥ h.length = ${taps.length}, got ${options.nFft}`);
    }
    nFft = options.nFft;
  }
  const full = method === 'hilbert' ? hilbert(taps, nFft) : homomorphic(taps, nFft, half);
  const nHalf = Math.floor(taps.length / 2);
  const nOut = half ? nHalf + (taps.length % 2) : taps.length;
  return full.slice(0, nOut);
}
