import type { Complex } from './complex';
import { cplxreal } from './internal/cplxreal';
import type { ZPK } from './types';
import type { Sos } from '../../types/Sos';
import { zpk2tf } from './zpk2tf';
import { checkComplexList, checkFinite, checkOneOf, describeValue } from '@rxdsp/core';

/** How {@link zpk2sos} pairs poles and zeros into sections (scipy's `pairing`). */
export type SosPairing = 'nearest' | 'keep_odd' | 'minimal';

/** Options of {@link zpk2sos} and {@link tf2sos}. */
export interface Zpk2SosOptions {
  /**
   * 'nearest' (digital default): every section second order, an odd pole count padded with a pole and zero at 0;
   * 'keep_odd': like 'nearest' but an odd pole stays in a first-order section;
   * 'minimal' (analog default, the only choice for analog): no added roots at 0.
   */
  pairing?: SosPairing;
  /** Treat the roots as analog (s-plane): the "worst" pole is the one closest to the imaginary axis. Default false. */
  analog?: boolean;
}

const cOf = (x: number): Complex => ({ re: x, im: 0 });
const isReal = (c: Complex): boolean => c.im === 0;
const dist = (a: Complex, b: Complex): number => Math.hypot(a.re - b.re, a.im - b.im);

/** scipy's _nearest_real_complex_idx: index in `fro` of the value nearest to `to`, restricted to real/complex. */
function nearestIdx(fn: string, fro: Complex[], to: Complex, which: 'real' | 'complex' | 'any'): number {
  const order = fro.map((_, i) => i).sort((i, j) => dist(fro[i] as Complex, to) - dist(fro[j] as Complex, to) || i - j);
  if (which === 'any') return order[0] as number;
  for (const i of order) {
    if (isReal(fro[i] as Complex) === (which === 'real')) return i;
  }
  throw new RangeError(`${fn}: cannot pair the roots into sections: no ${which} zero left for a pole (the zeros do not come in conjugate pairs and reals)`);
}

/**
 * One section from its roots. Analog: coefficients right-aligned (powers of s), as scipy. Digital: a first-order
 * section (one pole, 'minimal' pairing) is left-aligned in z⁻¹ so that a0 = 1 — scipy right-aligns it too and
 * returns a row with a0 = 0 that no sos filter (scipy's `sosfilt` included) accepts; both rows mean the same H(z).
 */
function section(analog: boolean, z: Complex[], p: Complex[]): number[] {
  const { b, a } = zpk2tf(z, p, 1);
  const shift = !analog && a.length === 2 ? 1 : 0;
  const row = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < b.length; i++) row[3 - b.length + i - shift] = b[i] as number;
  for (let i = 0; i < a.length; i++) row[6 - a.length + i - shift] = a[i] as number;
  return row;
}

/**
 * Second-order sections from zeros, poles and gain, with scipy's pairing algorithm (`signal.zpk2sos`):
 * poles are taken from the one closest to the unit circle (analog: to the imaginary axis) outwards, each paired
 * with the nearest remaining zero(s), and the sections are ordered so the poles closest to the unit circle come
 * last; the gain goes into the first section. This keeps each section well conditioned.
 * One deliberate difference: with 'minimal' pairing a digital first-order section is written `[b0, b1, 0, 1, a1, 0]`
 * (scipy writes the same H(z) as `[0, b0, b1, 0, 1, a1]`, with a0 = 0, which cannot be filtered).
 * Where scipy's greedy pairing raises an IndexError (the last real zero would go to a pair of poles without a real
 * partner — common with 'keep_odd' and more zeros than poles), a pole pair takes the nearest complex zero pair
 * instead and the real zero stays for the first-order section; with 'minimal' pairing a last real pole with only
 * complex zeros left stands alone. The sections always give H(z) of the zpk exactly (no added roots).
 *
 * ## Example
 * ```ts
 * import { butter, zpk2sos } from '@rxdsp/filters';
 * const { z, p, k } = butter(5, 0.3, { output: 'zpk' });
 * const sos = zpk2sos(z, p, k); // 3 sections; the odd pole is padded with a pole/zero at 0
 * ```
 * @param z zeros (conjugate pairs or real).
 * @param p poles (conjugate pairs or real).
 * @param k gain.
 * @param options `pairing` ('nearest' default for digital, 'minimal' for analog), `analog`.
 * @returns the sections `[b0, b1, b2, 1, a1, a2]`.
 * @throws RangeError for unpaired complex values, an unknown pairing, analog with a pairing other than 'minimal',
 * or (minimal pairing) more zeros than poles.
 */
export function zpk2sos(z: readonly (Complex | number)[], p: readonly (Complex | number)[], k: number, options: Zpk2SosOptions = {}): Sos<number[]> {
  return zpk2sosFor('zpk2sos', z, p, k, options);
}

