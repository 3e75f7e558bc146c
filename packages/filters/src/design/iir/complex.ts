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

/**
 * Makes a complex number `re + i·im` (im defaults to 0).
 *
 * ## Example
 * ```ts
 * import { complex } from '@rxdsp/filters';
 * complex(1, 2); // { re: 1, im: 2 }
 * ```
 */
export function complex(re: number, im = 0): Complex {
  return { re, im };
}

/**
 * `a + b`.
 *
 * ## Example
 * ```ts
 * import { complex, cadd } from '@rxdsp/filters';
 * cadd(complex(1, 2), complex(3, -1)); // { re: 4, im: 1 }
 * ```
 */
export function cadd(a: Complex, b: Complex): Complex {
  return { re: a.re + b.re, im: a.im + b.im };
}

/**
 * `a − b`.
 *
 * ## Example
 * ```ts
 * import { complex, csub } from '@rxdsp/filters';
 * csub(complex(1, 2), complex(3, -1)); // { re: -2, im: 3 }
 * ```
 */
export function csub(a: Complex, b: Complex): Complex {
  return { re: a.re - b.re, im: a.im - b.im };
}

/**
 * `a · b`.
 *
 * ## Example
 * ```ts
 * import { complex, cmul } from '@rxdsp/filters';
 * cmul(complex(1, 2), complex(3, -4)); // { re: 11, im: 2 }
 * ```
 */
export function cmul(a: Complex, b: Complex): Complex {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/**
 * `a · s` for a real scalar `s`.
 *
 * ## Example
 * ```ts
 * import { complex, cscale } from '@rxdsp/filters';
 * cscale(complex(1, -2), 3); // { re: 3, im: -6 }
 * ```
 */
export function cscale(a: Complex, s: number): Complex {
  return { re: a.re * s, im: a.im * s };
}

/**
 * `a / b`, computed with Smith's algorithm (no overflow for large |b|), as numpy does for complex division.
 *
 * ## Example
 * ```ts
 * import { complex, cdiv } from '@rxdsp/filters';
 * cdiv(complex(11, 2), complex(3, -4)); // ≈ { re: 1, im: 2 }
 * ```
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

/**
 * Complex conjugate `re − i·im`.
 *
 * ## Example
 * ```ts
 * import { complex, cconj } from '@rxdsp/filters';
 * cconj(complex(1, 2)); // { re: 1, im: -2 }
 * ```
 */
export function cconj(a: Complex): Complex {
  return { re: a.re, im: -a.im };
}

/**
 * `−a`.
 *
 * ## Example
 * ```ts
 * import { complex, cneg } from '@rxdsp/filters';
 * cneg(complex(1, -2)); // { re: -1, im: 2 }
 * ```
 */
export function cneg(a: Complex): Complex {
  return { re: -a.re, im: -a.im };
}

/**
 * Modulus |a| (overflow-safe `Math.hypot`).
 *
 * ## Example
 * ```ts
 * import { complex, cabs } from '@rxdsp/filters';
 * cabs(complex(3, 4)); // 5
 * ```
 */
export function cabs(a: Complex): number {
  return Math.hypot(a.re, a.im);
}

/**
 * Principal square root (branch cut along the negative real axis, as numpy's `sqrt`).
 *
 * ## Example
 * ```ts
 * import { complex, csqrt } from '@rxdsp/filters';
 * csqrt(complex(-4, 0)); // { re: 0, im: 2 }
 * ```
 */
export function csqrt(a: Complex): Complex {
  const { re, im } = a;
  if (re === 0 && im === 0) return { re: 0, im };
  const t = Math.sqrt((Math.abs(re) + Math.hypot(re, im)) / 2);
  if (re >= 0) return { re: t, im: im / (2 * t) };
  return { re: Math.abs(im) / (2 * t), im: Object.is(im, -0) || im < 0 ? -t : t };
}

/**
 * `e^a`.
 *
 * ## Example
 * ```ts
 * import { complex, cexp } from '@rxdsp/filters';
 * cexp(complex(0, Math.PI)); // ≈ { re: -1, im: 0 }
 * ```
 */
export function cexp(a: Complex): Complex {
  const m = Math.exp(a.re);
  return { re: m * Math.cos(a.im), im: m * Math.sin(a.im) };
}

/**
 * `sinh(a)` = sinh(re)·cos(im) + i·cosh(re)·sin(im).
 *
 * ## Example
 * ```ts
 * import { complex, csinh } from '@rxdsp/filters';
 * csinh(complex(0, Math.PI / 2)); // ≈ { re: 0, im: 1 }
 * ```
 */
export function csinh(a: Complex): Complex {
  return { re: Math.sinh(a.re) * Math.cos(a.im), im: Math.cosh(a.re) * Math.sin(a.im) };
}

/**
 * Product of a list of complex numbers (1 for an empty list).
 *
 * ## Example
 * ```ts
 * import { complex, cprod } from '@rxdsp/filters';
 * cprod([complex(0, 1), complex(0, 1)]); // { re: -1, im: 0 }
 * ```
 */
export function cprod(values: readonly Complex[]): Complex {
  let acc: Complex = { re: 1, im: 0 };
  for (const v of values) acc = cmul(acc, v);
  return acc;
}

/**
 * True when `a` has an exactly zero imaginary part (numpy's `isreal`).
 *
 * ## Example
 * ```ts
 * import { complex, cisReal } from '@rxdsp/filters';
 * cisReal(complex(2)); // true
 * ```
 */
export function cisReal(a: Complex): boolean {
  return a.im === 0;
}

/**
 * Sorts complex values by real part, then imaginary part (numpy's `sort_complex` order); returns a new array.
 * Handy for comparing root sets, which have no natural order.
 *
 * ## Example
 * ```ts
 * import { complex, sortComplex } from '@rxdsp/filters';
 * sortComplex([complex(1, 1), complex(0, 5)]); // [{ re: 0, im: 5 }, { re: 1, im: 1 }]
 * ```
 */
export function sortComplex(values: readonly Complex[]): Complex[] {
  return [...values].sort((x, y) => x.re - y.re || x.im - y.im);
}
