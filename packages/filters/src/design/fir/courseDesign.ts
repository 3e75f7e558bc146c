// Internal: the order estimates and designs of the course helpers (scikit-dsp-comm's fir_design_helper), shared by
// firRemez* and firKaiser*. Not exported from the package.
import { checkFinite, checkPositive, kaiser } from '@rxdsp/core';
import { kaiserBeta } from './kaiserBeta';
import { remez } from './remez';
import { RemezConvergenceError } from './RemezConvergenceError';
import { sinc } from './sinc';

/**
 * Which order estimate the `firRemez*` helpers use.
 * - `'herrmann-mintzer-liu'` (default): scikit-dsp-comm's current `lowpass_order` / `bandpass_order` / `bandstop_order`:
 *   Herrmann–Rabiner–Chan's formula for lowpass and highpass, Mintzer–Liu's for bandpass and bandstop; length ⌊N⌋.
 * - `'remezord'`: the 2018 course's `optfir.remezord`: Herrmann's lowpass formula applied to every transition band, the
 *   longest wins; length ⌈N⌉ − 1. This is the estimate behind the course's 182-tap bandpass (with `nBump: 18`).
 *
 * ## Example
 * ```ts
 * import { firRemezBandpass } from '@rxdsp/filters';
 * firRemezBandpass(2700, 3200, 4800, 5300, 0.5, 50, 48000).length;                                          // 179
 * firRemezBandpass(2700, 3200, 4800, 5300, 0.5, 50, 48000, { orderEstimate: 'remezord', nBump: 18 }).length; // 182
 * ```
 */
export type RemezOrderEstimate = 'herrmann-mintzer-liu' | 'remezord';

/**
 * Options of the `firRemez*` helpers.
 *
 * ## Example
 * ```ts
 * import { firRemezLowpass, type FirRemezHelperOptions } from '@rxdsp/filters';
 * const opts: FirRemezHelperOptions = { nBump: 8 };
 * const taps = firRemezLowpass(5000, 6000, 0.5, 60, 48000, opts);
 * ```
 */
export interface FirRemezHelperOptions {
  /** Taps added to (or, negative, removed from) the estimated length, as the course's `N_bump`. Default 5. */
  readonly nBump?: number;
  /** The order estimate (see {@link RemezOrderEstimate}). Default `'herrmann-mintzer-liu'`. */
  readonly orderEstimate?: RemezOrderEstimate;
  /** Wall-clock budget of the Remez exchange in ms (see {@link RemezOptions.timeBudgetMs}). Default 5000. */
  readonly timeBudgetMs?: number;
}

/**
 * Options of the `firKaiser*` helpers.
 *
 * ## Example
 * ```ts
 * import { firKaiserLowpass, type FirKaiserHelperOptions } from '@rxdsp/filters';
 * const opts: FirKaiserHelperOptions = { nBump: 2 };
 * const taps = firKaiserLowpass(5000, 6000, 60, 48000, opts);
 * ```
 */
export interface FirKaiserHelperOptions {
  /** Added to the estimated filter order M (taps = M + 1), as the course's `N_bump`. Default 0. */
  readonly nBump?: number;
}

/** Passband and stopband deviations from dB specs, as the course defines them. */
export function deviations(dPassDb: number, dStopDb: number): { dp: number; ds: number } {
  return { dp: 1 - 10 ** (-dPassDb / 20), ds: 10 ** (-dStopDb / 20) };
}

/** Herrmann, Rabiner & Chan (1973): estimated length of an equiripple lowpass of transition width df (cycles/sample). */
export function herrmannLength(df: number, dp: number, ds: number, b2 = 0.51244): number {
  const lp = Math.log10(dp);
  const ls = Math.log10(ds);
  const dinf = ls * (5.309e-3 * lp ** 2 + 7.114e-2 * lp - 4.761e-1) + (-2.66e-3 * lp ** 2 - 5.941e-1 * lp - 4.278e-1);
  const f = 11.01217 + b2 * (lp - ls);
  return dinf / df - f * df + 1;
}

/** Mintzer & Liu (1979): estimated length of an equiripple bandpass of (narrowest) transition width df (cycles/sample). */
export function mintzerLiuLength(df: number, dp: number, ds: number): number {
  const lp = Math.log10(dp);
  const ls = Math.log10(ds);
  const cinf = ls * (0.01201 * lp ** 2 + 0.09664 * lp - 0.51325) + (0.00203 * lp ** 2 - 0.5705 * lp - 0.44314);
  const g = -14.6 * Math.log10(dp / ds) - 16.9;
  return cinf / df + g * df + 1;
}

/** optfir.remezord: order and weights for band edges `cuts` (Hz), band gains `mags`, deviations `devs`. */
export function remezord(cuts: readonly number[], mags: readonly number[], devs: readonly number[], fs: number): { order: number; weight: number[] } {
  const f = cuts.map((c) => c / fs);
  const d = devs.map((v, i) => ((mags[i] as number) !== 0 ? v / (mags[i] as number) : v));
  const f1 = f.filter((_, i) => i % 2 === 0);
  const f2 = f.filter((_, i) => i % 2 === 1);
  const nb = mags.length;
  let length = 0;
  const b2 = 0.5124401;
  if (nb === 2) {
    let k = 0;
    for (let i = 1; i < f1.length; i++) if ((f2[i] as number) - (f1[i] as number) < (f2[k] as number) - (f1[k] as number)) k = i;
    length = herrmannLength(Math.abs((f2[k] as number) - (f1[k] as number)), d[0] as number, d[1] as number, b2);
  } else {
    for (let i = 1; i < nb - 1; i++) {
      length = Math.max(length, herrmannLength(Math.abs((f2[i - 1] as number) - (f1[i - 1] as number)), d[i] as number, d[i - 1] as number, b2));
      length = Math.max(length, herrmannLength(Math.abs((f2[i] as number) - (f1[i] as number)), d[i] as number, d[i + 1] as number, b2));
    }
  }
  const maxDev = Math.max(...d);
  return { order: Math.ceil(length) - 1, weight: d.map((v) => maxDev / v) };
}

