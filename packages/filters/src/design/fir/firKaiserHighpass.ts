import { checkInt } from '@rxdsp/core';
import { checkCourseArgs, kaiserPrototype, modulateByNyquist, type FirKaiserHelperOptions } from './courseDesign';

/**
 * Kaiser-window highpass from a spec, as the course's `firwin_kaiser_hpf`: the mirrored lowpass (edges fs/2 − f) is
 * designed as in {@link firKaiserLowpass}, then modulated by (−1)ⁿ, which moves its response up by fs/2.
 *
 * ## Example
 * ```ts
 * import { firKaiserHighpass } from '@rxdsp/filters';
 * const taps = firKaiserHighpass(4000, 5000, 60, 48000); // stop below 4 kHz, pass above 5 kHz
 * ```
 *
 * @param fStop - Stopband edge in Hz, 0 < fStop < fPass.
 * @param fPass - Passband edge in Hz, fStop < fPass < fs/2.
 * @param dStopDb - Stopband attenuation in dB (> 0).
 * @param fs - Sampling rate in Hz (> 0).
 * @param options - `nBump` added to the order (default 0).
 * @returns The taps.
 * @throws RangeError for edges not increasing inside (0, fs/2), non-positive dB or fs, a non-integer nBump, or fewer than 1 tap.
 */
export function firKaiserHighpass(fStop: number, fPass: number, dStopDb: number, fs: number, options: FirKaiserHelperOptions = {}): Float64Array {
  const fn = 'firKaiserHighpass';
  checkCourseArgs(fn, ['fStop', 'fPass'], [fStop, fPass], ['dStopDb'], [dStopDb], fs);
  const nBump = options.nBump ?? 0;
  checkInt(fn, 'nBump', nBump, Number.NEGATIVE_INFINITY);
  return modulateByNyquist(kaiserPrototype(fn, fs / 2 - fPass, fs / 2 - fStop, dStopDb, fs, nBump, false).h);
}
