import type { Complex } from './complex';
import { roots } from './internal/poly';
import type { ZPK } from './types';
import { checkInt, checkOneOf } from '@rxdsp/core';

/** Normalisation of a Bessel design (scipy's `norm`). */
export type BesselNorm = 'phase' | 'delay' | 'mag';

const P = 256n;
const SCALE = 2 ** 256;

/** Exact coefficients a_k = (2N − k)! / (2^{N−k}·k!·(N − k)!) of θ_N(s) = Σ a_k s^k, as BigInt. */
function besselCoefficients(n: number): bigint[] {
  const fact = [1n];
  for (let i = 1; i <= 2 * n; i++) fact.push((fact[i - 1] as bigint) * BigInt(i));
  const out: bigint[] = [];
  for (let k = 0; k <= n; k++) {
    out.push((fact[2 * n - k] as bigint) / ((1n << BigInt(n - k)) * (fact[k] as bigint) * (fact[n - k] as bigint)));
  }
  return out;
}

/** A double as a 2^256-scaled BigInt (exact for |v| ≥ 2^−47, else to 2^−101 absolute). */
function toFixed(v: number): bigint {
  return BigInt(Math.round(v * 2 ** 100)) << (P - 100n);
}

/**
 * θ_N(x) and θ_N'(x) at a double x, evaluated by Horner's rule in 256-bit fixed point (BigInt) so that the result
 * is accurate to double precision even next to a root, where θ_N is a tiny difference of huge terms.
 */
function thetaExact(coef: bigint[], x: Complex): { f: Complex; d: Complex } {
  const X = toFixed(x.re);
  const Y = toFixed(x.im);
  let fr = 0n;
  let fi = 0n;
  let dr = 0n;
  let di = 0n;
  for (let k = coef.length - 1; k >= 0; k--) {
    // d = d·x + f ; f = f·x + a_k
    const ndr = ((dr * X - di * Y) >> P) + fr;
    const ndi = ((dr * Y + di * X) >> P) + fi;
    const nfr = ((fr * X - fi * Y) >> P) + ((coef[k] as bigint) << P);
    const nfi = (fr * Y + fi * X) >> P;
    dr = ndr;
    di = ndi;
    fr = nfr;
    fi = nfi;
  }
  return { f: { re: Number(fr) / SCALE, im: Number(fi) / SCALE }, d: { re: Number(dr) / SCALE, im: Number(di) / SCALE } };
}

/** (2N)! / (N!·2^N): the constant term of θ_N (scipy's `a_last`), correctly rounded. */
function aLast(n: number): number {
  return Number((besselCoefficients(n)[0] as bigint));
}

/** Roots of θ_N (the poles of the delay-normalised Bessel filter), conjugate-symmetric. */
function besselPoles(n: number): Complex[] {
  const big = besselCoefficients(n);
  // starting points: eigenvalues of the companion matrix of the (double-rounded) coefficients, decreasing powers
  const x = roots(big.map((c) => Number(c)).reverse());
  // Aberth–Ehrlich iteration (simultaneous Newton with repulsion, so no two estimates collapse onto one root),
  // evaluating θ_N by its recurrence; the companion-matrix eigenvalues are the starting points.
  let lastStep = Infinity;
  for (let it = 0; it < 100; it++) {
    let maxStep = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i] as Complex;
      const { f, d } = thetaExact(big, xi);
      const dd = d.re * d.re + d.im * d.im;
      if (dd === 0 || (f.re === 0 && f.im === 0)) continue;
      // ratio = f / f'
      const rr = (f.re * d.re + f.im * d.im) / dd;
      const ri = (f.im * d.re - f.re * d.im) / dd;
      // s = Σ_{j≠i} 1/(xi − xj)
      let sr = 0;
      let si = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const xj = x[j] as Complex;
        const ur = xi.re - xj.re;
        const ui = xi.im - xj.im;
        const m2 = ur * ur + ui * ui;
        sr += ur / m2;
        si -= ui / m2;
      }
      // w = ratio / (1 − ratio·s)
      const den = { re: 1 - (rr * sr - ri * si), im: -(rr * si + ri * sr) };
      const dm = den.re * den.re + den.im * den.im;
      const wr = (rr * den.re + ri * den.im) / dm;
      const wi = (ri * den.re - rr * den.im) / dm;
      x[i] = { re: xi.re - wr, im: xi.im - wi };
      maxStep = Math.max(maxStep, Math.hypot(wr, wi) / Math.max(1, Math.hypot(xi.re, xi.im)));
    }
    // converged once the steps are at rounding level: they then stall at ~1 ulp (a root toggling between two
    // neighbouring doubles) and never reach 0, so a fixed 1e−16 threshold ran all 100 BigInt iterations for N ≳ 20
    if (maxStep <= 4 * Number.EPSILON || (maxStep < 1e-12 && maxStep >= lastStep)) break;
    lastStep = maxStep;
  }
  // exact conjugate symmetry: sort by imaginary part and average each value with the conjugate of its mirror
  const polished = [...x].sort((u, v) => u.im - v.im || u.re - v.re);
  const out: Complex[] = [];
  for (let i = 0; i < n; i++) {
    const u = polished[i] as Complex;
    const v = polished[n - 1 - i] as Complex;
    out.push({ re: (u.re + v.re) / 2, im: (u.im - v.im) / 2 });
  }
  return out;
}

