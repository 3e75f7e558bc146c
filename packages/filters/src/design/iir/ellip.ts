import { designIir, type IirDesign, type IirDesignOptions } from './iirfilter';
import type { IirOutput } from './types';

/**
 * Elliptic (Cauer) IIR filter design (equiripple passband and stopband, the steepest transition for an order),
 * as scipy's `signal.ellip`.
 *
 * ## Example
 * ```ts
 * import { ellip } from '@rxdsp/filters';
 * const sos = ellip(8, 0.1, 80, [0.2, 0.3], { btype: 'bandpass', output: 'sos' });
 * ```
 * @param N order, integer ≥ 0 (0 gives scipy's trivial filter, a gain of 10^(−rp/20)).
 * @param rp passband ripple in dB (> 0).
 * @param rs stopband attenuation in dB (> rp).
 * @param Wn passband edge, or [low, high]: normalised (0, 1), Hz with `fs`, rad/s with `analog`.
 * @param options `{ btype = 'lowpass', fs, output = 'ba', analog = false }`.
 * @returns the design in the `output` form.
 * @throws RangeError/TypeError for a bad order, rp/rs ≤ 0 or rs ≤ rp, bad Wn or options.
 */
export function ellip<O extends IirOutput = 'ba'>(
  N: number,
  rp: number,
  rs: number,
  Wn: number | readonly number[],
  options: IirDesignOptions<O> = {},
): IirDesign<O> {
  return designIir<O>('ellip', N, Wn, { ...options, ftype: 'ellip', rp, rs }, 'lowpass');
}
