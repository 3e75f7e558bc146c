import { cdiv, cprod, type Complex } from './complex';
import type { ZPK } from './types';
import { checkComplexList, checkFinite, checkPositive } from '@rxdsp/core';

/**
 * Digital filter from an analog one by the bilinear transform `s = 2·fs·(z − 1)/(z + 1)`, in zpk form, as
 * scipy's `signal.bilinear_zpk`: each root r maps to `(2fs + r)/(2fs − r)`, the excess poles get zeros at
 * z = −1, and `k` is scaled by `Re(Π(2fs − z)/Π(2fs − p))`. No pre-warping is done here.
 *
 * ## Example
 * ```ts
 * import { bilinearZpk, buttap } from '@rxdsp/filters';
 * const { z, p, k } = buttap(2); // analog prototype, cutoff 1 rad/s
 * bilinearZpk(z, p, k, 10); // digital, fs = 10 Hz
 * ```
 * @param z analog zeros (rad/s).
 * @param p analog poles (rad/s); at least as many as zeros.
 * @param k analog gain.
 * @param fs sampling rate in Hz (> 0).
 * @returns the digital `{ z, p, k }` (`p.length` zeros).
 * @throws RangeError when there are more zeros than poles or `fs` ≤ 0.
 */
export function bilinearZpk(z: readonly (Complex | number)[], p: readonly (Complex | number)[], k: number, fs: number): ZPK {
  const fn = 'bilinearZpk';
  const zz = checkComplexList(fn, 'z', z);
  const pp = checkComplexList(fn, 'p', p);
  const kk = checkFinite(fn, 'k', k);
  const f = checkPositive(fn, 'fs', fs);
  const degree = pp.length - zz.length;
  if (degree < 0) throw new RangeError(`${fn}: z must not have more values than p (an improper analog filter), got ${zz.length} zeros and ${pp.length} poles`);
  const fs2: Complex = { re: 2 * f, im: 0 };
  const map = (r: Complex): Complex => cdiv({ re: fs2.re + r.re, im: r.im }, { re: fs2.re - r.re, im: -r.im });
  const zd = zz.map(map);
  const pd = pp.map(map);
  for (let i = 0; i < degree; i++) zd.push({ re: -1, im: 0 });
  const num = cprod(zz.map((r) => ({ re: fs2.re - r.re, im: -r.im })));
  const den = cprod(pp.map((r) => ({ re: fs2.re - r.re, im: -r.im })));
  return { z: zd, p: pd, k: kk * cdiv(num, den).re };
}
