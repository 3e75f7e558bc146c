import { type Complex, cabs, cadd, cdiv, cexp, cmul, cscale } from './complex';
import type { BA } from './types';
import { checkFinite, checkInt, checkOptions, checkPositive } from '@rxdsp/core';

/**
 * Options of {@link gammatone}.
 *
 * ## Example
 * ```ts
 * import { gammatone, type GammatoneOptions } from '@rxdsp/filters';
 * const o: GammatoneOptions = { fs: 16000, order: 4, numtaps: 240 };
 * const { b } = gammatone(1000, 'fir', o);
 * ```
 */
export interface GammatoneOptions {
  /** Sampling rate in Hz (> 0, default 2: `freq` normalised to Nyquist = 1). */
  readonly fs?: number;
  /** FIR only: order of the gammatone, an integer 1 … 24 (default 4). Not accepted for `'iir'`. */
  readonly order?: number;
  /** FIR only: length in taps, an integer ≥ 1 (default max(⌊0.015·fs⌋, 15)). Not accepted for `'iir'`. */
  readonly numtaps?: number;
}

/** Equivalent rectangular bandwidth (Hz) of the auditory filter at `hz` (Glasberg & Moore, as scipy). */
function erb(hz: number): number {
  return hz / 9.26449 + 24.7;
}

function firGammatone(freq: number, fs: number, order: number, numtaps: number): BA {
  const bw = 1.019 * erb(freq);
  let factorial = 1;
  for (let i = 2; i <= order - 1; i++) factorial *= i;
  let scale = 2 * (2 * Math.PI * bw) ** order;
  scale /= factorial;
  scale /= fs;
  const b = new Float64Array(numtaps);
  for (let i = 0; i < numtaps; i++) {
    const t = i / fs;
    b[i] = t ** (order - 1) * Math.exp(-2 * Math.PI * bw * t) * Math.cos(2 * Math.PI * freq * t) * scale;
  }
  return { b, a: Float64Array.of(1) };
}

/** Stage: the gain that normalises the 4th-order IIR gammatone to 0 dB at its centre frequency (Slaney). */
function iirGain(fr: number, bwT: number, T: number): number {
  const real = (re: number): Complex => ({ re, im: 0 });
  const g1 = cscale(cscale(cexp({ re: 0, im: 2 * fr }), -2), T);
  const g2 = cscale(cscale(cexp({ re: -bwT, im: fr }), 2), T);
  const g3 = Math.sqrt(3 + 2 ** 1.5) * Math.sin(fr);
  const g4 = Math.sqrt(3 - 2 ** 1.5) * Math.sin(fr);
  const g5 = cexp({ re: 0, im: 2 * fr });
  const factor = (c: number): Complex => cadd(g1, cmul(g2, real(Math.cos(fr) + c)));
  const g = cmul(cmul(cmul(factor(-g4), factor(g4)), factor(-g3)), factor(g3));
  // d is a small difference of terms near 2 (≈ bwT²), so its operations follow scipy's order exactly
  const e1 = Math.exp(bwT);
  const twoOnePlusG5 = cscale(cadd(real(1), g5), 2);
  const d = cadd(cadd(real(-2 / Math.exp(2 * bwT)), cscale(g5, -2)), { re: twoOnePlusG5.re / e1, im: twoOnePlusG5.im / e1 });
  const d2 = cmul(d, d);
  return cabs(cdiv(g, cmul(d2, d2)));
}

function iirGammatone(freq: number, fs: number): BA {
  const T = 1 / fs;
  const bw = 2 * Math.PI * 1.019 * erb(freq);
  const fr = 2 * freq * Math.PI * T;
  const bwT = bw * T;
  const g = iirGain(fr, bwT, T);
  const T4 = T ** 4;
  const e = (k: number): number => Math.exp(k * bw * T);
  const b = Float64Array.of(
    T4 / g,
    (-4 * T4 * Math.cos(fr)) / e(1) / g,
    (6 * T4 * Math.cos(2 * fr)) / e(2) / g,
    (-4 * T4 * Math.cos(3 * fr)) / e(3) / g,
    (T4 * Math.cos(4 * fr)) / e(4) / g,
  );
  const a = Float64Array.of(
    1,
    (-8 * Math.cos(fr)) / e(1),
    (4 * (4 + 3 * Math.cos(2 * fr))) / e(2),
    (-8 * (6 * Math.cos(fr) + Math.cos(3 * fr))) / e(3),
    (2 * (18 + 16 * Math.cos(2 * fr) + Math.cos(4 * fr))) / e(4),
    (-8 * (6 * Math.cos(fr) + Math.cos(3 * fr))) / e(5),
    (4 * (4 + 3 * Math.cos(2 * fr))) / e(6),
    (-8 * Math.cos(fr)) / e(7),
    Math.exp(-8 * bw * T),
  );
  return { b, a };
}

/**
 * Gammatone filter, the auditory-filter model of cochlear filter banks, as scipy's `signal.gammatone`: an FIR
 * sampled gammatone impulse response t^(order−1)·e^(−2π·b·t)·cos(2π·f·t) (Patterson), or a 4th-order IIR
 * approximation (Slaney's), both with bandwidth 1.019·ERB(f) and unit gain at `freq`.
 * Latency: the FIR's envelope peaks (order − 1)/(2π·b) seconds after onset.
 *
 * ## Example
 * ```ts
 * import { gammatone } from '@rxdsp/filters';
 * const fir = gammatone(1000, 'fir', { fs: 16000 });   // 240 taps, order 4
 * const iir = gammatone(1000, 'iir', { fs: 16000 });   // b: 5, a: 9 coefficients
 * ```
 *
 * @param freq - Centre frequency: Hz when `fs` is given, else × Nyquist; 0 < freq < fs/2.
 * @param ftype - `'fir'` or `'iir'`.
 * @param options - `fs` (Hz); for `'fir'` also `order` (1 … 24) and `numtaps`.
 * @returns `{ b, a }` (`a = [1]` for the FIR form).
 * @throws RangeError/TypeError for freq outside (0, fs/2), an unknown ftype, a bad order/numtaps, or order/numtaps with `'iir'`.
 */
export function gammatone(freq: number, ftype: 'fir' | 'iir', options?: GammatoneOptions): BA {
  const fn = 'gammatone';
  const o = checkOptions(fn, options, { optional: true });
  const fs = checkPositive(fn, 'fs', o.fs ?? 2);
  const f = checkFinite(fn, 'freq', freq);
  if (!(f > 0 && f < fs / 2)) throw new RangeError(`${fn}: freq must lie strictly between 0 and fs/2 = ${fs / 2}, got ${f}`);
  if (ftype !== 'fir' && ftype !== 'iir') throw new RangeError(`${fn}: ftype must be 'fir' or 'iir', got ${JSON.stringify(ftype)}`);
  if (ftype === 'iir') {
    if (o.order !== undefined || o.numtaps !== undefined) {
      throw new RangeError(`${fn}: order and numtaps apply to the 'fir' form only (the 'iir' form is 4th order), got order ${String(o.order)}, numtaps ${String(o.numtaps)}`);
    }
    return iirGammatone(f, fs);
  }
  const order = checkInt(fn, 'order', o.order ?? 4, 1);
  if (order > 24) throw new RangeError(`${fn}: order must be ≤ 24, got ${order}`);
  const numtaps = checkInt(fn, 'numtaps', o.numtaps ?? Math.max(Math.trunc(fs * 0.015), 15), 1);
  return firGammatone(f, fs, order, numtaps);
}
