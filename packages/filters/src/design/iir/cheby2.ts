import { designIir, type IirDesign, type IirDesignOptions } from './iirfilter';
import type { IirOutput } from './types';

/**
 * Chebyshev type II IIR filter design (monotonic passband, equiripple stopband), as scipy's `signal.cheby2`.
 *
 * ## Example
 * ```ts
 * import { cheby2 } from '@rxdsp/filters';
 * const { b, a } = cheby2(6, 60, 0.4); // ≥ 60 dB down from 0.4·Nyquist
 * ```
 * @param N order, integer ≥ 0 (0 gives scipy's trivial filter, a gain of 1).
 * @param rs minimum stopband attenuation in dB (> 0).
 * @param Wn stopband edge (where the attenuation first reaches rs), or [low, high]: normalised (0, 1), Hz with `fs`,
 * rad/s with `analog`.
 * @param options `{ btype = 'lowpass', fs, output = 'ba', analog = false }`.
 * @returns the design in the `output` form.
 * @throws RangeError/TypeError for a bad order, rs ≤ 0, bad Wn or options.
 */
export function cheby2<O extends IirOutput = 'ba'>(
  N: number,
  rs: number,
  Wn: number | readonly number[],
  options: IirDesignOptions<O> = {},
): IirDesign<O> {
  return designIir<O>('cheby2', N, Wn, { ...options, ftype: 'cheby2', rs }, 'lowpass');
}
