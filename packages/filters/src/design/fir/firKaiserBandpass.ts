import { checkInt } from '@rxdsp/core';
import { checkCourseArgs, kaiserPrototype, type FirKaiserHelperOptions } from './courseDesign';

/**
 * Kaiser-window bandpass from a spec, as the course's `firwin_kaiser_bpf`: a lowpass prototype with half the passband
 * width (fPass2 − fPass1)/2 and half the stopband width (fStop2 − fStop1)/2 is designed as in {@link firKaiserLowpass},
 * then shifted to the passband centre f0 = (fPass1 + fPass2)/2 by multiplying with 2·cos(2π·f0/fs·(n − M/2)).
 * Both transition bands should have the same width.
 *
 * ## Example
 * ```ts
 * import { firKaiserBandpass } from '@rxdsp/filters';
 * const taps = firKaiserBandpass(2700, 3200, 4800, 5300, 50, 48000);
 * ```
 *
 * @param fStop1 - Upper edge of the lower stopband in Hz.
 * @param fPass1 - Lower passband edge in Hz.
 * @param fPass2 - Upper passband edge in Hz.
 * @param fStop2 - Lower edge of the upper stopband in Hz (0 < fStop1 < fPass1 < fPass2 < fStop2 < fs/2).
 * @param dStopDb - Stopband attenuation in dB (> 0).
 * @param fs - Sampling rate in Hz (> 0).
 * @param options - `nBump` added to the order (default 0).
 * @returns The taps (symmetric).
 * @throws RangeError for edges not increasing inside (0, fs/2), non-positive dB or fs, a non-integer nBump, or fewer than 1 tap.
 */
export function firKaiserBandpass(
  fStop1: number,
  fPass1: number,
  fPass2: number,
  fStop2: number,
  dStopDb: number,
  fs: number,
  options: FirKaiserHelperOptions = {},
): Float64Array {
  const fn = 'firKaiserBandpass';
  checkCourseArgs(fn, ['fStop1', 'fPass1', 'fPass2', 'fStop2'], [fStop1, fPass1, fPass2, fStop2], ['dStopDb'], [dStopDb], fs);
  const nBump = options.nBump ?? 0;
  checkInt(fn, 'nBump', nBump, Number.NEGATIVE_INFINITY);
  const { h, m } = kaiserPrototype(fn, (fPass2 - fPass1) / 2, (fStop2 - fStop1) / 2, dStopDb, fs, nBump, false);
  const w0 = (2 * Math.PI * ((fPass2 + fPass1) / 2)) / fs;
  for (let n = 0; n < h.length; n++) h[n] = 2 * (h[n] as number) * Math.cos(w0 * (n - m / 2));
  return h;
}
