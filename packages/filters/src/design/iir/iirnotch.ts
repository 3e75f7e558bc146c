import type { BA } from './types';
import { notchPeak } from './internal/notchPeak';

/**
 * Second-order IIR notch (band-reject) filter, as scipy's `signal.iirnotch`: unity gain away from `w0`, a zero
 * on the unit circle at `w0`, −3 dB bandwidth `w0/Q`.
 * `b = g·[1, −2cos ω0, 1]`, `a = [1, −2g·cos ω0, 2g − 1]` with `g = 1/(1 + tan(π·bw/2))` (bw normalised to Nyquist).
 *
 * ## Example
 * ```ts
 * import { iirnotch } from '@rxdsp/filters';
 * const { b, a } = iirnotch(50, 30, 48000); // remove 50 Hz mains hum
 * ```
 * @param w0 frequency to remove: Hz when `fs` is given (0 < w0 ≤ fs/2), else normalised (0 < w0 ≤ 1, 1 = Nyquist).
 * @param Q quality factor w0/bandwidth (> w0/(fs/2), so the bandwidth stays below Nyquist).
 * @param fs sampling rate in Hz (> 0, default 2 as scipy, i.e. normalised frequencies).
 * @returns `{ b, a }` (three coefficients each).
 * @throws RangeError/TypeError for w0 outside (0, fs/2], Q ≤ w0/(fs/2) (unstable; scipy returns it) or fs ≤ 0.
 */
export function iirnotch(w0: number, Q: number, fs = 2): BA {
  return notchPeak('iirnotch', w0, Q, fs, 'notch');
}
