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
 * Equiripple bandstop from a spec, as the course's `fir_remez_bsf`: Mintzer & Liu's length estimate for the narrower
 * transition band, rounded up to an even number, plus `nBump` (default 5, keep it odd so the length is odd: an
 * even-length symmetric filter cannot pass fs/2), designed by {@link remez} with weights [2, δp/δs, 2].
 * With `orderEstimate: 'remezord'` the even rounding is not applied (as in the 2018 course) and the weights are [1, δp/δs, 1].
 *
 * ## Example
 * ```ts
 * import { firRemezBandstop } from '@rxdsp/filters';
 * const taps = firRemezBandstop(2000, 2500, 4000, 4500, 0.5, 50, 48000); // notch out 2.5–4 kHz
 * ```
 *
 * @param fPass1 - Upper edge of the lower passband in Hz.
 * @param fStop1 - Lower stopband edge in Hz.
 * @param fStop2 - Upper stopband edge in Hz.
 * @param fPass2 - Lower edge of the upper passband in Hz (0 < fPass1 < fStop1 < fStop2 < fPass2 < fs/2).
 * @param dPassDb - Passband ripple in dB (> 0).
 * @param dStopDb - Stopband attenuation in dB (> 0).
 * @param fs - Sampling rate in Hz (> 0).
 * @param options - `nBump` (default 5), `orderEstimate` (default `'herrmann-mintzer-liu'`), `timeBudgetMs` (default 5000 ms:
 *   a spec whose Remez exchange would run longer throws RemezConvergenceError naming this function).
 * @returns The taps (symmetric).
 * @throws RangeError for edges not increasing inside (0, fs/2), non-positive dB values or fs, a non-integer nBump,
 *   or a resulting even length; RemezConvergenceError when the exchange does not converge.
 */
export function firRemezBandstop(
  fPass1: number,
  fStop1: number,
  fStop2: number,
  fPass2: number,
  dPassDb: number,
  dStopDb: number,
  fs: number,
  options: FirRemezHelperOptions = {},
): Float64Array {
  const fn = 'firRemezBandstop';
  checkCourseArgs(fn, ['fPass1', 'fStop1', 'fStop2', 'fPass2'], [fPass1, fStop1, fStop2, fPass2], ['dPassDb', 'dStopDb'], [dPassDb, dStopDb], fs);
  const nBump = options.nBump ?? 5;
  checkInt(fn, 'nBump', nBump, Number.NEGATIVE_INFINITY);
  const { dp, ds } = deviations(dPassDb, dStopDb);
  const estimate = options.orderEstimate ?? 'herrmann-mintzer-liu';
  let order: number;
  let weight: number[];
  if (estimate === 'remezord') {
    ({ order, weight } = remezord([fPass1, fStop1, fStop2, fPass2], [1, 0, 1], [dp, ds, dp], fs));
  } else if (estimate === 'herrmann-mintzer-liu') {
    order = Math.trunc(mintzerLiuLength(Math.min((fStop1 - fPass1) / fs, (fPass2 - fStop2) / fs), dp, ds));
    if (order % 2 !== 0) order += 1;
    weight = [2, dp / ds, 2];
  } else {
    throw new RangeError(`${fn}: orderEstimate must be 'herrmann-mintzer-liu' or 'remezord', got ${JSON.stringify(estimate)}`);
  }
  const numtaps = order + nBump;
  checkLength(fn, numtaps, 3);
  if (numtaps % 2 === 0) {
    throw new RangeError(
      `${fn}: the estimated length plus nBump = ${nBump} is ${numtaps}, an even length, which cannot pass fs/2 (type II); use an ${
        nBump % 2 === 0 ? 'odd' : 'even'
      } nBump`,
    );
  }
  return courseRemez(numtaps, [0, fPass1, fStop1, fStop2, fPass2, fs / 2], [1, 0, 1], weight, fs, fn, options.timeBudgetMs);
}
