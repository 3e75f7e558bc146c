import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { afterAll, describe, expect, it } from 'vitest';
import { besselap } from './besselap';
import { bilinear } from './bilinear';
import { bilinearZpk } from './bilinearZpk';
import { buttap } from './buttap';
import { cheb1ap } from './cheb1ap';
import { cheb2ap } from './cheb2ap';
import { ellipap } from './ellipap';
import { lp2bp } from './lp2bp';
import { lp2bs } from './lp2bs';
import { lp2hp } from './lp2hp';
import { lp2lp } from './lp2lp';
import { sos2tf } from './sos2tf';
import { sos2zpk } from './sos2zpk';
import { tf2sos } from './tf2sos';
import { tf2zpk } from './tf2zpk';
import { zpk2sos } from './zpk2sos';
import { zpk2tf } from './zpk2tf';
import { sosfreqz } from './sosfreqz';
import { expectRootsClose, fromJson, printWorst, record, type ZpkJson } from './testSupport';
import type { ZPK } from './types';

interface Fx {
  prototypes: ({ fn: string; args: (number | string)[] } & ZpkJson)[];
  transforms: ({ fn: string; proto: string; in: ZpkJson; args: number[] } & ZpkJson)[];
  bilinear: { b: number[]; a: number[]; fs: number; bz: number[]; az: number[] }[];
  tf2zpk: ({ b: number[]; a: number[] } & ZpkJson)[];
  zpk2tf: { in: ZpkJson; b: number[]; a: number[] }[];
  zpk2sos: { name: string; pairing: 'nearest' | 'keep_odd' | 'minimal'; in: ZpkJson; sos: number[][] }[];
  zpk2sosAnalog: { name: string; in: ZpkJson; sos: number[][] }[];
  tf2sos: { name: string; b: number[]; a: number[]; sos: number[][] }[];
  sos2: ({ name: string; sos: number[][]; b: number[]; a: number[] } & ZpkJson)[];
}
const fx = loadFixture<Fx>('../../../fixtures/iir_conversions.json', import.meta.url);

afterAll(() => printWorst('conversions'));

function expectZpk(actual: ZPK, expected: ZpkJson, rtol: number, label: string): void {
  record(`${label} roots`, expectRootsClose(actual.z, fromJson(expected.z), rtol, rtol, `${label} z`));
  record(`${label} roots`, expectRootsClose(actual.p, fromJson(expected.p), rtol, rtol, `${label} p`));
  const kerr = Math.abs(actual.k - expected.k) / Math.max(Math.abs(expected.k), 1e-300);
  record(`${label} k`, kerr);
  expect(kerr, `${label} k: ${actual.k} vs ${expected.k}`).toBeLessThanOrEqual(rtol);
}

function flat(sos: number[][]): number[] {
  return sos.flat();
}

describe('analog prototypes (scipy fixtures, sorted roots)', () => {
  const call: Record<string, (args: (number | string)[]) => ZPK> = {
    buttap: ([n]) => buttap(n as number),
    cheb1ap: ([n, rp]) => cheb1ap(n as number, rp as number),
    cheb2ap: ([n, rs]) => cheb2ap(n as number, rs as number),
    ellipap: ([n, rp, rs]) => ellipap(n as number, rp as number, rs as number),
    besselap: ([n, norm]) => besselap(n as number, norm as 'phase' | 'delay' | 'mag'),
  };
  for (const c of fx.prototypes) {
    it(`${c.fn}(${c.args.join(', ')})`, () => {
      // Bessel: scipy's Aberth/Newton roots vs companion eigenvalues + Newton polish here; 'mag' uses a secant with
      // tol 1.48e−8 in scipy, so its scale factor agrees to ~1e−10 only.
      // ellipap: for high orders with a small rs the degree-equation modulus m is within ~1e−6 of 1, so one ulp in
      // m moves the roots by ~1e−10 relative (measured: scipy and this code both differ from a 40-digit mpmath
      // evaluation of the same formulas by ~1e−11 and ~4e−11 at N = 12, rp = 3, rs = 20).
      const tol = c.fn === 'besselap' ? (c.args[1] === 'mag' ? 1e-9 : 1e-12) : c.fn === 'ellipap' ? 1e-9 : 1e-13;
      expectZpk(call[c.fn]!(c.args), c, tol, c.fn);
    });
  }
});