/** ω where |k / Π(jω − p)| = 1/√2 (Newton on the log magnitude from ω = 1.5, the magnitude being monotonic). */
function magNormFactor(p: Complex[], k: number): number {
  let w = 1.5;
  const target = Math.log(k) + 0.5 * Math.log(2);
  for (let it = 0; it < 200; it++) {
    let f = target;
    let d = 0;
    for (const r of p) {
      const dr = -r.re;
      const di = w - r.im;
      const m2 = dr * dr + di * di;
      f -= 0.5 * Math.log(m2);
      d -= di / m2;
    }
    let step = f / d;
    if (w - step <= 0) step = w / 2;
    w -= step;
    if (Math.abs(step) <= 4 * Number.EPSILON * w) break;
  }
  return w;
}

/**
 * Analog Bessel/Thomson lowpass prototype, as scipy's `signal.besselap`: poles are the roots of the reverse
 * Bessel polynomial θ_N (maximally flat group delay), then scaled by `norm`:
 * - `'phase'` (default): the phase response matches a Butterworth's asymptotically; −π·N/4 rad at 1 rad/s;
 * - `'delay'`: group delay of 1 s at DC;
 * - `'mag'`: |H| = 1/√2 (−3.01 dB) at 1 rad/s.
 *
 * ## Example
 * ```ts
 * import { besselap } from '@rxdsp/filters';
 * const { p, k } = besselap(4, 'delay'); // k = 105
 * ```
 * @param N order, integer 0 ≤ N ≤ 50.
 * @param norm `'phase'`, `'delay'` or `'mag'`.
 * @returns `{ z: [], p, k }`.
 * @throws RangeError/TypeError for a bad order or norm.
 */
export function besselap(N: number, norm: BesselNorm = 'phase'): ZPK {
  const n = checkInt('besselap', 'N', N, 0);
  if (n > 50) throw new RangeError(`besselap: N must be ≤ 50 (the root finder is validated up to there), got ${n}`);
  const nm = checkOneOf('besselap', 'norm', norm, ['phase', 'delay', 'mag'] as const);
  if (n === 0) return { z: [], p: [], k: 1 };
  let p = besselPoles(n);
  const al = aLast(n);
  let k: number;
  if (nm === 'phase') {
    const s = 10 ** (-Math.log10(al) / n);
    p = p.map((r) => ({ re: r.re * s, im: r.im * s }));
    k = 1;
  } else {
    k = al;
    if (nm === 'mag') {
      const f = magNormFactor(p, k);
      p = p.map((r) => ({ re: r.re / f, im: r.im / f }));
      k = f ** -n * al;
    }
  }
  return { z: [], p, k };
}
