import { checkInt } from '@rxdsp/core';
import { checkCourseArgs, lowpassDesign, type FirRemezHelperOptions } from './courseDesign';

/**
 * Equiripple (Parks–McClellan) lowpass from a spec, with the length estimated as in the course
 * (scikit-dsp-comm's `fir_remez_lpf`): Herrmann's formula gives N, then `nBump` taps are added (default 5) to bring
 * the achieved ripple and attenuation inside the spec; the design is {@link remez} with weights [1, δp/δs].
 * The passband deviation is δp = 1 − 10^(−dPassDb/20), the stopband δs = 10^(−dStopDb/20).
 * The delay is (length − 1)/2 samples.
 *
 * ## Example
 * ```ts
 * import { firRemezLowpass } from '@rxdsp/filters';
 * const taps = firRemezLowpass(5000, 6000, 0.5, 60, 48000); // pass to 5 kHz (±0.5 dB), 60 dB down from 6 kHz
 * ```
 *
 * @param fPass - Passband edge in Hz, 0 < fPass < fStop.
 * @param fStop - Stopband edge in Hz, fPass < fStop < fs/2.
 * @param dPassDb - Passband ripple in dB (> 0).
 * @param dStopDb - Stopband attenuation in dB (> 0).
 * @param fs - Sampling rate in Hz (> 0).
 * @param options - `nBump` (default 5), `orderEstimate` (default `'herrmann-mintzer-liu'`), `timeBudgetMs` (default 5000 ms:
 *   a spec whose Remez exchange would run longer throws RemezConvergenceError naming this function).
 * @returns The taps (symmetric).
 * @throws RangeError for edges not increasing inside (0, fs/2), non-positive dB values or fs, a non-integer nBump;
 *   RemezConvergenceError when the exchange does not converge.
 */
export function firRemezLowpass(fPass: number, fStop: number, dPassDb: number, dStopDb: number, fs: number, options: FirRemezHelperOptions = {}): Float64Array {
  const fn = 'firRemezLowpass';
  checkCourseArgs(fn, ['fPass', 'fStop'], [fPass, fStop], ['dPassDb', 'dStopDb'], [dPassDb, dStopDb], fs);
  const nBump = options.nBump ?? 5;
  checkInt(fn, 'nBump', nBump, Number.NEGATIVE_INFINITY);
  return lowpassDesign(fn, fPass, fStop, dPassDb, dStopDb, fs, nBump, options.orderEstimate ?? 'herrmann-mintzer-liu', options.timeBudgetMs);
}
