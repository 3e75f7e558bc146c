import { checkInt } from '@rxdsp/core';
import { checkCourseArgs, kaiserPrototype, type FirKaiserHelperOptions } from './courseDesign';

/**
 * Kaiser-window lowpass from a spec, as the course's `firwin_kaiser_lpf`: order M = ⌈(A − 8)/(2.285·Δω)⌉ + nBump
 * (Δω = 2π(fStop − fPass)/fs), β = {@link kaiserBeta}(A), an ideal lowpass cut at (fPass + fStop)/2 windowed and
 * scaled to unit DC gain; M + 1 taps. The window method's passband ripple equals its stopband ripple
 * δ = 10^(−A/20), so only the attenuation A is specified.
 *
 * ## Example
 * ```ts
 * import { firKaiserLowpass } from '@rxdsp/filters';
 * const taps = firKaiserLowpass(5000, 6000, 60, 48000);
 * ```
 *
 * @param fPass - Passband edge in Hz, 0 < fPass < fStop.
 * @param fStop - Stopband edge in Hz, fPass < fStop < fs/2.
 * @param dStopDb - Stopband attenuation A in dB (> 0; Kaiser's formulas are meant for A > 21).
 * @param fs - Sampling rate in Hz (> 0).
 * @param options - `nBump` added to the order (default 0).
 * @returns The taps (symmetric).
 * @throws RangeError for edges not increasing inside (0, fs/2), non-positive dB or fs, a non-integer nBump, or fewer than 1 tap.
 */
export function firKaiserLowpass(fPass: number, fStop: number, dStopDb: number, fs: number, options: FirKaiserHelperOptions = {}): Float64Array {
  const fn = 'firKaiserLowpass';
  checkCourseArgs(fn, ['fPass', 'fStop'], [fPass, fStop], ['dStopDb'], [dStopDb], fs);
  const nBump = options.nBump ?? 0;
  checkInt(fn, 'nBump', nBump, Number.NEGATIVE_INFINITY);
  return kaiserPrototype(fn, fPass, fStop, dStopDb, fs, nBump, false).h;
}
