import { rootPair } from './internal/bandRoots';
import { cscale, type Complex } from './complex';
import type { ZPK } from './types';
import { checkComplexList, checkFinite, checkPositive } from '@rxdsp/core';

/**
 * Analog lowpass prototype → bandpass with centre `wo` and width `bw`, in zpk form, as scipy's
 * `signal.lp2bp_zpk`: `s → (s² + wo²)/(s·bw)`; every root r gives `r·bw/2 ± √((r·bw/2)² − wo²)`, the excess
 * poles give zeros at s = 0, and `k` is multiplied by `bw^(len(p) − len(z))`.
 * The smaller root of each pair is formed as wo² / (the larger), so it keeps full precision when the two differ
 * by many orders of magnitude (scipy's difference cancels there; see `bandRoots.ts`).
 * For transfer-function coefficients `(b, a)` — scipy's `signal.lp2bp` — use {@link lp2bp}.
 *
 * ## Example
 * ```ts
 * import { buttap, lp2bpZpk } from '@rxdsp/filters';
 * const { z, p, k } = buttap(2);
 * lp2bpZpk(z, p, k, Math.sqrt(10 * 20), 10); // band 10…20 rad/s
 * ```
 * @param z prototype zeros.
 * @param p prototype poles.
 * @param k prototype gain.
 * @param wo centre (geometric mean of the edges) in rad/s (> 0, default 1).
 * @param bw bandwidth in rad/s (> 0, default 1).
 * @returns the transformed `{ z, p, k }` (twice as many poles).
 */
export function lp2bpZpk(z: readonly (Complex | number)[], p: readonly (Complex | number)[], k: number, wo = 1, bw = 1): ZPK {
  const fn = 'lp2bpZpk';
  const zz = checkComplexList(fn, 'z', z);
  const pp = checkComplexList(fn, 'p', p);
  const kk = checkFinite(fn, 'k', k);
  const w = checkPositive(fn, 'wo', wo);
  const b = checkPositive(fn, 'bw', bw);
  const degree = pp.length - zz.length;
  if (degree < 0) throw new RangeError(`${fn}: z must not have more values than p, got ${zz.length} zeros and ${pp.length} poles`);
  const split = (roots: Complex[]): Complex[] => {
    const pairs = roots.map((r) => rootPair(cscale(r, b / 2), w * w));
    return [...pairs.map((q) => q[0]), ...pairs.map((q) => q[1])];
  };
  const zb = split(zz);
  const pb = split(pp);
  for (let i = 0; i < degree; i++) zb.push({ re: 0, im: 0 });
  return { z: zb, p: pb, k: kk * b ** degree };
}
