import { findInstability } from '../../../kernels/checkStable';
import type { BA, ZPK } from '../types';

/** Frequencies (0 to π rad/sample) at which {@link baResponseError} compares the two forms. */
const GRID_POINTS = 4096;

/**
 * Largest relative error of a transfer function `b/a` (polynomials in z⁻¹) as a representation
 * of the digital filter `zpk`: max over 4096 frequencies in [0, π] of
 * | |H_ba(e^{jω})| − |H_zpk(e^{jω})| | / max |H_zpk|, where H_zpk = k·Π(e^{jω} − zᵢ)/Π(e^{jω} − pᵢ)
 * is evaluated factor by factor (no polynomial, so no cancellation). Infinity when `a` has a pole
 * on or outside the unit circle (Schur–Cohn) although the zpk design is stable, or a value is not
 * finite. This is the measurement behind the design functions' refusal of `output: 'ba'` at orders
 * where the polynomial coefficients no longer hold the response.
 */
export function baResponseError(ba: BA, zpk: ZPK): number {
  const a0 = ba.a[0] as number;
  const monic = ba.a.map((v) => v / a0);
  const zpkStable = zpk.p.every((p) => Math.hypot(p.re, p.im) < 1);
  if (zpkStable && findInstability({ a: monic }) !== undefined) return Number.POSITIVE_INFINITY;
  const exact = new Float64Array(GRID_POINTS);
  const poly = new Float64Array(GRID_POINTS);
  let peak = 0;
  for (let i = 0; i < GRID_POINTS; i++) {
    const w = (Math.PI * i) / (GRID_POINTS - 1);
    const c = Math.cos(w);
    const s = Math.sin(w);
    // |k · Π(e^{jω} − z) / Π(e^{jω} − p)|, alternating factors to stay in range
    let mag = Math.abs(zpk.k);
    const n = Math.max(zpk.z.length, zpk.p.length);
    for (let m = 0; m < n; m++) {
      const z = zpk.z[m];
      const p = zpk.p[m];
      if (z) mag *= Math.hypot(c - z.re, s - z.im);
      if (p) mag /= Math.hypot(c - p.re, s - p.im);
    }
    exact[i] = mag;
    if (mag > peak) peak = mag;
    poly[i] = Math.abs(evalZinv(ba.b, c, s) / evalZinv(ba.a, c, s));
  }
  if (!(peak > 0) || !Number.isFinite(peak)) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let i = 0; i < GRID_POINTS; i++) {
    const e = Math.abs((poly[i] as number) - (exact[i] as number)) / peak;
    if (!(e <= worst)) worst = Number.isNaN(e) ? Number.POSITIVE_INFINITY : e;
  }
  return worst;
}

/** |Σ cₙ e^{−jωn}| by Horner's rule in e^{−jω} (complex arithmetic on real coefficients). */
function evalZinv(coef: Float64Array, c: number, s: number): number {
  // Horner from the highest power: acc = acc·e^{−jω} + cₙ
  let re = 0;
  let im = 0;
  for (let n = coef.length - 1; n >= 0; n--) {
    const r = re * c + im * s; // (re + j·im)(c − j·s)
    const i = im * c - re * s;
    re = r + (coef[n] as number);
    im = i;
  }
  return Math.hypot(re, im);
}
