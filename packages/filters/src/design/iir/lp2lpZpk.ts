import { cscale, type Complex } from './complex';
import type { ZPK } from './types';
import { checkComplexList, checkFinite, checkPositive } from '@rxdsp/core';

/**
 * Analog lowpass prototype (cutoff 1 rad/s) → lowpass with cutoff `wo`, in zpk form, as scipy's
 * `signal.lp2lp_zpk`: `s → s/wo`, so every root is multiplied by `wo` and `k` by `wo^(len(p) − len(z))`.
 * For transfer-function coefficients `(b, a)` — scipy's `signal.lp2lp` — use {@link lp2lp}.
 *
 * ## Example
 * ```ts
 * import { buttap, lp2lpZpk } from '@rxdsp/filters';
 * const { z, p, k } = buttap(3);
 * lp2lpZpk(z, p, k, 2 * Math.PI * 1000); // 1 kHz analog Butterworth
 * ```
 * @param z prototype zeros.
 * @param p prototype poles.
 * @param k prototype gain.
 * @param wo new cutoff in rad/s (> 0, default 1).
 * @returns the transformed `{ z, p, k }`.
 */
export function lp2lpZpk(z: readonly (Complex | number)[], p: readonly (Complex | number)[], k: number, wo = 1): ZPK {
  const fn = 'lp2lpZpk';
  const zz = checkComplexList(fn, 'z', z);
  const pp = checkComplexList(fn, 'p', p);
  const kk = checkFinite(fn, 'k', k);
  const w = checkPositive(fn, 'wo', wo);
  const degree = pp.length - zz.length;
  if (degree < 0) throw new RangeError(`${fn}: z must not have more values than p, got ${zz.length} zeros and ${pp.length} poles`);
  return { z: zz.map((r) => cscale(r, w)), p: pp.map((r) => cscale(r, w)), k: kk * w ** degree };
}
