import type { Complex } from './complex';
import { roots } from './poly';
import type { ZPK } from './types';
import { integerAtLeast, oneOf } from './validate';

/** Normalisation of a Bessel design (scipy's `norm`). */
export type BesselNorm = 'phase' | 'delay' | 'mag';

/** θ_n(s) and θ_n'(s) of the reverse Bessel polynomial by the three-term recurrence θ_n = (2n−1)θ_{n−1} + s²θ_{n−2}. */
function theta(n: number, s: Complex): { f: Complex; d: Complex } {
  // θ0 = 1, θ1 = s + 1
  let f0: Complex = { re: 1, im: 0 };
  let d0: Complex = { re: 0, im: 0 };
  let f1: Complex = { re: s.re + 1, im: s.im };
  let d1: Complex = { re: 1, im: 0 };
  if (n === 0) return { f: f0, d: d0 };
  const s2: Complex = { re: s.re * s.re - s.im * s.im, im: 2 * s.re * s.im };
  for (let m = 2; m <= n; m++) {
    const c = 2 * m - 1;
    // f = c·f1 + s²·f0 ; d = c·d1 + 2s·f0 + s²·d0
    const f: Complex = { re: c * f1.re + s2.re * f0.re - s2.im * f0.im, im: c * f1.im + s2.re * f0.im + s2.im * f0.re };
    const d: Complex = {
      re: c * d1.re + 2 * (s.re * f0.re - s.im * f0.im) + s2.re * d0.re - s2.im * d0.im,
      im: c * d1.im + 2 * (s.re * f0.im + s.im * f0.re) + s2.re * d0.im + s2.im * d0.re,
    };
    f0 = f1;
    d0 = d1;
    f1 = f;
    d1 = d;
  }
  return { f: f1, d: d1 };
}

/** (2N)! / (N!·2^N): the constant term of θ_N (scipy's `a_last`). */
function aLast(n: number): number {
  let v = 1;
  for (let k = n + 1; k <= 2 * n; k++) v *= k;
  return v / 2 ** n;
}

/** Roots of θ_N (the poles of the delay-normalised Bessel filter), conjugate-symmetric. */
function besselPoles(n: number): Complex[] {
  // coefficients of θ_N in decreasing powers: a_k = (2N − k)! / (2^{N−k} k! (N − k)!) for s^k
  const coef = new Float64Array(n + 1);
  let a = aLast(n); // a_0
  for (let k = 0; k <= n; k++) {
    coef[n - k] = a;
    // a_{k+1} = a_k · 2(N−k) / ((2N−k)(k+1))
    a = (a * 2 * (n - k)) / ((2 * n - k) * (k + 1));
  }
  const p = roots(coef);
  // Newton polish on the recurrence (accurate without the large coefficients)
  const polished = p.map((r) => {
    let x = r;
    for (let it = 0; it < 8; it++) {
      const { f, d } = theta(n, x);
      const den = d.re * d.re + d.im * d.im;
      if (den === 0) break;
      const step = { re: (f.re * d.re + f.im * d.im) / den, im: (f.im * d.re - f.re * d.im) / den };
      x = { re: x.re - step.re, im: x.im - step.im };
      if (Math.hypot(step.re, step.im) <= 1e-16 * Math.hypot(x.re, x.im)) break;
    }
    return x;
  });
  // exact conjugate symmetry: sort by imaginary part and average each value with the conjugate of its mirror
  polished.sort((u, v) => u.im - v.im || u.re - v.re);
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
  const n = integerAtLeast('besselap', 'N', N, 0);
  if (n > 50) throw new RangeError(`besselap: N must be ≤ 50 (the root finder is validated up to there), got ${n}`);
  const nm = oneOf('besselap', 'norm', norm, ['phase', 'delay', 'mag'] as const);
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
