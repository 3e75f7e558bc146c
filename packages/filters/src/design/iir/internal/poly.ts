// Internal polynomial helpers (coefficients in decreasing powers, numpy's convention).
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { Complex } from '../complex';
import type { ComplexArray } from '@rxdsp/core';

/** numpy `polymul` / `convolve` of two real coefficient arrays. */
export function polymul(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  if (a.length === 0 || b.length === 0) return new Float64Array(0);
  const out = new Float64Array(a.length + b.length - 1);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i] as number;
    for (let j = 0; j < b.length; j++) out[i + j] = (out[i + j] as number) + ai * (b[j] as number);
  }
  return out;
}

/**
 * numpy `poly`: the monic polynomial with the given roots, built by successive complex convolution with
 * `[1, −r]` in the order given. Returns the real and imaginary coefficient parts.
 */
export function polyComplex(roots: readonly Complex[]): ComplexArray {
  const n = roots.length;
  const re = new Float64Array(n + 1);
  const im = new Float64Array(n + 1);
  re[0] = 1;
  for (let m = 0; m < n; m++) {
    const r = roots[m] as Complex;
    const nr = -r.re;
    const ni = -r.im;
    // new[i] = old[i] + old[i−1]·(−r), descending i so old values are still in place
    for (let i = m + 1; i >= 1; i--) {
      const pr = re[i - 1] as number;
      const pi = im[i - 1] as number;
      re[i] = (re[i] as number) + (pr * nr - pi * ni);
      im[i] = (im[i] as number) + (pr * ni + pi * nr);
    }
  }
  return { re, im };
}

/**
 * Real polynomial with the given roots (conjugate pairs expected). Throws a RangeError naming `fn`/`name`
 * when the imaginary parts of the coefficients are not negligible (roots without their conjugates).
 */
export function polyReal(fn: string, name: string, roots: readonly Complex[]): Float64Array {
  const { re, im } = polyComplex(roots);
  let big = 0;
  let imag = 0;
  for (let i = 0; i < re.length; i++) {
    big = Math.max(big, Math.abs(re[i] as number), Math.abs(im[i] as number));
    imag = Math.max(imag, Math.abs(im[i] as number));
  }
  if (imag > 1e-9 * big) {
    throw new RangeError(
      `${fn}: ${name} must consist of real values and complex-conjugate pairs (a real filter); ` +
        `the polynomial has imaginary coefficients up to ${imag.toExponential(3)}`,
    );
  }
  return re;
}

/** Parlett–Reinsch balancing by powers of 2 (as LAPACK's gebal 'S'), in place on a dense n×n matrix. */
function balance(a: number[][]): void {
  const n = a.length;
  const radix = 2;
  const sqrdx = radix * radix;
  let done = false;
  for (let iter = 0; !done && iter < 100; iter++) {
    done = true;
    for (let i = 0; i < n; i++) {
      let c = 0;
      let r = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        c += Math.abs((a[j] as number[])[i] as number);
        r += Math.abs((a[i] as number[])[j] as number);
      }
      if (c === 0 || r === 0) continue;
      let g = r / radix;
      let f = 1;
      const s = c + r;
      while (c < g) {
        f *= radix;
        c *= sqrdx;
      }
      g = r * radix;
      while (c > g) {
        f /= radix;
        c /= sqrdx;
      }
      if ((c + r) / f < 0.95 * s) {
        done = false;
        g = 1 / f;
        const row = a[i] as number[];
        for (let j = 0; j < n; j++) row[j] = (row[j] as number) * g;
        for (let j = 0; j < n; j++) (a[j] as number[])[i] = ((a[j] as number[])[i] as number) * f;
      }
    }
  }
}

/**
 * numpy `roots`: zeros of Σ p[i]·x^(n−i), from the eigenvalues of the (balanced) companion matrix
 * (`ml-matrix` EigenvalueDecomposition). Leading zeros are dropped; trailing zeros give roots at 0.
 * Complex roots come out as exact conjugate pairs (the real Schur form's 2×2 blocks).
 */
export function roots(p: ArrayLike<number>): Complex[] {
  let first = -1;
  let last = -1;
  for (let i = 0; i < p.length; i++) {
    if (p[i] !== 0) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return [];
  const trailing = p.length - last - 1;
  const n = last - first; // degree after trimming
  const out: Complex[] = [];
  if (n === 1) {
    out.push({ re: -(p[first + 1] as number) / (p[first] as number), im: 0 });
  } else if (n > 1) {
    const lead = p[first] as number;
    const a: number[][] = [];
    for (let i = 0; i < n; i++) a.push(new Array<number>(n).fill(0));
    for (let j = 0; j < n; j++) (a[0] as number[])[j] = -(p[first + 1 + j] as number) / lead;
    for (let i = 1; i < n; i++) (a[i] as number[])[i - 1] = 1;
    balance(a);
    const evd = new EigenvalueDecomposition(new Matrix(a), { assumeSymmetric: false });
    const re = evd.realEigenvalues;
    const im = evd.imaginaryEigenvalues;
    for (let i = 0; i < n; i++) out.push({ re: re[i] as number, im: im[i] as number });
  }
  for (let i = 0; i < trailing; i++) out.push({ re: 0, im: 0 });
  return out;
}
