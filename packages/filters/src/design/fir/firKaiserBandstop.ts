import { checkInt } from '@rxdsp/core';
import { checkCourseArgs, kaiserPrototype, type FirKaiserHelperOptions } from './courseDesign';

/**
 * Kaiser-window bandstop from a spec, as the course's `firwin_kaiser_bsf`: the complementary bandpass
 * (see {@link firKaiserBandpass}, its order forced even so there is a centre tap) subtracted from a unit impulse,
 * H_bs = 1 − H_bp. Parameters are named for the bandstop: the course's argument order is the same
 * (its `f_stop1, f_pass1, f_pass2, f_stop2` are the prototype bandpass's edges, i.e. these four in turn).
 *
 * ## Example
 * ```ts
 * import { firKaiserBandstop } from '@rxdsp/filters';
 * const taps = firKaiserBandstop(2000, 2500, 4000, 4500, 50, 48000); // remove 2.5–4 kHz
 * ```
 *
 * @param fPass1 - Upper edge of the lower passband in Hz.
 * @param fStop1 - Lower stopband edge in Hz.
 * @param fStop2 - Upper stopband edge in Hz.
 * @param fPass2 - Lower edge of the upper passband in Hz (0 < fPass1 < fStop1 < fStop2 < fPass2 < fs/2).
 * @param dStopDb - Stopband attenuation in dB (> 0).
 * @param fs - Sampling rate in Hz (> 0).
 * @param options - `nBump` added to the order (default 0; the order is then made even).
 * @returns The taps (symmetric, odd length).
 * @throws RangeError for edges not increasing inside (0, fs/2), non-positive dB or fs, a non-integer nBump, or fewer than 1 tap.
 */
export function firKaiserBandstop(
  fPass1: number,
  fStop1: number,
  fStop2: number,
  fPass2: number,
  dStopDb: number,
  fs: number,
  options: FirKaiserHelperOptions = {},
): Float64Array {
  const fn = 'firKaiserBandstop';
  checkCourseArgs(fn, ['fPass1', 'fStop1', 'fStop2', 'fPass2'], [fPass1, fStop1, fStop2, fPass2], ['dStopDb'], [dStopDb], fs);
  const nBump = options.nBump ?? 0;
  checkInt(fn, 'nBump', nBump, Number.NEGATIVE_INFINITY);
  // the prototype bandpass passes fStop1 … fStop2 and stops below fPass1 and above fPass2
  const { h, m } = kaiserPrototype(fn, (fStop2 - fStop1) / 2, (fPass2 - fPass1) / 2, dStopDb, fs, nBump, true);
  const w0 = (2 * Math.PI * ((fStop2 + fStop1) / 2)) / fs;
  for (let n = 0; n < h.length; n++) h[n] = -2 * (h[n] as number) * Math.cos(w0 * (n - m / 2));
  h[m / 2] = (h[m / 2] as number) + 1;
  return h;
}
