// Internal: scipy's findfreqs — the default logarithmic frequency grid of freqs and freqsZpk (analog responses).
import { type Complex, cprod, csub } from '../complex';

/** numpy's `round` (half to even). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * `n` frequencies (rad/s) spaced logarithmically over a range that brackets the interesting features of a response
 * with the given zeros and poles: from a decade below the smallest to a decade above the largest (scipy's
 * `findfreqs`, same rounding). A pole-free response uses a pole at −1000 for the bounds.
 */
export function analogGrid(zeros: readonly Complex[], poles: readonly Complex[], n: number): Float64Array {
  const ep = poles.length === 0 ? [{ re: -1000, im: 0 }] : poles;
  const ez = [...ep.filter((p) => p.im >= 0), ...zeros.filter((z) => Math.hypot(z.re, z.im) < 1e5 && z.im >= 0)];
  let hiArg = -Infinity;
  let loArg = Infinity;
  for (const c of ez) {
    const integ = Math.hypot(c.re, c.im) < 1e-10 ? 1 : 0;
    hiArg = Math.max(hiArg, 3 * Math.abs(c.re + integ) + 1.5 * c.im);
    loArg = Math.min(loArg, Math.abs(c.re + integ) + 2 * c.im);
  }
  const hfreq = roundHalfEven(Math.log10(hiArg) + 0.5);
  const lfreq = roundHalfEven(Math.log10(0.1 * loArg) - 0.5);
  const w = new Float64Array(n);
  if (n === 1) {
    w[0] = 10 ** lfreq;
    return w;
  }
  const step = (hfreq - lfreq) / (n - 1);
  for (let i = 0; i < n; i++) w[i] = 10 ** (i === n - 1 ? hfreq : lfreq + i * step);
  return w;
}

/** Π(x − r) over the roots (numpy's sequential product), at the complex point x = xr + j·xi. */
export function rootProduct(roots: readonly Complex[], xr: number, xi: number): Complex {
  return cprod(roots.map((r) => csub({ re: xr, im: xi }, r)));
}
