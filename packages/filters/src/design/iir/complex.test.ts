import { describe, expect, it } from 'vitest';
import { cabs, cadd, cconj, cdiv, cexp, cmul, complex, cprod, csqrt, csub, sortComplex } from './complex';

describe('complex helpers', () => {
  it('do complex arithmetic', () => {
    const a = complex(1, 2);
    const b = complex(3, -4);
    expect(cadd(a, b)).toEqual({ re: 4, im: -2 });
    expect(csub(a, b)).toEqual({ re: -2, im: 6 });
    // (1 + 2i)(3 − 4i) = 3 − 4i + 6i + 8 = 11 + 2i
    expect(cmul(a, b)).toEqual({ re: 11, im: 2 });
    // (11 + 2i)/(3 − 4i) = 1 + 2i
    const q = cdiv({ re: 11, im: 2 }, b);
    expect(q.re).toBeCloseTo(1, 15);
    expect(q.im).toBeCloseTo(2, 15);
    expect(cabs(b)).toBe(5);
    expect(cconj(a)).toEqual({ re: 1, im: -2 });
    expect(cprod([a, b, complex(0, 1)])).toEqual({ re: -2, im: 11 });
  });
  it('divide without overflow for huge denominators (Smith)', () => {
    const q = cdiv({ re: 1e300, im: 1e300 }, { re: 1e300, im: 1e300 });
    expect(q.re).toBeCloseTo(1, 15);
    expect(q.im).toBeCloseTo(0, 15);
  });
  it('take the principal square root with numpy’s branch cut', () => {
    expect(csqrt({ re: -4, im: 0 })).toEqual({ re: 0, im: 2 });
    expect(csqrt({ re: -4, im: -0 })).toEqual({ re: 0, im: -2 });
    const r = csqrt({ re: 3, im: 4 }); // (2 + i)² = 3 + 4i
    expect(r.re).toBeCloseTo(2, 15);
    expect(r.im).toBeCloseTo(1, 15);
    const s = csqrt({ re: -3, im: -4 }); // (1 − 2i)² = −3 − 4i
    expect(s.re).toBeCloseTo(1, 15);
    expect(s.im).toBeCloseTo(-2, 15);
  });
  it('exponentiate', () => {
    const e = cexp({ re: 0, im: Math.PI / 2 });
    expect(e.re).toBeCloseTo(0, 15);
    expect(e.im).toBeCloseTo(1, 15);
  });
  it('sort by real then imaginary part', () => {
    expect(sortComplex([complex(1, 1), complex(0, 5), complex(1, -1)])).toEqual([complex(0, 5), complex(1, -1), complex(1, 1)]);
  });
});