/** {@link zpk2sos} on behalf of the public function `fn`, which its errors name (internal). */
export function zpk2sosFor(fn: string, z: readonly (Complex | number)[], p: readonly (Complex | number)[], k: number, options: Zpk2SosOptions = {}): Sos<number[]> {
  let zz = checkComplexList(fn, 'z', z);
  let pp = checkComplexList(fn, 'p', p);
  const kk = checkFinite(fn, 'k', k);
  if (typeof options !== 'object' || options === null) throw new TypeError(`${fn}: options must be an object, got ${describeValue(options)}`);
  const analog = options.analog ?? false;
  if (typeof analog !== 'boolean') throw new TypeError(`${fn}: analog must be a boolean, got ${describeValue(analog)}`);
  const pairing = checkOneOf(fn, 'pairing', options.pairing ?? (analog ? 'minimal' : 'nearest'), ['nearest', 'keep_odd', 'minimal'] as const);
  if (analog && pairing !== 'minimal') {
    throw new RangeError(`${fn}: pairing must be 'minimal' for an analog filter, got '${pairing}'`);
  }
  if (zz.length === 0 && pp.length === 0) return analog ? [[0, 0, kk, 0, 0, 1]] : [[kk, 0, 0, 1, 0, 0]];
  let nSections: number;
  if (pairing !== 'minimal') {
    while (pp.length < zz.length) pp.push(cOf(0));
    while (zz.length < pp.length) zz.push(cOf(0));
    nSections = (pp.length + 1) >> 1;
    if (pp.length % 2 === 1 && pairing === 'nearest') {
      pp.push(cOf(0));
      zz.push(cOf(0));
    }
  } else {
    if (pp.length < zz.length) {
      throw new RangeError(`${fn}: with pairing 'minimal' there must be at least as many poles as zeros, got ${pp.length} poles and ${zz.length} zeros`);
    }
    nSections = (pp.length + 1) >> 1;
  }
  const zs = cplxreal(fn, 'z', zz);
  const ps = cplxreal(fn, 'p', pp);
  zz = [...zs.zc, ...zs.zr.map(cOf)];
  pp = [...ps.zc, ...ps.zr.map(cOf)];
  const badness = analog ? (c: Complex) => Math.abs(c.re) : (c: Complex) => Math.abs(1 - Math.hypot(c.re, c.im));
  const idxWorst = (list: Complex[], indices: number[]): number => {
    let best = indices[0] as number;
    for (const i of indices) if (badness(list[i] as Complex) < badness(list[best] as Complex)) best = i;
    return best;
  };
  const all = (list: Complex[]): number[] => list.map((_, i) => i);
  const countReal = (list: Complex[]): number => list.reduce((n, c) => n + (isReal(c) ? 1 : 0), 0);
  const take = (list: Complex[], i: number): Complex => list.splice(i, 1)[0] as Complex;
  const sos: number[][] = new Array<number[]>(nSections);
  for (let si = nSections - 1; si >= 0; si--) {
    const p1 = take(pp, idxWorst(pp, all(pp)));
    if (isReal(p1) && countReal(pp) === 0) {
      // last remaining real pole
      if (pairing !== 'minimal') {
        // the counts are equal (padded with roots at 0) and every two-pole section took two zeros, so an odd
        // number of zeros is left here: at least one is real
        const z1 = take(zz, nearestIdx(fn, zz, p1, 'real'));
        sos[si] = section(analog, [z1, cOf(0)], [p1, cOf(0)]);
      } else if (countReal(zz) > 0) {
        const z1 = take(zz, nearestIdx(fn, zz, p1, 'real'));
        sos[si] = section(analog, [z1], [p1]);
      } else {
        // no real zero (scipy raises an IndexError when complex zeros are left): the pole stands alone and the
        // complex zeros stay for the complex poles still to come (there are enough: zeros ≤ poles throughout)
        sos[si] = section(analog, [], [p1]);
      }
    } else if (pp.length + 1 === zz.length && !isReal(p1) && countReal(pp) === 1 && countReal(zz) === 1) {
      // one real pole and one real zero left besides this pair: this pole must take a complex zero
      const z1 = take(zz, nearestIdx(fn, zz, p1, 'complex'));
      sos[si] = section(analog, [z1, { re: z1.re, im: -z1.im }], [p1, { re: p1.re, im: -p1.im }]);
    } else {
      let p2: Complex;
      if (isReal(p1)) {
        const realIdx = all(pp).filter((i) => isReal(pp[i] as Complex));
        p2 = take(pp, idxWorst(pp, realIdx));
      } else {
        p2 = { re: p1.re, im: -p1.im };
      }
      if (zz.length > 0) {
        let z1Idx = nearestIdx(fn, zz, p1, 'any');
        if (isReal(zz[z1Idx] as Complex) && countReal(zz) === 1 && zz.length > 1) {
          // the only real zero left: this pair of poles would get it without a real partner, leaving complex zeros
          // for a later first-order section (scipy raises an IndexError here). Take the nearest complex pair and keep
          // the real zero for that section.
          z1Idx = nearestIdx(fn, zz, p1, 'complex');
        }
        const z1 = take(zz, z1Idx);
        if (!isReal(z1)) {
          sos[si] = section(analog, [z1, { re: z1.re, im: -z1.im }], [p1, p2]);
        } else if (countReal(zz) > 0) {
          const z2 = take(zz, nearestIdx(fn, zz, p1, 'real'));
          sos[si] = section(analog, [z1, z2], [p1, p2]);
        } else {
          // the last zero (only with 'minimal' pairing: a first-order numerator over this pair of poles)
          sos[si] = section(analog, [z1], [p1, p2]);
        }
      } else {
        sos[si] = section(analog, [], [p1, p2]);
      }
    }
  }
  if (zz.length !== 0 || pp.length !== 0) {
    throw new Error(`zpk2sos: internal error: ${zz.length} zeros and ${pp.length} poles left unpaired`);
  }
  const first = sos[0] as number[];
  for (let i = 0; i < 3; i++) first[i] = (first[i] as number) * kk;
  return sos;
}

/** @internal zpk2sos on a {@link ZPK} object. */
export function zpkToSos(zpk: ZPK, options: Zpk2SosOptions = {}): Sos<number[]> {
  return zpk2sos(zpk.z, zpk.p, zpk.k, options);
}
