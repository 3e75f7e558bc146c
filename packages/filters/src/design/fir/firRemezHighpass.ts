import { checkInt } from '@rxdsp/core';
import { checkCourseArgs, lowpassDesign, modulateByNyquist, type FirRemezHelperOptions } from './courseDesign';

/**
 * Equiripple highpass from a spec, as the course's `fir_remez_hpf`: the mirrored lowpass (edges fs/2 − f) is designed
 * with {@link firRemezLowpass}'s length estimate plus `nBump` (default 5), then modulated by (−1)ⁿ, which moves its
 * response up by fs/2. An even length therefore gives an antisymmetric (type IV) highpass, which is valid.
 *
 * ## Example
 * ```ts
 * import { firRemezHighpass } from '@rxdsp/filters';
 * const taps = firRemezHighpass(4000, 5000, 0.5, 60, 48000); // stop below 4 kHz, pass above 5 kHz
 * ```
 *
 * @param fStop - Stopband edge in Hz, 0 < fStop < fPass.
 * @param fPass - Passband edge in Hz, fStop < fPass < fs/2.
 * @param dPassDb - Passband ripple in dB (> 0).
 * @param dStopDb - Stopband attenuation in dB (> 0).
 * @param fs - Sampling rate in Hz (> 0).
 * @param options - `nBump` (default 5), `orderEstimate` (default `'herrmann-mintzer-liu'`), `timeBudgetMs` (default 5000 ms:
 *   a spec whose Remez exchange would run longer throws RemezConvergenceError naming this function).
 * @returns The taps.
 * @throws RangeError for edges not increasing inside (0, fs/2), non-positive dB values or fs, a non-integer nBump;
 *   RemezConvergenceError when the exchange does not converge.
 */
export function firRemezHighpass(fStop: number, fPass: number, dPassDb: number, dStopDb: number, fs: number, options: FirRemezHelperOptions = {}): Float64Array {
  const fn = 'firRemezHighpass';
  checkCourseArgs(fn, ['fStop', 'fPass'], [fStop, fPass], ['dPassDb', 'dStopDb'], [dPassDb, dStopDb], fs);
  const nBump = options.nBump ?? 5;
  checkInt(fn, 'nBump', nBump, Number.NEGATIVE_INFINITY);
  const h = lowpassDesign(fn, fs / 2 - fPass, fs / 2 - fStop, dPassDb, dStopDb, fs, nBump, options.orderEstimate ?? 'herrmann-mintzer-liu', options.timeBudgetMs);
  return modulateByNyquist(h);
}
