import { designIir, type IirDesign, type IirDesignOptions } from './iirfilter';
import type { IirOutput } from './types';

/**
 * Butterworth (maximally flat) IIR filter design, as scipy's `signal.butter`.
 *
 * ## Example
 * ```ts
 * import { butter, freqz, magnitudeDb } from '@rxdsp/filters';
 * const { b, a } = butter(4, 1000, { fs: 48000 }); // 4th-order lowpass, −3 dB at 1 kHz
 * const sos = butter(10, [300, 3400], { btype: 'bandpass', fs: 8000, output: 'sos' });
 * ```
 * @param N order, integer ≥ 0 (band filters have order 2N; 0 gives scipy's trivial filter, a gain of 1).
 * @param Wn −3 dB frequency, or [low, high] for band filters: normalised 0 < Wn < 1 (1 = Nyquist), or Hz with
 * `fs` (0 < Wn < fs/2), or rad/s with `analog`.
 * @param options `{ btype = 'lowpass', fs, output = 'ba', analog = false }`.
 * @returns `{ b, a }`, `{ z, p, k }` or sections `[b0, b1, b2, a0, a1, a2][]` according to `output`.
 * @throws RangeError/TypeError for a bad order, Wn outside (0, Nyquist) or not increasing, or unknown options.
 */
export function butter<O extends IirOutput = 'ba'>(N: number, Wn: number | readonly number[], options: IirDesignOptions<O> = {}): IirDesign<O> {
  return designIir<O>('butter', N, Wn, { ...options, ftype: 'butter' }, 'lowpass');
}