describe('band transformations and bilinearZpk (scipy fixtures)', () => {
  for (const c of fx.transforms) {
    it(`${c.fn}(${c.proto}, ${c.args.join(', ')})`, () => {
      const z = fromJson(c.in.z);
      const p = fromJson(c.in.p);
      const [x, y] = c.args as [number, number];
      const r =
        c.fn === 'lp2lp'
          ? lp2lp(z, p, c.in.k, x)
          : c.fn === 'lp2hp'
            ? lp2hp(z, p, c.in.k, x)
            : c.fn === 'lp2bp'
              ? lp2bp(z, p, c.in.k, x, y)
              : c.fn === 'lp2bs'
                ? lp2bs(z, p, c.in.k, x, y)
                : bilinearZpk(z, p, c.in.k, x);
      expectZpk(r, c, 1e-12, c.fn);
    });
  }
});

describe('bilinear (tf form)', () => {
  for (const [i, c] of fx.bilinear.entries()) {
    it(`case ${i}: fs = ${c.fs}`, () => {
      const r = bilinear(c.b, c.a, c.fs);
      expectClose(r.b, c.bz, { rtol: 1e-12, atol: 1e-14, label: 'b' });
      expectClose(r.a, c.az, { rtol: 1e-12, atol: 1e-14, label: 'a' });
    });
  }
});

describe('tf2zpk / zpk2tf', () => {
  for (const [i, c] of fx.tf2zpk.entries()) {
    it(`tf2zpk case ${i} (companion-matrix eigenvalues)`, () => {
      expectZpk(tf2zpk(c.b, c.a), c, 1e-10, 'tf2zpk');
    });
  }
  for (const [i, c] of fx.zpk2tf.entries()) {
    it(`zpk2tf case ${i}`, () => {
      const r = zpk2tf(fromJson(c.in.z), fromJson(c.in.p), c.in.k);
      expectClose(r.b, c.b, { rtol: 1e-12, atol: 1e-15, label: 'b' });
      expectClose(r.a, c.a, { rtol: 1e-12, atol: 1e-15, label: 'a' });
    });
  }
  it('complex roots from the companion matrix are exact conjugates', () => {
    const { p } = tf2zpk([1], [1, -1.2, 0.8, -0.3, 0.05, 0.01]);
    const complexOnes = p.filter((r) => r.im !== 0);
    for (const r of complexOnes) expect(complexOnes.some((s) => s.re === r.re && s.im === -r.im)).toBe(true);
  });
  it('round trip with multiple roots: zpk2tf(tf2zpk(b, a)) = (b, a)', () => {
    const b = [1, 4, 6, 4, 1]; // (1 + z⁻¹)⁴: a fourfold root at −1 (ill-conditioned as roots, fine as a polynomial)
    const a = [1, -0.5, 0.3, -0.1, 0.02];
    const { z, p, k } = tf2zpk(b, a);
    const r = zpk2tf(z, p, k);
    expectClose(r.b, b, { rtol: 1e-12, atol: 1e-12 });
    expectClose(r.a, a, { rtol: 1e-12, atol: 1e-12 });
  });
  it('zpk2tf rejects a complex zero without its conjugate', () => {
    expect(() => zpk2tf([{ re: 0, im: 1 }], [], 1)).toThrow(/zpk2tf: z must consist of real values and complex-conjugate pairs/);
  });
});

describe('zpk2sos (scipy pairing)', () => {
  for (const c of fx.zpk2sos) {
    it(`${c.name}, pairing '${c.pairing}': same sections as scipy`, () => {
      const r = zpk2sos(fromJson(c.in.z), fromJson(c.in.p), c.in.k, { pairing: c.pairing });
      expect(r.length).toBe(c.sos.length);
      let scale = 0;
      for (const v of flat(c.sos)) scale = Math.max(scale, Math.abs(v));
      const err = Math.max(...flat(r).map((v, i) => Math.abs(v - (flat(c.sos)[i] as number)))) / scale;
      record('zpk2sos coef', err);
      expectClose(flat(r), flat(c.sos), { rtol: 1e-12, atol: 1e-13 * scale, label: c.name });
    });
  }
  for (const c of fx.zpk2sosAnalog) {
    it(`analog ${c.name} ('minimal' pairing)`, () => {
      const r = zpk2sos(fromJson(c.in.z), fromJson(c.in.p), c.in.k, { analog: true });
      let scale = 0;
      for (const v of flat(c.sos)) scale = Math.max(scale, Math.abs(v));
      expectClose(flat(r), flat(c.sos), { rtol: 1e-12, atol: 1e-13 * scale, label: c.name });
    });
  }
  it('rejects bad options and unpaired roots', () => {
    expect(() => zpk2sos([], [{ re: 0.5, im: 0 }], 1, { pairing: 'best' as 'nearest' })).toThrow(
      /zpk2sos: pairing must be one of 'nearest', 'keep_odd', 'minimal', got 'best'/,
    );
    expect(() => zpk2sos([], [{ re: 0.5, im: 0 }], 1, { analog: true, pairing: 'nearest' })).toThrow(/zpk2sos: pairing must be 'minimal' for an analog filter/);
    expect(() => zpk2sos([], [{ re: 0.5, im: 0.2 }], 1)).toThrow(/zpk2sos: p contains a complex value with no matching conjugate/);
  });
  it('empty zpk gives a single gain section', () => {
    expect(zpk2sos([], [], 2.5)).toEqual([[2.5, 0, 0, 1, 0, 0]]);
  });
});

