/**
 * A complex number as a plain, serialisable object. Zeros and poles of `zpk` designs use it.
 *
 * ## Example
 * ```ts
 * import { type Complex, cmul } from '@rxdsp/filters';
 * const j: Complex = { re: 0, im: 1 };
 * cmul(j, j); // { re: -1, im: 0 }
 * ```
 */
export interface Complex {
  /** Real part. */
  re: number;
  /** Imaginary part. */
  im: number;
}

/** Makes a complex number `re + i·im` (im defaults to 0). */
export function complex(re: number, im = 0): Complex {
  return { re, im };
}

/** `a + b`. */
export function cadd(a: Complex, b: Complex): Complex {
  return { re: a.re + b.re, im: a.im + b.im };
}

/** `a − b`. */
export function csub(a: Complex, b: Complex): Complex {
  return { re: a.re - b.re, im: a.im - b.im };
}

/** `a · b`. */
export function cmul(a: Complex, b: Complex): Complex {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/** `a · s` for a real scalar `s`. */
export function cscale(a: Complex, s: number): Complex {
  return { re: a.re * s, im: a.im * s };
}

/**
 * `a / b`, computed with Smith's algorithm (no overflow for large |b|), as numpy does for complex division.
 */
export function cdiv(a: Complex, b: Complex): Complex {
  if (Math.abs(b.re) >= Math.abs(b.im)) {
    if (b.re === 0 && b.im === 0) return { re: a.re / 0, im: a.im / 0 };
    const r = b.im / b.re;
    const d = b.re + b.im * r;
    return { re: (a.re + a.im * r) / d, im: (a.im - a.re * r) / d };
  }
  const r = b.re / b.im;
  const d = b.re * r + b.im;
  return { re: (a.re * r + a.im) / d, im: (a.im * r - a.re) / d };
}

/** Complex conjugate `re − i·im`. */
export function cconj(a: Complex): Complex {
  return { re: a.re, im: -a.im };
}

/** `−a`. */
export function cneg(a: Complex): Complex {
  return { re: -a.re, im: -a.im };
}

/** Modulus |a| (overflow-safe `Math.hypot`). */
export function cabs(a: Complex): number {
  return Math.hypot(a.re, a.im);
}

/** Principal square root (branch cut along the negative real axis, as numpy's `sqrt`). */
export function csqrt(a: Complex): Complex {
  const { re, im } = a;
  if (re === 0 && im === 0) return { re: 0, im };
  const t = Math.sqrt((Math.abs(re) + Math.hypot(re, im)) / 2);
  if (re >= 0) return { re: t, im: im / (2 * t) };
  return { re: Math.abs(im) / (2 * t), im: Object.is(im, -0) || im < 0 ? -t : t };
}

/** `e^a`. */
export function cexp(a: Complex): Complex {
  const m = Math.exp(a.re);
  return { re: m * Math.cos(a.im), im: m * Math.sin(a.im) };
}

/** `sinh(a)` = sinh(re)·cos(im) + i·cosh(re)·sin(im). */
export function csinh(a: Complex): Complex {
  return { re: Math.sinh(a.re) * Math.cos(a.im), im: Math.cosh(a.re) * Math.sin(a.im) };
}

/** Product of a list of complex numbers (1 for an empty list). */
export function cprod(values: readonly Complex[]): Complex {
  let acc: Complex = { re: 1, im: 0 };
  for (const v of values) acc = cmul(acc, v);
  return acc;
}

/** True when `a` has an exactly zero imaginary part (numpy's `isreal`). */
export function cisReal(a: Complex): boolean {
  return a.im === 0;
}

/**
 * Sorts complex values by real part, then imaginary part (numpy's `sort_complex` order); returns a new array.
 * Handy for comparing root sets, which have no natural order.
 */
export function sortComplex(values: readonly Complex[]): Complex[] {
  return [...values].sort((x, y) => x.re - y.re || x.im - y.im);
}
