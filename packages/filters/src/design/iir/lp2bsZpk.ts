import { rootPair } from './internal/bandRoots';
import { cdiv, cneg, cprod, type Complex } from './complex';
import type { ZPK } from './types';
import { checkComplexList, checkFinite, checkPositive } from '@rxdsp/core';

/**
 * Analog lowpass prototype → bandstop with centre `wo` and width `bw`, in zpk form, as scipy's
 * `signal.lp2bs_zpk`: `s → s·bw/(s² + wo²)`; every root r gives `(bw/2)/r ± √(((bw/2)/r)² − wo²)`, the excess
 * poles give zero pairs at ±j·wo, and `k` is scaled by `Re(Π(−z)/Π(−p))`.
 * The smaller root of each pair is formed as wo² / (the larger), so it keeps full precision when the two differ
 * by many orders of magnitude (scipy's difference cancels there; see `bandRoots.ts`).
 * For transfer-function coefficients `(b, a)` — scipy's `signal.lp2bs` — use {@link lp2bs}.
 *
 * ## Example
 * ```ts
 * import { buttap, lp2bsZpk } from '@rxdsp/filters';
 * const { z, p, k } = buttap(2);
 * lp2bsZpk(z, p, k, 50, 10); // notch band centred on 50 rad/s, 10 rad/s wide
 * ```
 * @param z prototype zeros (non-zero).
 * @param p prototype poles (non-zero).
 * @param k prototype gain.
 * @param wo centre in rad/s (> 0, default 1).
 * @param bw bandwidth in rad/s (> 0, default 1).
 * @returns the transformed `{ z, p, k }`.
 */
export function lp2bsZpk(z: readonly (Complex | number)[], p: readonly (Complex | number)[], k: number, wo = 1, bw = 1): ZPK {
  const fn = 'lp2bsZpk';
  const zz = checkComplexList(fn, 'z', z);
  const pp = checkComplexList(fn, 'p', p);
  const kk = checkFinite(fn, 'k', k);
  const w = checkPositive(fn, 'wo', wo);
  const b = checkPositive(fn, 'bw', bw);
  const degree = pp.length - zz.length;
  if (degree < 0) throw new RangeError(`${fn}: z must not have more values than p, got ${zz.length} zeros and ${pp.length} poles`);
  const half: Complex = { re: b / 2, im: 0 };
  const split = (roots: Complex[]): Complex[] => {
    const pairs = roots.map((r) => rootPair(cdiv(half, r), w * w));
    return [...pairs.map((q) => q[0]), ...pairs.map((q) => q[1])];
  };
  const zb = split(zz);
  const pb = split(pp);
  for (let i = 0; i < degree; i++) zb.push({ re: 0, im: w });
  for (let i = 0; i < degree; i++) zb.push({ re: 0, im: -w });
  const ratio = cdiv(cprod(zz.map(cneg)), cprod(pp.map(cneg)));
  return { z: zb, p: pb, k: kk * ratio.re };
}
