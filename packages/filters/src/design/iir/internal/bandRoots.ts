// Internal: the root pairs of the lowpass → bandpass/bandstop transformations (lp2bp, lp2bs).
import { cadd, cdiv, cmul, csqrt, csub, type Complex } from '../complex';

/**
 * Both roots of x² − 2h·x + w² = 0, i.e. `h + √(h² − w²)` and `h − √(h² − w²)` (in that order), computed without
 * cancellation: the root of larger modulus as h ± √(…) with the sign that adds, the other as w²/(that root)
 * (their product is w²). The textbook pair (scipy's) loses the small root when |h| ≫ w — e.g. a high-attenuation
 * Chebyshev II bandstop, whose real prototype pole −2e−10 gives h ≈ −3e7 and a bilinear pole 7e−8 from z = 1 that the
 * difference gets wrong by 4e−9 (|H(1)| off by 6 %).
 */
export function rootPair(h: Complex, w2: number): [Complex, Complex] {
  const s = csqrt(csub(cmul(h, h), { re: w2, im: 0 }));
  const along = h.re * s.re + h.im * s.im >= 0;
  const big = along ? cadd(h, s) : csub(h, s);
  if (big.re === 0 && big.im === 0) return [big, big]; // h = 0 and w = 0 cannot occur (w > 0), kept for safety
  const small = cdiv({ re: w2, im: 0 }, big);
  return along ? [big, small] : [small, big];
}
