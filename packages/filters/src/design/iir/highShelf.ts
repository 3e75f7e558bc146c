import { shelf } from './internal/shelf';
import type { BA } from './types';

/**
 * High-shelving equaliser section (RBJ Audio EQ Cookbook): gain `gainDb` above `fc`, 0 dB below, half the gain
 * in dB at `fc`. With `A = 10^(G/40)`, `ω0 = 2π·fc/fs`, `α = sin ω0/(2Q)`, `s = 2√A·α`:
 * `b = A·[(A+1) + (A−1)cos ω0 + s, −2((A−1) + (A+1)cos ω0), (A+1) + (A−1)cos ω0 − s]`,
 * `a = [(A+1) − (A−1)cos ω0 + s, 2((A−1) − (A+1)cos ω0), (A+1) − (A−1)cos ω0 − s]`, normalised to `a[0] = 1`.
 * At DC: Σb/Σa = A·4(1 − cos ω0)/(4A(1 − cos ω0)) = 1 (0 dB); at Nyquist: A·4A(1 + cos ω0)/(4(1 + cos ω0)) = A²,
 * i.e. G dB.
 *
 * ## Example
 * ```ts
 * import { highShelf } from '@rxdsp/filters';
 * const { b, a } = highShelf(-6, 8000, Math.SQRT1_2, 48000); // −6 dB treble shelf
 * ```
 * @param gainDb shelf gain in dB (finite; negative cuts).
 * @param fc shelf midpoint frequency in Hz (0 < fc < fs/2).
 * @param Q shelf quality factor (> 0).
 * @param fs sampling rate in Hz (> 0).
 * @returns `{ b, a }` with `a[0] = 1`.
 * @throws RangeError/TypeError for fc outside (0, fs/2), Q ≤ 0, fs ≤ 0 or a non-finite gain.
 */
export function highShelf(gainDb: number, fc: number, Q: number, fs: number): BA {
  return shelf('highShelf', 'high', gainDb, fc, Q, fs);
}
