import { tf2zpk } from './tf2zpk';
import type {  } from './types';
import type { Sos } from '../../types/Sos';
import { asCaller } from './internal/validate';
import { zpk2sos, type Zpk2SosOptions } from './zpk2sos';

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
  const { z, p, k } = asCaller('tf2sos', 'tf2zpk', () => tf2zpk(b, a));
  return asCaller('tf2sos', 'zpk2sos', () => zpk2sos(z, p, k, options));
}
