import { cdiv, cneg, cprod, type Complex } from './complex';
import type { ZPK } from './types';
import { checkComplexList, checkFinite, checkPositive } from '@rxdsp/core';

/**
 * Analog lowpass prototype → highpass with cutoff `wo`, in zpk form, as scipy's `signal.lp2hp_zpk`:
 * `s → wo/s`, so every root r becomes `wo/r`, the excess poles give zeros at s = 0, and
 * `k` is scaled by `Re(Π(−z)/Π(−p))`.
 * For transfer-function coefficients `(b, a)` — scipy's `signal.lp2hp` — use {@link lp2hp}.
 *
 * ## Example
 * ```ts
 * import { cheb1ap, lp2hpZpk } from '@rxdsp/filters';
 * const { z, p, k } = cheb1ap(4, 1);
 * lp2hpZpk(z, p, k, 100); // highpass, 100 rad/s
 * ```
 * @param z prototype zeros (non-zero).
 * @param p prototype poles (non-zero).
 * @param k prototype gain.
 * @param wo new cutoff in rad/s (> 0, default 1).
 * @returns the transformed `{ z, p, k }` with `p.length` zeros.
 */
export function lp2hpZpk(z: readonly (Complex | number)[], p: readonly (Complex | number)[], k: number, wo = 1): ZPK {
  const fn = 'lp2hpZpk';
  const zz = checkComplexList(fn, 'z', z);
  const pp = checkComplexList(fn, 'p', p);
  const kk = checkFinite(fn, 'k', k);
  const w: Complex = { re: checkPositive(fn, 'wo', wo), im: 0 };
  const degree = pp.length - zz.length;
  if (degree < 0) throw new RangeError(`${fn}: z must not have more values than p, got ${zz.length} zeros and ${pp.length} poles`);
  const zh = zz.map((r) => cdiv(w, r));
  const ph = pp.map((r) => cdiv(w, r));
  for (let i = 0; i < degree; i++) zh.push({ re: 0, im: 0 });
  const ratio = cdiv(cprod(zz.map(cneg)), cprod(pp.map(cneg)));
  return { z: zh, p: ph, k: kk * ratio.re };
}
