import { shelf } from './internal/shelf';
import type { BA } from './types';

/**
 * Low-shelving equaliser section (RBJ Audio EQ Cookbook): gain `gainDb` below `fc`, 0 dB above, half the gain
 * in dB at `fc`. With `A = 10^(G/40)`, `ω0 = 2π·fc/fs`, `α = sin ω0/(2Q)`, `s = 2√A·α`:
 * `b = A·[(A+1) − (A−1)cos ω0 + s, 2((A−1) − (A+1)cos ω0), (A+1) − (A−1)cos ω0 − s]`,
 * `a = [(A+1) + (A−1)cos ω0 + s, −2((A−1) + (A+1)cos ω0), (A+1) + (A−1)cos ω0 − s]`, normalised to `a[0] = 1`.
 * At DC (z = 1): Σb/Σa = 4A²(1 − cos ω0)/(4(1 − cos ω0)) = A² = 10^(G/20), i.e. G dB; at Nyquist (z = −1):
 * A·4(1 + cos ω0)/(4A(1 + cos ω0)) = 1, i.e. 0 dB.
 *
 * ## Example
 * ```ts
 * import { lowShelf } from '@rxdsp/filters';
 * const { b, a } = lowShelf(+4, 200, Math.SQRT1_2, 48000); // +4 dB bass shelf
 * ```
 * @param gainDb shelf gain in dB (finite; negative cuts).
 * @param fc shelf midpoint frequency in Hz (0 < fc < fs/2).
 * @param Q shelf quality factor (> 0; 1/√2 gives the steepest slope without overshoot).
 * @param fs sampling rate in Hz (> 0).
 * @returns `{ b, a }` with `a[0] = 1`.
 * @throws RangeError/TypeError for fc outside (0, fs/2), Q ≤ 0, fs ≤ 0 or a non-finite gain.
 */
export function lowShelf(gainDb: number, fc: number, Q: number, fs: number): BA {
  return shelf('lowShelf', 'low', gainDb, fc, Q, fs);
}
