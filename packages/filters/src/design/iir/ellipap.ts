import { cdiv, cneg, cprod, type Complex } from './complex';
import { ellipj } from './ellipj';
import { ellipk } from './ellipk';
import { ellipkm1 } from './ellipkm1';
import type { ZPK } from './types';
import { checkInt, checkPositive } from '@rxdsp/core';

/** 10^x − 1 without cancellation for small x. */
const pow10m1 = (x: number): number => Math.expm1(Math.LN10 * x);

/**
 * @internal Solves the degree equation of elliptic filters with nomes (scipy's `_ellipdeg`): the modulus m of an
 * order-n elliptic rational function whose selectivity is set by the complementary parameter m1.
 * q1 = exp(−π K'(m1)/K(m1)), q = q1^{1/n}, m = 16q·(Σ_{k=0..7} q^{k(k+1)} / (1 + 2Σ_{k=1..8} q^{k²}))⁴.
 */
export function ellipdeg(n: number, m1: number): number {
  const K1 = ellipk(m1);
  const K1p = ellipkm1(m1);
  const q1 = Math.exp((-Math.PI * K1p) / K1);
  const q = q1 ** (1 / n);
  let num = 0;
  for (let k = 0; k <= 7; k++) num += q ** (k * (k + 1));
  let den = 0;
  for (let k = 1; k <= 8; k++) den += q ** (k * k);
  return 16 * q * (num / (1 + 2 * den)) ** 4;
}

/**
 * @internal Real inverse of the Jacobi sc function with complementary parameter (scipy's `_arc_jac_sc1`): the v with
 * sc(v | 1 − m) = w, from the descending Landen transformation of the imaginary argument j·w
 * (all quantities stay purely imaginary, so it is computed in real arithmetic: arcsin(jx) = j·asinh(x)).
 */
export function arcJacSc1(w: number, m: number): number {
  const complement = (kx: number): number => Math.sqrt((1 - kx) * (1 + kx));
  const k = Math.sqrt(m);
  if (k > 1) return Number.NaN;
  if (k === 1) return Math.atan(w); // arctanh(jw) = j·atan(w)
  const ks = [k];
  for (let iter = 0; (ks[ks.length - 1] as number) !== 0; iter++) {
    if (iter > 10) throw new RangeError('ellipap: Landen transformation not converging');
    const kp = complement(ks[ks.length - 1] as number);
    ks.push((1 - kp) / (1 + kp));
  }
  let K = Math.PI / 2;
  for (let i = 1; i < ks.length; i++) K *= 1 + (ks[i] as number);
  // wn is imaginary: wn = j·x; complement(kn·j·x) = √(1 + (kn·x)²)
  let x = w;
  for (let i = 0; i + 1 < ks.length; i++) {
    const kn = ks[i] as number;
    const knext = ks[i + 1] as number;
    x = (2 * x) / ((1 + knext) * (1 + Math.sqrt(1 + kn * x * (kn * x))));
  }
  return K * (2 / Math.PI) * Math.asinh(x);
}

/**
 * Analog elliptic (Cauer) lowpass prototype, as scipy's `signal.ellipap`: equiripple passband of `rp` dB up to
 * 1 rad/s and equiripple stopband at least `rs` dB down. Zeros and poles come from the Jacobi elliptic functions
 * (`ellipj`) with the modulus from the degree equation (`ellipdeg`) and the pole offset from the inverse
 * Jacobi sc function; for even N the gain puts the DC gain at −rp dB.
 *
 * ## Example
 * ```ts
 * import { ellipap } from '@rxdsp/filters';
 * const { z, p, k } = ellipap(4, 0.5, 60);
 * ```
 * @param N order, integer ≥ 0.
 * @param rp passband ripple in dB (> 0).
 * @param rs stopband attenuation in dB (> rp).
 * @returns `{ z, p, k }`.
 * @throws RangeError/TypeError for a bad order, rp ≤ 0, rs ≤ 0, or an rp/rs pair that cannot be designed.
 */
export function ellipap(N: number, rp: number, rs: number): ZPK {
  const fn = 'ellipap';
  const n = checkInt(fn, 'N', N, 0);
  const rP = checkPositive(fn, 'rp', rp);
  const rS = checkPositive(fn, 'rs', rs);
  if (n === 0) return { z: [], p: [], k: 10 ** (-rP / 20) };
  if (n === 1) {
    const p = -Math.sqrt(1 / pow10m1(0.1 * rP));
    return { z: [], p: [{ re: p, im: 0 }], k: -p };
  }
  const epsSq = pow10m1(0.1 * rP);
  const eps = Math.sqrt(epsSq);
  const ck1Sq = epsSq / pow10m1(0.1 * rS);
  if (ck1Sq === 0 || !(ck1Sq < 1)) {
    throw new RangeError(`${fn}: cannot design a filter with rp = ${rP} dB and rs = ${rS} dB (rs must exceed rp)`);
  }
  const val0 = ellipk(ck1Sq);
  const m = ellipdeg(n, ck1Sq);
  const capk = ellipk(m);
  const js: number[] = [];
  for (let j = 1 - (n % 2); j < n; j += 2) js.push(j);
  const sj = js.map((j) => ellipj((j * capk) / n, m));
  const EPS = 2.220446049250313e-16;
  const z: Complex[] = [];
  for (const { sn } of sj) if (Math.abs(sn) > EPS) z.push({ re: 0, im: 1 / (Math.sqrt(m) * sn) });
  const zAll = [...z, ...z.map((c) => ({ re: c.re, im: -c.im }))];
  const r = arcJacSc1(1 / eps, ck1Sq);
  const v0 = (capk * r) / (n * val0);
  const { sn: sv, cn: cv, dn: dv } = ellipj(v0, 1 - m);
  const p: Complex[] = sj.map(({ sn: s, cn: c, dn: d }) => {
    const den = 1 - (d * sv) ** 2;
    return { re: -(c * d * sv * cv) / den, im: -(s * dv) / den };
  });
  let pAll: Complex[];
  if (n % 2) {
    let norm = 0;
    for (const c of p) norm += c.re * c.re + c.im * c.im;
    const thresh = EPS * Math.sqrt(norm);
    const newp = p.filter((c) => Math.abs(c.im) > thresh).map((c) => ({ re: c.re, im: -c.im }));
    pAll = [...p, ...newp];
  } else {
    pAll = [...p, ...p.map((c) => ({ re: c.re, im: -c.im }))];
  }
  let k = cdiv(cprod(pAll.map(cneg)), cprod(zAll.map(cneg))).re;
  if (n % 2 === 0) k /= Math.sqrt(1 + epsSq);
  return { z: zAll, p: pAll, k };
}
