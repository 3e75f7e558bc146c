import type { BA } from './types';
import { notchPeak } from './internal/notchPeak';

/**
 * Second-order IIR peak (resonator, band-pass) filter, as scipy's `signal.iirpeak`: unity gain at `w0`, zeros at
 * DC and Nyquist, −3 dB bandwidth `w0/Q`. `b = (1 − g)·[1, 0, −1]`, `a = [1, −2g·cos ω0, 2g − 1]`,
 * `g = 1/(1 + tan(π·bw/2))`.
 *
 * ## Example
 * ```ts
 * import { iirpeak } from '@rxdsp/filters';
 * const { b, a } = iirpeak(1000, 10, 48000);
 * ```
 * @param w0 centre frequency: Hz when `fs` is given (0 < w0 ≤ fs/2), else normalised (0 < w0 ≤ 1).
 * @param Q quality factor w0/bandwidth (> w0/(fs/2), so the bandwidth stays below Nyquist).
 * @param fs sampling rate in Hz (> 0, default 2 as scipy).
 * @returns `{ b, a }`.
 * @throws RangeError/TypeError for w0 outside (0, fs/2], Q ≤ w0/(fs/2) (unstable; scipy returns it) or fs ≤ 0.
 */
export function iirpeak(w0: number, Q: number, fs = 2): BA {
  return notchPeak('iirpeak', w0, Q, fs, 'peak');
}
