// Internal: scipy's _cplxreal — split roots into one of each complex-conjugate pair and the real ones.
import type { Complex } from '../complex';

/**
 * Returns `{ zc, zr }`: `zc` the complex values with positive imaginary part (each pair averaged with its
 * partner's conjugate), sorted by real part and then |imag| within runs of equal real part; `zr` the real values
 * (|imag| ≤ tol·|z|), sorted. Throws a RangeError naming `fn`/`name` when a complex value has no partner.
 */
export function cplxreal(fn: string, name: string, values: readonly Complex[], tol = 100 * Number.EPSILON): { zc: Complex[]; zr: number[] } {
  if (values.length === 0) return { zc: [], zr: [] };
  // lexsort((|imag|, real)): by real part, then |imag|
  const z = [...values].sort((x, y) => x.re - y.re || Math.abs(x.im) - Math.abs(y.im));
  const zr: number[] = [];
  const rest: Complex[] = [];
  for (const v of z) {
    if (Math.abs(v.im) <= tol * Math.hypot(v.re, v.im)) zr.push(v.re);
    else rest.push(v);
  }
  if (rest.length === 0) return { zc: [], zr };
  const zp = rest.filter((v) => v.im > 0);
  const zn = rest.filter((v) => v.im < 0);
  const unmatched = (): RangeError =>
    new RangeError(`${fn}: ${name} contains a complex value with no matching conjugate (only real filters are supported)`);
  if (zp.length !== zn.length) throw unmatched();
  // runs of (approximately) equal real part: sort each run by |imag|
  const m = zp.length;
  let start = 0;
  while (start < m) {
    let stop = start;
    while (
      stop + 1 < m &&
      (zp[stop + 1] as Complex).re - (zp[stop] as Complex).re <= tol * Math.hypot((zp[stop] as Complex).re, (zp[stop] as Complex).im)
    ) {
      stop++;
    }
    if (stop > start) {
      for (const chunk of [zp, zn]) {
        const part = chunk.slice(start, stop + 1).sort((x, y) => Math.abs(x.im) - Math.abs(y.im));
        for (let i = 0; i < part.length; i++) chunk[start + i] = part[i] as Complex;
      }
    }
    start = stop + 1;
  }
  const zc: Complex[] = [];
  for (let i = 0; i < m; i++) {
    const a = zp[i] as Complex;
    const b = zn[i] as Complex;
    if (Math.hypot(a.re - b.re, a.im + b.im) > tol * Math.hypot(b.re, b.im)) throw unmatched();
    zc.push({ re: (a.re + b.re) / 2, im: (a.im - b.im) / 2 });
  }
  return { zc, zr: zr.sort((x, y) => x - y) };
}
