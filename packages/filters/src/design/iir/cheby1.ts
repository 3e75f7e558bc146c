import { designIir, type IirDesign, type IirDesignOptions } from './iirfilter';
import type { IirOutput } from './types';

/**
 * Chebyshev type I IIR filter design (equiripple passband), as scipy's `signal.cheby1`.
 *
 * ## Example
 * ```ts
 * import { cheby1 } from '@rxdsp/filters';
 * const { b, a } = cheby1(5, 1, 0.3); // 1 dB ripple up to 0.3·Nyquist
 * const sos = cheby1(6, 0.5, 2000, { btype: 'highpass', fs: 44100, output: 'sos' });
 * ```
 * @param N order, integer ≥ 0 (0 gives scipy's trivial filter, a gain of 10^(−rp/20)).
 * @param rp passband ripple in dB (> 0).
 * @param Wn passband edge (where the gain first drops below −rp dB), or [low, high]: normalised (0, 1), Hz with `fs`,
 * rad/s with `analog`.
 * @param options `{ btype = 'lowpass', fs, output = 'ba', analog = false }`.
 * @returns the design in the `output` form.
 * @throws RangeError/TypeError for a bad order, rp ≤ 0, bad Wn or options.
 */
export function cheby1<O extends IirOutput = 'ba'>(
  N: number,
  rp: number,
  Wn: number | readonly number[],
  options: IirDesignOptions<O> = {},
): IirDesign<O> {
  return designIir<O>('cheby1', N, Wn, { ...options, ftype: 'cheby1', rp }, 'lowpass');
}
