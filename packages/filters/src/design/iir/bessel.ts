import type { BesselNorm } from './besselap';
import { designIir, type IirDesign, type IirDesignOptions } from './iirfilter';
import type { IirOutput } from './types';

/** Options of {@link bessel}. */
export interface BesselOptions<O extends IirOutput = IirOutput> extends IirDesignOptions<O> {
  /**
   * What Wn means: 'phase' (default, scipy's): the phase midpoint, response like a Butterworth's far away;
   * 'delay': the reciprocal of the group delay (analog: 1/Wn s at DC); 'mag': the −3 dB frequency.
   */
  norm?: BesselNorm;
}

/**
 * Bessel/Thomson IIR filter design (maximally flat group delay), as scipy's `signal.bessel`.
 *
 * ## Example
 * ```ts
 * import { bessel } from '@rxdsp/filters';
 * const { b, a } = bessel(4, 2000, { fs: 48000, norm: 'mag' }); // −3 dB at 2 kHz
 * ```
 * @param N order, integer 0 ≤ N ≤ 50 (0 gives scipy's trivial filter, a gain of 1).
 * @param Wn critical frequency (see `norm`), or [low, high]: normalised (0, 1), Hz with `fs`, rad/s with `analog`.
 * @param options `{ btype = 'lowpass', fs, output = 'ba', analog = false, norm = 'phase' }`.
 * @returns the design in the `output` form.
 * @throws RangeError/TypeError for a bad order, norm, Wn or options.
 */
export function bessel<O extends IirOutput = 'ba'>(N: number, Wn: number | readonly number[], options: BesselOptions<O> = {}): IirDesign<O> {
  return designIir<O>('bessel', N, Wn, { ...options, ftype: 'bessel' }, 'lowpass');
}