/** Checks the common helper arguments: finite positive fs, frequencies strictly increasing inside (0, fs/2), dB > 0. */
export function checkCourseArgs(fn: string, names: readonly string[], freqs: readonly number[], dbNames: readonly string[], dbs: readonly number[], fs: number): void {
  checkPositive(fn, 'fs', fs);
  freqs.forEach((f, i) => {
    const name = names[i] as string;
    checkFinite(fn, name, f);
    if (f <= 0 || f >= fs / 2) {
      throw new RangeError(`${fn}: ${name} = ${String(f)} Hz must lie strictly between 0 and fs/2 = ${fs / 2} Hz`);
    }
    if (i > 0 && !(f > (freqs[i - 1] as number))) {
      throw new RangeError(`${fn}: band edges must increase: ${name} = ${f} Hz is not above ${names[i - 1] as string} = ${freqs[i - 1] as number} Hz`);
    }
  });
  dbs.forEach((v, i) => checkPositive(fn, dbNames[i] as string, v));
}

/** Checks the estimated-plus-bumped length before designing. */
export function checkLength(fn: string, numtaps: number, min: number): void {
  if (!(numtaps >= min)) {
    throw new RangeError(`${fn}: the estimated length plus nBump is ${numtaps} taps, fewer than ${min}; raise nBump or relax the spec`);
  }
}

/** Multiplies taps by (−1)ⁿ: moves the response by fs/2 (lowpass ↔ highpass). */
export function modulateByNyquist(h: Float64Array): Float64Array {
  for (let i = 1; i < h.length; i += 2) h[i] = -(h[i] as number);
  return h;
}

/** Remez design with edges in Hz, as the course calls it: remez(numtaps, 2·edges/fs, desired, weight, fs = 2). */
export function courseRemez(
  numtaps: number,
  edgesHz: readonly number[],
  desired: readonly number[],
  weight: readonly number[],
  fs: number,
  fn = 'remez',
  timeBudgetMs?: number,
): Float64Array {
  const ff = edgesHz.map((e) => (2 * e) / fs);
  try {
    return remez(numtaps, ff, desired, { weight, fs: 2, ...(timeBudgetMs === undefined ? {} : { timeBudgetMs }) });
  } catch (err) {
    // name the helper the user called, and the length its spec asked for
    if (err instanceof RemezConvergenceError) {
      throw new RemezConvergenceError(`${fn}: ${numtaps} taps: ${err.message.replace(/^remez: /, '')}`, err.iterations, err.deviation, err.reason);
    }
    if (err instanceof RangeError) throw new RangeError(err.message.replace(/^remez: /, `${fn}: `));
    throw err;
  }
}

/**
 * The course's Kaiser-window lowpass prototype: order M = ⌈(A − 8)/(2.285·Δω)⌉ + nBump (made even when `evenOrder`),
 * β = kaiserBeta(A), taps normalised to unit DC gain. fPass/fStop in Hz.
 */
export function kaiserPrototype(fn: string, fPass: number, fStop: number, dStopDb: number, fs: number, nBump: number, evenOrder: boolean): { h: Float64Array; m: number } {
  const wc = (2 * Math.PI * (fPass + fStop)) / 2 / fs;
  const deltaW = (2 * Math.PI * (fStop - fPass)) / fs;
  let m = Math.ceil((dStopDb - 8) / (2.285 * deltaW));
  m += nBump;
  if (evenOrder && m % 2 !== 0) m += 1;
  const numtaps = m + 1;
  checkLength(fn, numtaps, 1);
  const w = kaiser(numtaps, kaiserBeta(dStopDb));
  const h = new Float64Array(numtaps);
  let sum = 0;
  for (let n = 0; n < numtaps; n++) {
    h[n] = (wc / Math.PI) * sinc((wc / Math.PI) * (n - m / 2)) * (w[n] as number);
    sum += h[n] as number;
  }
  for (let n = 0; n < numtaps; n++) h[n] = (h[n] as number) / sum;
  return { h, m };
}

/** Shared by the lowpass and (mirrored) highpass helpers. */
export function lowpassDesign(
  fn: string,
  fPass: number,
  fStop: number,
  dPassDb: number,
  dStopDb: number,
  fs: number,
  nBump: number,
  estimate: FirRemezHelperOptions['orderEstimate'],
  timeBudgetMs?: number,
): Float64Array {
  const { dp, ds } = deviations(dPassDb, dStopDb);
  let order: number;
  let weight: number[];
  if (estimate === 'remezord') {
    ({ order, weight } = remezord([fPass, fStop], [1, 0], [dp, ds], fs));
  } else if (estimate === 'herrmann-mintzer-liu') {
    order = Math.trunc(herrmannLength((fStop - fPass) / fs, dp, ds));
    weight = [1, dp / ds];
  } else {
    throw new RangeError(`${fn}: orderEstimate must be 'herrmann-mintzer-liu' or 'remezord', got ${JSON.stringify(estimate)}`);
  }
  const numtaps = order + nBump;
  checkLength(fn, numtaps, 2);
  return courseRemez(numtaps, [0, fPass, fStop, fs / 2], [1, 0], weight, fs, fn, timeBudgetMs);
}
