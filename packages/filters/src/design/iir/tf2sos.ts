import { tf2zpkFor } from './tf2zpk';
import type { Sos } from '../../types/Sos';
import { zpk2sosFor, type Zpk2SosOptions } from './zpk2sos';

/**
 * Second-order sections from transfer-function coefficients, as scipy's `signal.tf2sos`:
 * {@link tf2zpk} then {@link zpk2sos} (same pairing options).
 *
 * ## Example
 * ```ts
 * import { butter, tf2sos } from '@rxdsp/filters';
 * const { b, a } = butter(6, 0.1);
 * const sos = tf2sos(b, a); // 3 sections
 * ```
 * @param b numerator coefficients.
 * @param a denominator coefficients.
 * @param options `pairing`, `analog` as for {@link zpk2sos}.
 * @returns the sections.
 * @throws TypeError/RangeError for bad coefficients or options.
 */
export function tf2sos(b: ArrayLike<number>, a: ArrayLike<number>, options: Zpk2SosOptions = {}): Sos<number[]> {
  const { z, p, k } = tf2zpkFor('tf2sos', b, a);
  return zpk2sosFor('tf2sos', z, p, k, options);
}
