import { checkInt } from '@rxdsp/core';
import {
  checkCourseArgs,
  checkLength,
  courseRemez,
  deviations,
  mintzerLiuLength,
  remezord,
  type FirRemezHelperOptions,
} from './courseDesign';

/**
 * Equiripple bandpass from a spec, as the course's `fir_remez_bpf`: Mintzer & Liu's estimate of the length for the
 * narrower transition band, plus `nBump` taps (default 5), designed by {@link remez} with weights [δp/δs, 1, δp/δs].
 * With `{ orderEstimate: 'remezord', nBump: 18 }` it reproduces the course's 182-tap 2.7/3.2/4.8/5.3 kHz bandpass.
 *
 * ## Example
 * ```ts
 * import { firRemezBandpass } from '@rxdsp/filters';
 * // the seed course's bandpass: 182 taps, 0.5 dB ripple, 50 dB stopbands at fs = 48 kHz
 * const taps = firRemezBandpass(2700, 3200, 4800, 5300, 0.5, 50, 48000, { orderEstimate: 'remezord', nBump: 18 });
 * taps.length; // 182
 * ```
 *
 * @param fStop1 - Upper edge of the lower stopband in Hz.
 * @param fPass1 - Lower passband edge in Hz.
 * @param fPass2 - Upper passband edge in Hz.
 * @param fStop2 - Lower edge of the upper stopband in Hz (0 < fStop1 < fPass1 < fPass2 < fStop2 < fs/2).
 * @param dPassDb - Passband ripple in dB (> 0).
 * @param dStopDb - Stopband attenuation in dB (> 0).
 * @param fs - Sampling rate in Hz (> 0).
 * @param options - `nBump` (default 5), `orderEstimate` (default `'herrmann-mintzer-liu'`), `timeBudgetMs` (default 5000 ms:
 *   a spec whose Remez exchange would run longer throws RemezConvergenceError naming this function).
 * @returns The taps (symmetric).
 * @throws RangeError for edges not increasing inside (0, fs/2), non-positive dB values or fs, a non-integer nBump;
 *   RemezConvergenceError when the exchange does not converge.
 */
export function firRemezBandpass(
  fStop1: number,
  fPass1: number,
  fPass2: number,
  fStop2: number,
  dPassDb: number,
  dStopDb: number,
  fs: number,
  options: FirRemezHelperOptions = {},
): Float64Array {
  const fn = 'firRemezBandpass';
  checkCourseArgs(fn, ['fStop1', 'fPass1', 'fPass2', 'fStop2'], [fStop1, fPass1, fPass2, fStop2], ['dPassDb', 'dStopDb'], [dPassDb, dStopDb], fs);
  const nBump = options.nBump ?? 5;
  checkInt(fn, 'nBump', nBump, Number.NEGATIVE_INFINITY);
  const { dp, ds } = deviations(dPassDb, dStopDb);
  const estimate = options.orderEstimate ?? 'herrmann-mintzer-liu';
  let order: number;
  let weight: number[];
  if (estimate === 'remezord') {
    ({ order, weight } = remezord([fStop1, fPass1, fPass2, fStop2], [0, 1, 0], [ds, dp, ds], fs));
  } else if (estimate === 'herrmann-mintzer-liu') {
    order = Math.trunc(mintzerLiuLength(Math.min((fPass1 - fStop1) / fs, (fStop2 - fPass2) / fs), dp, ds));
    weight = [dp / ds, 1, dp / ds];
  } else {
    throw new RangeError(`${fn}: orderEstimate must be 'herrmann-mintzer-liu' or 'remezord', got ${JSON.stringify(estimate)}`);
  }
  const numtaps = order + nBump;
  checkLength(fn, numtaps, 2);
  return courseRemez(numtaps, [0, fStop1, fPass1, fPass2, fStop2, fs / 2], [0, 1, 0], weight, fs, fn, options.timeBudgetMs);
}
