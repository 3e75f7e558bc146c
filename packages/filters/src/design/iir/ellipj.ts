import { checkFinite } from '@rxdsp/core';

/** Values of the Jacobi elliptic functions at one argument, see {@link ellipj}. */
export interface JacobiElliptic {
  /** sn(u | m). */
  sn: number;
  /** cn(u | m). */
  cn: number;
  /** dn(u | m). */
  dn: number;
  /** The amplitude φ = am(u | m), with sn = sin φ and cn = cos φ. */
  ph: number;
}

/**
 * Jacobi elliptic functions sn, cn, dn and the amplitude φ of a real argument `u` and parameter `m` (0 ≤ m ≤ 1),
 * as scipy's `special.ellipj` (same descending-Landen / AGM algorithm as Cephes' `ellpj`, with its
 * series forms for m < 1e−9 and m > 1 − 1e−10).
 *
 * ## Example
 * ```ts
 * import { ellipj, ellipk } from '@rxdsp/filters';
 * ellipj(ellipk(0.5), 0.5); // sn = 1, cn ≈ 0, dn = √0.5 at the quarter period
 * ```
 * @param u argument (real).
 * @param m parameter m = k², 0 ≤ m ≤ 1 (NaN values outside, as scipy).
 * @returns `{ sn, cn, dn, ph }`.
 */
export function ellipj(u: number, m: number): JacobiElliptic {
  const x = checkFinite('ellipj', 'u', u);
  const mm = checkFinite('ellipj', 'm', m);
  if (mm < 0 || mm > 1) return { sn: Number.NaN, cn: Number.NaN, dn: Number.NaN, ph: Number.NaN };
  if (mm < 1e-9) {
    const t = Math.sin(x);
    const b = Math.cos(x);
    const ai = 0.25 * mm * (x - t * b);
    return { sn: t - ai * b, cn: b + ai * t, ph: x - ai, dn: 1 - 0.5 * mm * t * t };
  }
  if (mm >= 0.9999999999) {
    let ai = 0.25 * (1 - mm);
    const b = Math.cosh(x);
    const t = Math.tanh(x);
    const phi = 1 / b;
    const twon = b * Math.sinh(x);
    const sn = t + (ai * (twon - x)) / (b * b);
    const ph = 2 * Math.atan(Math.exp(x)) - Math.PI / 2 + (ai * (twon - x)) / b;
    ai *= t * phi;
    return { sn, cn: phi - ai * (twon - x), dn: phi + ai * (twon + x), ph };
  }
  // AGM scale
  const a: number[] = [1];
  const c: number[] = [Math.sqrt(mm)];
  let b = Math.sqrt(1 - mm);
  let twon = 1;
  let i = 0;
  while (Math.abs((c[i] as number) / (a[i] as number)) > 1.11022302462515654042e-16) {
    if (i > 7) break; // Cephes reports overflow here and continues with what it has
    const ai = a[i] as number;
    i++;
    c[i] = (ai - b) / 2;
    const t = Math.sqrt(ai * b);
    a[i] = (ai + b) / 2;
    b = t;
    twon *= 2;
  }
  // backward recurrence
  let phi = twon * (a[i] as number) * x;
  let prev = phi;
  do {
    const t = ((c[i] as number) * Math.sin(phi)) / (a[i] as number);
    prev = phi;
    phi = (Math.asin(t) + phi) / 2;
  } while (--i);
  const sn = Math.sin(phi);
  const t = Math.cos(phi);
  // dn = cn / cos(φ − φ_prev) loses all digits near the quarter period; use √(1 − m·sn²) there (DLMF 22.20.5 note,
  // as the current scipy/xsf ellpj does)
  const dnfac = Math.cos(phi - prev);
  const dn = Math.abs(dnfac) < 0.1 ? Math.sqrt(1 - mm * sn * sn) : t / dnfac;
  return { sn, cn: t, dn, ph: phi };
}
