import type { ZPK } from './types';
import { checkInt } from '@rxdsp/core';

/**
 * Analog Butterworth lowpass prototype of order N (cutoff 1 rad/s, −3.01 dB), as scipy's `signal.buttap`:
 * no zeros, poles `−e^{jπm/(2N)}` for m = −N+1, −N+3, …, N−1, gain 1.
 *
 * ## Example
 * ```ts
 * import { buttap } from '@rxdsp/filters';
 * buttap(2).p; // −0.7071 ± 0.7071i
 * ```
 * @param N order, integer ≥ 0.
 * @returns `{ z: [], p, k: 1 }`.
 * @throws RangeError/TypeError for a negative or fractional order.
 */
export function buttap(N: number): ZPK {
  const n = checkInt('buttap', 'N', N, 0);
  const p = [];
  for (let m = -n + 1; m < n; m += 2) {
    const th = (Math.PI * m) / (2 * n);
    p.push({ re: -Math.cos(th), im: -Math.sin(th) });
  }
  return { z: [], p, k: 1 };
}