describe('tf2sos / sos2tf / sos2zpk', () => {
  for (const c of fx.tf2sos) {
    it(`tf2sos ${c.name}: same response as scipy's sections`, () => {
      // roots come from eigenvalues (scipy: LAPACK), so coefficients agree to root accuracy; compare responses
      const r = tf2sos(c.b, c.a);
      expect(r.length).toBe(c.sos.length);
      const mine = sosfreqz(r, 512);
      const ref = sosfreqz(c.sos, 512);
      let peak = 0;
      for (let i = 0; i < 512; i++) peak = Math.max(peak, Math.hypot(ref.h.re[i] as number, ref.h.im[i] as number));
      expectClose(mine.h.re, ref.h.re, { rtol: 0, atol: 1e-9 * peak, label: 'h.re' });
      expectClose(mine.h.im, ref.h.im, { rtol: 0, atol: 1e-9 * peak, label: 'h.im' });
    });
  }
  for (const c of fx.sos2) {
    it(`sos2tf and sos2zpk ${c.name}`, () => {
      const t = sos2tf(c.sos);
      expectClose(t.b, c.b, { rtol: 1e-13, atol: 1e-16, label: 'b' });
      expectClose(t.a, c.a, { rtol: 1e-13, atol: 1e-16, label: 'a' });
      expectZpk(sos2zpk(c.sos), c, 1e-11, 'sos2zpk');
    });
  }
});

describe('conversions and prototypes: bad input', () => {
  it('names the function, the parameter and the value', () => {
    expect(() => buttap(-1)).toThrow(/buttap: N must be ≥ 0, got -1/);
    expect(() => cheb1ap(3.5, 1)).toThrow(/cheb1ap: N must be an integer, got 3.5/);
    expect(() => cheb2ap(3, 0)).toThrow(/cheb2ap: rs must be a stopband attenuation > 0 dB, got 0/);
    expect(() => ellipap(4, 1, 0.5)).toThrow(/ellipap: cannot design a filter with rp = 1 dB and rs = 0.5 dB/);
    expect(() => besselap(4, 'fast' as 'phase')).toThrow(/besselap: norm must be one of 'phase', 'delay', 'mag', got 'fast'/);
    expect(() => besselap(51)).toThrow(/besselap: N must be ≤ 50/);
    expect(() => tf2zpk([1], [0, 0])).toThrow(/tf2zpk: a must have at least one non-zero coefficient, got all zeros/);
    expect(() => tf2zpk([1, Number.POSITIVE_INFINITY], [1])).toThrow(/tf2zpk: b\[1\] must be finite, got Infinity/);
    expect(() => bilinear([1], [1, 1], 0)).toThrow(/bilinear: fs must be a positive sampling rate in Hz, got 0/);
    expect(() => bilinearZpk([{ re: 1, im: 0 }], [], 1, 2)).toThrow(/bilinearZpk: z must not have more values than p/);
    expect(() => lp2lp([], [{ re: -1, im: 0 }], 1, 0)).toThrow(/lp2lp: wo must be a cutoff > 0 rad\/s, got 0/);
    expect(() => lp2bp([], [{ re: -1, im: 0 }], 1, 1, -2)).toThrow(/lp2bp: bw must be a bandwidth > 0 rad\/s, got -2/);
    expect(() => lp2bs([], [{ re: -1, im: Number.NaN }], 1)).toThrow(/lp2bs: p\[0\] must be finite/);
    expect(() => lp2hp([], ['x' as unknown as number], 1)).toThrow(/lp2hp: p\[0\] must be \{ re, im \}, got "x"/);
    expect(() => sos2tf([[1, 0, 0, 1, 0]])).toThrow(/sos2tf: sos\[0\] has 5 values, expected 6/);
    expect(() => sos2zpk([])).toThrow(/sos2zpk: sos must have at least one section/);
  });
});
