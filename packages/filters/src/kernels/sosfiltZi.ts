import { lfilterZi } from './lfilterZi';
import type { Sos } from '../types/Sos';
import { normaliseSos } from './normaliseSos';

/**
 * Steady-state initial state of {@link sosfilt} for a unit step — scipy's `signal.sosfilt_zi(sos)`,
 * flattened row-major to 2 × sections values. Multiply by `x[0]` to start without a transient.
 *
 * ## Example
 * ```ts
 * import { sosfiltZi } from '@rxdsp/filters';
 * sosfiltZi([[0.2, 0, 0, 1, -0.8, 0]]); // Float64Array [0.8, 0]
 * ```
 *
 * @param sos sections `[b0, b1, b2, a0, a1, a2]`, at least one, finite, `a0 ≠ 0`
 * @throws RangeError when a section has a pole at z = 1 (no steady state)
 */
export function sosfiltZi(sos: Sos): Float64Array {
  const s = normaliseSos('sosfiltZi', sos);
  const S = s.length / 6;
  const zi = new Float64Array(2 * S);
  let scale = 1;
  for (let k = 0; k < S; k++) {
    const b = s.subarray(6 * k, 6 * k + 3);
    const a = s.subarray(6 * k + 3, 6 * k + 6);
    let z: Float64Array;
    try {
      z = lfilterZi(b, a);
    } catch {
      throw new RangeError(`sosfiltZi: sos[${k}] has a pole at z = 1 (a0 + a1 + a2 = 0), so no steady state exists`);
    }
    zi[2 * k] = scale * (z[0] as number);
    zi[2 * k + 1] = scale * (z[1] as number);
    scale *= ((b[0] as number) + (b[1] as number) + (b[2] as number)) / ((a[0] as number) + (a[1] as number) + (a[2] as number));
  }
  return zi;
}
