import type { Complex } from './complex';
import { sosRows } from './internal/sosInput';
import { tf2zpk } from './tf2zpk';
import type { ZPK } from './types';

/**
 * Zeros, poles and gain of a cascade of second-order sections, as scipy's `signal.sos2zpk`: two zeros and
 * two poles per section (a first-order section contributes an extra zero and pole at 0, as in scipy).
 *
 * ## Example
 * ```ts
 * import { butter, sos2zpk } from '@rxdsp/filters';
 * const { z, p, k } = sos2zpk(butter(3, 0.2, { output: 'sos' })); // 4 zeros, 4 poles (one pair added at 0)
 * ```
 * @param sos sections `[b0, b1, b2, a0, a1, a2]` (at least one; a0 ≠ 0).
 * @returns `{ z, p, k }` with `2·sections` zeros and poles.
 * @throws TypeError/RangeError for a malformed `sos`.
 */
export function sos2zpk(sos: ReadonlyArray<ArrayLike<number>>): ZPK {
  const rows = sosRows('sos2zpk', sos);
  const z: Complex[] = [];
  const p: Complex[] = [];
  let k = 1;
  for (const r of rows) {
    const s = tf2zpk(r.slice(0, 3), r.slice(3));
    for (let i = 0; i < 2; i++) {
      z.push(s.z[i] ?? { re: 0, im: 0 });
      p.push(s.p[i] ?? { re: 0, im: 0 });
    }
    k *= s.k;
  }
  return { z, p, k };
}
