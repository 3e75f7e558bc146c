// Randomised scipy sweep of every public IIR design function (fixtures/gen_iir_sweep.py → fixtures/iir_sweep.json).
// Independent of the author's fixtures: cases drawn with a fixed seed over the parameter space scipy accepts,
// plus the inputs scipy rejects (we must reject them too, naming the parameter).
// Tolerances (issue 5): designs by |H| on 512 points within 1e−6 of the peak and the first 400 impulse-response
// samples within 1e−8; order functions exactly on the order and within 1e−9 on wn; responses element-wise.
// The fixture stores |H| and the impulse response rounded to 11 decimals (≤ 5e−12, see the script), far below these.
import { loadFixture } from '@rxdsp/test-utils';
import { afterAll, describe, expect, it } from 'vitest';
import { lfilter } from '../../kernels/lfilter';
import { sosfilt } from '../../kernels/sosfilt';
import { bessel } from './bessel';
import { buttord } from './buttord';
import { butter } from './butter';
import { cheb1ord } from './cheb1ord';
import { cheb2ord } from './cheb2ord';
import { cheby1 } from './cheby1';
import { cheby2 } from './cheby2';
import { cdiv, cmul, type Complex } from './complex';
import { ellip } from './ellip';
import { ellipord } from './ellipord';
import { freqz } from './freqz';
import { groupDelay } from './groupDelay';
import { iirdesign } from './iirdesign';
import { iirfilter } from './iirfilter';
import { iirnotch } from './iirnotch';
import { iirpeak } from './iirpeak';
import { sos2tf } from './sos2tf';
import { sos2zpk } from './sos2zpk';
import { sosfreqz } from './sosfreqz';
import { tf2sos } from './tf2sos';
import { tf2zpk } from './tf2zpk';
import { expectRootsClose, fromJson, polyAt, type CplxJson, type ZpkJson } from '../../../test/support/iir/testSupport';
import type { BA, IirOutput, ZPK } from './types';
import type { Sos } from '../../types/Sos';
import { zpk2sos } from './zpk2sos';
import { zpk2tf } from './zpk2tf';

type Kw = Record<string, unknown>;
interface DesignCase extends ZpkJson {
  reject?: boolean;
  fam: 'butter' | 'cheby1' | 'cheby2' | 'ellip' | 'bessel';
  via: string;
  regime: string;
  N: number;
  Wn: number | number[];
  kw: Kw;
  mag: number[];
  imp: number[];
  baSound: boolean;
}
interface AnalogCase extends ZpkJson {
  fam: DesignCase['fam'];
  N: number;
  Wn: number | number[];
  kw: Kw;
}
interface OrderCase {
  reject?: boolean;
  fn: 'buttord' | 'cheb1ord' | 'cheb2ord' | 'ellipord';
  btype: string;
  regime: string;
  wp: number | number[];
  ws: number | number[];
  gpass: number;
  gstop: number;
  kw: Kw;
  order: number;
  wn: number[];
}
interface IirdesignCase extends ZpkJson {
  wp: number | number[];
  ws: number | number[];
  gpass: number;
  gstop: number;
  kw: Kw;
}
interface PrecisionCase {
  fn: 'cheby2';
  N: number;
  rs: number;
  Wn: number[];
  btype: 'bandstop';
  w: number[];
  mag: number[];
  scipyError: number;
}
interface Sweep {
  designs: DesignCase[];
  precision: PrecisionCase[];
  analog: AnalogCase[];
  orders: OrderCase[];
  iirdesign: IirdesignCase[];
  notchPeak: { fn: 'iirnotch' | 'iirpeak'; w0: number; Q: number; fs: number; b: number[]; a: number[] }[];
  responses: {
    freqz: { b: number[]; a: number[]; worN: number | number[]; kw: Kw; w: number[]; h: CplxJson }[];
    sosfreqz: { sos: number[][]; worN: number | number[]; kw: Kw; w: number[]; h: CplxJson }[];
    groupDelay: { b: number[]; a: number[]; w: number | number[]; kw: Kw; wOut: number[]; gd: number[] }[];
  };
  conversions: {
    tf2zpk: ({ b: number[]; a: number[]; kind: string } & ZpkJson)[];
    zpk2tf: { in: ZpkJson; b: number[]; a: number[] }[];
    tf2sos: { b: number[]; a: number[]; sos: number[][] }[];
    sos2: ({ sos: number[][]; b: number[]; a: number[] } & ZpkJson)[];
    zpk2sos: { in: ZpkJson; pairing: 'nearest' | 'keep_odd' | 'minimal'; sos: number[][] | null }[];
  };
  aliases: ({ fn: 'butter' | 'bessel' | 'iirfilter' | 'iirdesign'; args: unknown[]; kw: Kw } & ZpkJson)[];
  rejects: { fn: string; args: unknown[]; kw: Kw; param: string; scipyAccepts: boolean; error: string | null }[];
}

const fx = loadFixture<Sweep>('../../../fixtures/iir_sweep.json', import.meta.url);

const worst: Record<string, number> = {};
function rec(key: string, v: number): number {
  worst[key] = Math.max(worst[key] ?? 0, Number.isNaN(v) ? Infinity : v);
  return v;
}
afterAll(() => {
  if (process.env.IIR_REPORT) {
    console.log(`iir sweep worst errors:\n${Object.entries(worst).map(([k, v]) => `  ${k}: ${v.toExponential(2)}`).join('\n')}`);
  }
});

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>, n = Math.max(a.length, b.length)): number {
  let m = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.abs(((a[i] as number | undefined) ?? 0) - ((b[i] as number | undefined) ?? 0));
    m = Number.isNaN(d) ? Infinity : Math.max(m, d);
  }
  return m;
}
function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] as number));
  return m;
}
function magnitude(h: { re: Float64Array; im: Float64Array }): Float64Array {
  return h.re.map((r, i) => Math.hypot(r, h.im[i] as number));
}
function impulse(n: number): Float64Array {
  const x = new Float64Array(n);
  x[0] = 1;
  return x;
}
/** k·Π(s − z)/Π(s − p), a naive reference evaluation of scipy's zpk. */
function zpkAt(zpk: ZpkJson, s: Complex): Complex {
  let h: Complex = { re: zpk.k, im: 0 };
  for (const z of fromJson(zpk.z)) h = cmul(h, { re: s.re - z.re, im: s.im - z.im });
  for (const p of fromJson(zpk.p)) h = cdiv(h, { re: s.re - p.re, im: s.im - p.im });
  return h;
}
function sosAt(sos: Sos<number[]>, s: Complex): Complex {
  let h: Complex = { re: 1, im: 0 };
  for (const r of sos) h = cmul(h, cdiv(polyAt(r.slice(0, 3), s), polyAt(r.slice(3), s)));
  return h;
}

/** Calls our design the way the fixture called scipy. */
function design(c: { fam: DesignCase['fam']; via?: string; N: number; Wn: number | number[]; kw: Kw }, output: IirOutput): BA | ZPK | Sos<number[]> {
  const o = { ...c.kw, output } as Kw;
  if (c.via === 'iirfilter') return iirfilter(c.N, c.Wn, { ...o, ftype: c.fam } as never) as BA | ZPK | Sos<number[]>;
  const { rp, rs, ...rest } = o;
  switch (c.fam) {
    case 'butter':
      return butter(c.N, c.Wn, rest as never) as BA | ZPK | Sos<number[]>;
    case 'bessel':
      return bessel(c.N, c.Wn, rest as never) as BA | ZPK | Sos<number[]>;
    case 'cheby1':
      return cheby1(c.N, rp as number, c.Wn, rest as never) as BA | ZPK | Sos<number[]>;
    case 'cheby2':
      return cheby2(c.N, rs as number, c.Wn, rest as never) as BA | ZPK | Sos<number[]>;
    case 'ellip':
      return ellip(c.N, rp as number, rs as number, c.Wn, rest as never) as BA | ZPK | Sos<number[]>;
  }
}
function label(c: { fam: string; via?: string; N: number; Wn: unknown; kw: Kw }): string {
  return `${c.via ?? c.fam}(${c.fam !== c.via ? `${c.fam}, ` : ''}${c.N}, ${JSON.stringify(c.Wn)}, ${JSON.stringify(c.kw)})`;
}

describe('IIR sweep: digital designs vs scipy', () => {
  const cases = fx.designs.filter((c) => !c.reject);
  it('covers every family × band type, orders 1..16, normalised and Hz', () => {
    const seen = new Set(cases.map((c) => `${c.fam}/${String((c.kw.btype as string) ?? '')}`));
    expect(seen.size).toBeGreaterThanOrEqual(20);
    expect(Math.max(...cases.map((c) => c.N))).toBeGreaterThanOrEqual(14);
    expect(cases.some((c) => c.kw.fs !== undefined)).toBe(true);
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });
  for (const c of cases) {
    it(label(c), () => {
      let peak = 0;
      for (const v of c.mag) peak = Math.max(peak, v);
      const sos = design(c, 'sos') as Sos<number[]>;
      const dm = rec('design |H| / peak (sos)', maxDiff(magnitude(sosfreqz(sos, 512).h), c.mag) / peak);
      expect(dm, 'sos magnitude error / peak').toBeLessThanOrEqual(1e-6);
      const di = rec('design impulse (sos)', maxDiff(sosfilt(sos, impulse(400)).y, c.imp, 400));
      expect(di, 'sos impulse-response error').toBeLessThanOrEqual(1e-8);

      const zpk = design(c, 'zpk') as ZPK;
      rec('design roots (rel)', Math.max(expectRootsClose(zpk.z, fromJson(c.z), 1e-8, 1e-8, 'z'), expectRootsClose(zpk.p, fromJson(c.p), 1e-8, 1e-8, 'p')));
      expect(rec('design k (rel)', Math.abs(zpk.k - c.k) / Math.abs(c.k)), `k ${zpk.k} vs ${c.k}`).toBeLessThanOrEqual(1e-8);

      if (c.baSound) {
        const ba = design(c, 'ba') as BA;
        const bm = rec('design |H| / peak (ba)', maxDiff(magnitude(freqz(ba.b, ba.a, 512).h), c.mag) / peak);
        const bi = rec('design impulse (ba)', maxDiff(lfilter(ba.b, ba.a, impulse(400)).y, c.imp, 400));
        expect(bm, '(b, a) magnitude error / peak').toBeLessThanOrEqual(1e-6);
        expect(bi, '(b, a) impulse-response error').toBeLessThanOrEqual(1e-8);
      } else {
        // issue 13: where scipy's own (b, a) loses digits, 'ba' is either refused (naming the function and
        // advising 'sos') or, if returned, within −60 dB (re the peak) of scipy's sos response
        let ba: BA | undefined;
        try {
          ba = design(c, 'ba') as BA;
        } catch (err) {
          expect(err).toBeInstanceOf(RangeError);
          expect((err as Error).message).toMatch(new RegExp(`^${c.via ?? c.fam}: output 'ba' cannot represent this design .*use output: 'sos'`));
        }
        // (2e-3: freqz evaluates the ill-conditioned polynomials by another route than the design check's Horner
        // rule on 4096 points, which moves the figure by tens of percent at this level)
        if (ba) expect(maxDiff(magnitude(freqz(ba.b, ba.a, 512).h), c.mag) / peak, 'returned (b, a) magnitude error / peak').toBeLessThanOrEqual(2e-3);
      }
    });
  }
});

// Regression (verifier sweep): lp2bs/lp2bp formed each root pair as h ± √(h² − wo²), as scipy does; with |h| ≫ wo
// the small root cancels. cheby2(1, 193 dB, narrow bandstop) put its bilinear pole 7e−8 from z = 1 off by 4e−9,
// |H| off by 4.9 % of the peak (scipy's own error, recorded in the fixture). The reference is the same design in
// 60-digit arithmetic (mpmath, in the fixture script); rxdsp now forms the small root as wo²/(large root).
describe('IIR sweep: designs where scipy loses precision, against a 60-digit reference', () => {
  for (const c of fx.precision) {
    it(`${c.fn}(${c.N}, ${c.rs}, ${JSON.stringify(c.Wn)}, ${c.btype}) — scipy's error ${c.scipyError.toExponential(1)} of the peak`, () => {
      const sos = cheby2(c.N, c.rs, c.Wn, { btype: c.btype, output: 'sos' });
      const mag = magnitude(sosfreqz(sos, c.w).h);
      const err = rec('precision |H| / peak (vs 60 digits)', maxDiff(mag, c.mag) / maxAbs(c.mag));
      expect(err).toBeLessThanOrEqual(1e-7);
      expect(err).toBeLessThan(c.scipyError);
    });
  }
});

describe('IIR sweep: analog designs vs scipy', () => {
  for (const c of fx.analog) {
    it(label(c), () => {
      const zpk = design(c, 'zpk') as ZPK;
      rec(
        'analog roots (rel)',
        Math.max(expectRootsClose(zpk.z, fromJson(c.z), 1e-9, 1e-9, 'z'), expectRootsClose(zpk.p, fromJson(c.p), 1e-9, 1e-9, 'p')),
      );
      expect(rec('analog k (rel)', Math.abs(zpk.k - c.k) / Math.abs(c.k))).toBeLessThanOrEqual(1e-9);
      // the 'sos' and 'ba' forms give scipy's analog response H(jω) at frequencies around the band
      const sos = design(c, 'sos') as Sos<number[]>;
      const ba = design(c, 'ba') as BA;
      const edges = Array.isArray(c.Wn) ? c.Wn : [c.Wn];
      for (const f of [0.1, 0.5, 0.9, 1, 1.1, 2, 10]) {
        for (const e of edges) {
          const s = { re: 0, im: f * e };
          const ref = zpkAt(c, s);
          const scale = Math.max(1e-12, Math.hypot(ref.re, ref.im));
          const hs = sosAt(sos, s);
          expect(rec('analog H(jω) sos (rel)', Math.hypot(hs.re - ref.re, hs.im - ref.im) / scale), `sos H(j${s.im})`).toBeLessThanOrEqual(1e-8);
          if (zpk.p.length <= 12) {
            const hb = cdiv(polyAt(ba.b, s), polyAt(ba.a, s));
            expect(rec('analog H(jω) ba (rel)', Math.hypot(hb.re - ref.re, hb.im - ref.im) / scale), `ba H(j${s.im})`).toBeLessThanOrEqual(1e-6);
          }
        }
      }
    });
  }
});

describe('IIR sweep: order selection vs scipy', () => {
  const fns = { buttord, cheb1ord, cheb2ord, ellipord };
  for (const c of fx.orders.filter((o) => !o.reject)) {
    it(`${c.fn}(${JSON.stringify(c.wp)}, ${JSON.stringify(c.ws)}, ${c.gpass}, ${c.gstop}, ${JSON.stringify(c.kw)}) [${c.btype}, ${c.regime}]`, () => {
      const r = fns[c.fn](c.wp, c.ws, c.gpass, c.gstop, c.kw);
      expect(r.order).toBe(c.order);
      const wn = typeof r.wn === 'number' ? [r.wn] : r.wn;
      expect(wn.length).toBe(c.wn.length);
      const err = maxDiff(wn, c.wn) / Math.max(1, maxAbs(c.wn));
      expect(rec('order wn (rel)', err), `wn ${JSON.stringify(wn)} vs ${JSON.stringify(c.wn)}`).toBeLessThanOrEqual(1e-9);
    });
  }
});

describe('IIR sweep: iirdesign vs scipy (every ftype, band type, fs, analog)', () => {
  for (const c of fx.iirdesign) {
    it(`iirdesign(${JSON.stringify(c.wp)}, ${JSON.stringify(c.ws)}, ${c.gpass}, ${c.gstop}, ${JSON.stringify(c.kw)})`, () => {
      const zpk = iirdesign(c.wp, c.ws, c.gpass, c.gstop, { ...c.kw, output: 'zpk' } as never) as unknown as ZPK;
      expect(zpk.p.length, 'order').toBe(c.p.re.length);
      rec('iirdesign roots (rel)', Math.max(expectRootsClose(zpk.z, fromJson(c.z), 1e-8, 1e-8, 'z'), expectRootsClose(zpk.p, fromJson(c.p), 1e-8, 1e-8, 'p')));
      expect(rec('iirdesign k (rel)', Math.abs(zpk.k - c.k) / Math.abs(c.k))).toBeLessThanOrEqual(1e-8);
      if (c.kw.analog) return;
      // digital: the sections' |H| on 512 points against scipy's zpk evaluated naively, within 1e−6 of the peak
      const sos = iirdesign(c.wp, c.ws, c.gpass, c.gstop, { ...c.kw, output: 'sos' } as never) as unknown as Sos<number[]>;
      const ours = magnitude(sosfreqz(sos, 512).h);
      const ref = Array.from({ length: 512 }, (_, i) => {
        const om = (Math.PI * i) / 512;
        const h = zpkAt(c, { re: Math.cos(om), im: Math.sin(om) });
        return Math.hypot(h.re, h.im);
      });
      expect(rec('iirdesign |H| / peak', maxDiff(ours, ref) / maxAbs(ref))).toBeLessThanOrEqual(1e-6);
    });
  }
});

describe('IIR sweep: iirnotch / iirpeak vs scipy', () => {
  for (const c of fx.notchPeak) {
    it(`${c.fn}(${c.w0}, ${c.Q}, ${c.fs})`, () => {
      const { b, a } = (c.fn === 'iirnotch' ? iirnotch : iirpeak)(c.w0, c.Q, c.fs);
      expect(rec('notch/peak coefficients', Math.max(maxDiff(b, c.b), maxDiff(a, c.a)))).toBeLessThanOrEqual(1e-12);
    });
  }
});

describe('IIR sweep: responses vs scipy (element-wise)', () => {
  const opts = (kw: Kw): Kw => {
    const o: Kw = {};
    if (kw.fs !== undefined) o.fs = kw.fs;
    if (kw.whole !== undefined) o.whole = kw.whole;
    if (kw.include_nyquist !== undefined) o.includeNyquist = kw.include_nyquist;
    return o;
  };
  fx.responses.freqz.forEach((c, i) => {
    it(`freqz #${i} (worN ${Array.isArray(c.worN) ? `[${c.worN.length}]` : c.worN}, ${JSON.stringify(c.kw)})`, () => {
      const r = freqz(c.b, c.a, c.worN, opts(c.kw));
      expect(r.w.length).toBe(c.w.length);
      expect(rec('freqz w (rel)', maxDiff(r.w, c.w) / Math.max(1, maxAbs(c.w)))).toBeLessThanOrEqual(1e-13);
      const scale = Math.max(maxAbs(c.h.re), maxAbs(c.h.im));
      expect(rec('freqz h (rel to peak)', Math.max(maxDiff(r.h.re, c.h.re), maxDiff(r.h.im, c.h.im)) / scale)).toBeLessThanOrEqual(1e-11);
    });
  });
  fx.responses.sosfreqz.forEach((c, i) => {
    it(`sosfreqz #${i} (worN ${Array.isArray(c.worN) ? `[${c.worN.length}]` : c.worN}, ${JSON.stringify(c.kw)})`, () => {
      const r = sosfreqz(c.sos, c.worN, opts(c.kw));
      expect(r.w.length).toBe(c.w.length);
      expect(rec('sosfreqz w (rel)', maxDiff(r.w, c.w) / Math.max(1, maxAbs(c.w)))).toBeLessThanOrEqual(1e-13);
      const scale = Math.max(maxAbs(c.h.re), maxAbs(c.h.im));
      expect(rec('sosfreqz h (rel to peak)', Math.max(maxDiff(r.h.re, c.h.re), maxDiff(r.h.im, c.h.im)) / scale)).toBeLessThanOrEqual(1e-11);
    });
  });
  fx.responses.groupDelay.forEach((c, i) => {
    it(`groupDelay #${i} (w ${Array.isArray(c.w) ? `[${c.w.length}]` : c.w}, ${JSON.stringify(c.kw)})`, () => {
      const r = groupDelay(c.b, c.a, c.w, opts(c.kw));
      expect(r.w.length).toBe(c.wOut.length);
      expect(rec('groupDelay w (rel)', maxDiff(r.w, c.wOut) / Math.max(1, maxAbs(c.wOut)))).toBeLessThanOrEqual(1e-13);
      // group delay is a ratio whose conditioning follows |H|: compare relative to max(1, |τ|) point by point
      let e = 0;
      c.gd.forEach((g, j) => {
        e = Math.max(e, Math.abs((r.gd[j] as number) - g) / Math.max(1, Math.abs(g)));
      });
      expect(rec('groupDelay (rel)', e)).toBeLessThanOrEqual(1e-8);
    });
  });
});

describe('IIR sweep: conversions on random polynomials vs scipy', () => {
  fx.conversions.tf2zpk.forEach((c, i) => {
    it(`tf2zpk #${i} (${c.kind}, len(b) ${c.b.length}, len(a) ${c.a.length}${c.b[0] === 0 ? ', leading zeros in b' : ''})`, () => {
      const r = tf2zpk(c.b, c.a);
      // roots of multiplicity m are only determined to ~eps^(1/m) (by scipy too): repeated kinds get a looser root
      // tolerance, and the zpk must rebuild the normalised polynomials to 1e−9 either way.
      const tol = c.kind === 'repeated' || c.kind === 'zeroRoots' ? 2e-4 : 1e-8;
      rec(`tf2zpk roots ${c.kind}`, Math.max(expectRootsClose(r.z, fromJson(c.z), tol, tol, 'z'), expectRootsClose(r.p, fromJson(c.p), tol, tol, 'p')));
      expect(rec('tf2zpk k (rel)', Math.abs(r.k - c.k) / Math.abs(c.k))).toBeLessThanOrEqual(1e-12);
      const back = zpk2tf(r.z, r.p, r.k);
      const ref = zpk2tf(fromJson(c.z), fromJson(c.p), c.k);
      expect(rec('tf2zpk → zpk2tf', Math.max(maxDiff(back.b, ref.b) / maxAbs(ref.b), maxDiff(back.a, ref.a) / maxAbs(ref.a)))).toBeLessThanOrEqual(1e-9);
    });
  });
  fx.conversions.zpk2tf.forEach((c, i) => {
    it(`zpk2tf #${i} (${c.in.z.re.length} zeros, ${c.in.p.re.length} poles)`, () => {
      const r = zpk2tf(fromJson(c.in.z), fromJson(c.in.p), c.in.k);
      expect(r.b.length).toBe(c.b.length);
      expect(r.a.length).toBe(c.a.length);
      expect(rec('zpk2tf (rel)', Math.max(maxDiff(r.b, c.b) / maxAbs(c.b), maxDiff(r.a, c.a) / maxAbs(c.a)))).toBeLessThanOrEqual(1e-13);
    });
  });
  fx.conversions.tf2sos.forEach((c, i) => {
    it(`tf2sos #${i} (len(b) ${c.b.length}, len(a) ${c.a.length})`, () => {
      const r = tf2sos(c.b, c.a);
      expect(r.length, 'number of sections').toBe(c.sos.length);
      const scale = Math.max(...c.sos.map((row) => maxAbs(row)));
      expect(rec('tf2sos coefficients (rel)', maxDiff(r.flat(), c.sos.flat()) / scale)).toBeLessThanOrEqual(1e-9);
    });
  });
  // zpk2sos: the sections must give H(z) of the zpk (scipy's digital convention H = k·z^(len p − len z)·Π(z − zᵢ)/Π(z − pᵢ),
  // no power of z with 'minimal'), every row must be filterable (a0 = 1), and the section count must be scipy's.
  // The rows are scipy's except: 'minimal' first-order rows (scipy's a0 = 0 form), ties between roots equally close
  // to the unit circle (Math.hypot and numpy's abs can differ by an ulp), and the cases where scipy raises.
  let identical = 0;
  afterAll(() => {
    if (process.env.IIR_REPORT) console.log(`zpk2sos sweep: ${identical} of ${fx.conversions.zpk2sos.length} row-for-row identical to scipy`);
  });
  fx.conversions.zpk2sos.forEach((c, i) => {
    it(`zpk2sos #${i} (${c.in.z.re.length} zeros, ${c.in.p.re.length} poles, ${c.pairing}${c.sos === null ? '; scipy raises' : ''})`, () => {
      const sos = zpk2sos(fromJson(c.in.z), fromJson(c.in.p), c.in.k, { pairing: c.pairing });
      for (const r of sos) expect(r[3], 'a0').toBe(1);
      const excess = c.pairing === 'minimal' ? 0 : c.in.p.re.length - c.in.z.re.length;
      let e = 0;
      let peak = 0;
      for (let j = 0; j < 16; j++) {
        const om = (Math.PI * (j + 0.37)) / 16;
        const z = { re: Math.cos(om), im: Math.sin(om) };
        let ref = zpkAt(c.in, z);
        for (let m = 0; m < Math.abs(excess); m++) ref = cmul(ref, excess > 0 ? z : { re: z.re, im: -z.im });
        const h = sosAt(sos, z);
        e = Math.max(e, Math.hypot(h.re - ref.re, h.im - ref.im));
        peak = Math.max(peak, Math.hypot(ref.re, ref.im));
      }
      expect(rec('zpk2sos H(z) (rel to peak)', e / peak)).toBeLessThanOrEqual(1e-10);
      if (c.sos !== null) {
        expect(sos.length, 'number of sections').toBe(c.sos.length);
        const scale = Math.max(...c.sos.map((r) => maxAbs(r)));
        if (maxDiff(sos.flat(), c.sos.flat()) <= 1e-9 * scale) identical++;
      }
    });
  });
  fx.conversions.sos2.forEach((c, i) => {
    it(`sos2zpk / sos2tf #${i} (${c.sos.length} sections)`, () => {
      const zpk = sos2zpk(c.sos);
      rec('sos2zpk roots', Math.max(expectRootsClose(zpk.z, fromJson(c.z), 1e-9, 1e-9, 'z'), expectRootsClose(zpk.p, fromJson(c.p), 1e-9, 1e-9, 'p')));
      expect(Math.abs(zpk.k - c.k) / Math.abs(c.k)).toBeLessThanOrEqual(1e-12);
      const tf = sos2tf(c.sos);
      expect(rec('sos2tf (rel)', Math.max(maxDiff(tf.b, c.b) / maxAbs(c.b), maxDiff(tf.a, c.a) / maxAbs(c.a)))).toBeLessThanOrEqual(1e-13);
    });
  });
});

// Regression (verifier sweep): scipy's band-type aliases 'l', 'h', 'bands', its family aliases ('cauer', 'elliptic',
// 'butterworth', 'chebyshev1/i/2/ii', 'bessel_phase/delay/mag') and upper-case spellings were rejected.
describe('IIR sweep: scipy spellings of btype, ftype and output', () => {
  for (const c of fx.aliases) {
    it(`${c.fn}(${c.args.map((a) => JSON.stringify(a)).join(', ')}, ${JSON.stringify(c.kw)})`, () => {
      const a = c.args as unknown as [never, never, never, never];
      const kw = c.kw as never;
      const r = (c.fn === 'butter' ? butter(a[0], a[1], kw) : c.fn === 'bessel' ? bessel(a[0], a[1], kw) : c.fn === 'iirfilter' ? iirfilter(a[0], a[1], kw) : iirdesign(a[0], a[1], a[2], a[3], kw)) as unknown as ZPK;
      expectRootsClose(r.z, fromJson(c.z), 1e-9, 1e-9, 'z');
      expectRootsClose(r.p, fromJson(c.p), 1e-9, 1e-9, 'p');
      expect(Math.abs(r.k - c.k) / Math.abs(c.k)).toBeLessThanOrEqual(1e-9);
    });
  }
  it('rejects a Bessel norm that contradicts a bessel_* ftype', () => {
    expect(() => iirfilter(4, 0.3, { ftype: 'bessel_delay', norm: 'mag', btype: 'lowpass' })).toThrow(/iirfilter: norm 'mag' contradicts ftype 'bessel_delay'/);
  });
});

// Inputs scipy accepts but rxdsp rejects on purpose (scipy returns a meaningless result):
const DELIBERATE: Record<string, string> = {
  'ellip [6,3,3,0.3]': 'rs = rp: a stopband no lower than the passband ripple is no elliptic filter (rs must exceed rp)',
  'iirnotch [0,30]': 'w0 = 0 gives b = a (H ≡ 1), not a notch',
  'iirnotch [0.9,0.5]': 'Q ≤ w0/(fs/2) puts the bandwidth past Nyquist: scipy returns an unstable filter (pole radius 1.4)',
  'iirpeak [12000,0.4]': 'Q ≤ w0/(fs/2) puts the bandwidth past Nyquist: scipy returns an unstable filter',
  'iirnotch [0.5,-3]': 'a negative Q (a negative bandwidth): scipy returns a filter that notches nothing useful',
  'buttord [0.2,0.3,3,3]': 'gpass = gstop: scipy returns order 0, which no design function accepts',
  'buttord [0.2,1.2,1,40]': 'ws past Nyquist: scipy pre-warps with a negative tan and returns a meaningless order',
  'buttord [0.2,0.3,1,40]': 'with fs = 0.5 the edges are past Nyquist: scipy returns order ≈ 1.2e16',
  'ellipord [-0.2,0.3,1,40]': 'a negative band edge: scipy returns wn = −0.2',
  'freqz [[1],[1],512]': 'fs must be > 0 (scipy returns negative frequencies)',
  'group_delay [[1],[1],512]': 'fs must be > 0 (scipy divides by zero)',
};

describe('IIR sweep: inputs scipy rejects are rejected, naming the parameter', () => {
  const call = (fn: string, args: unknown[], kw: Kw): unknown => {
    // scipy's positional arguments (up to four), passed through unchecked: the rejects are deliberately ill-typed
    const a = args as unknown as [never, never, never, never];
    switch (fn) {
      case 'butter':
        return butter(a[0], a[1], kw as never);
      case 'bessel':
        return bessel(a[0], a[1], kw as never);
      case 'cheby1':
        return cheby1(a[0], a[1], a[2], kw as never);
      case 'cheby2':
        return cheby2(a[0], a[1], a[2], kw as never);
      case 'ellip':
        return ellip(a[0], a[1], a[2], a[3], kw as never);
      case 'iirfilter':
        return iirfilter(a[0], a[1], kw as never);
      case 'iirnotch':
        return iirnotch(a[0], a[1], (kw.fs as number | undefined) ?? 2);
      case 'iirpeak':
        return iirpeak(a[0], a[1], (kw.fs as number | undefined) ?? 2);
      case 'buttord':
        return buttord(a[0], a[1], a[2], a[3], kw);
      case 'cheb1ord':
        return cheb1ord(a[0], a[1], a[2], a[3], kw);
      case 'cheb2ord':
        return cheb2ord(a[0], a[1], a[2], a[3], kw);
      case 'ellipord':
        return ellipord(a[0], a[1], a[2], a[3], kw);
      case 'iirdesign':
        return iirdesign(a[0], a[1], a[2], a[3], kw as never);
      case 'freqz':
        return freqz(a[0], a[1], a[2], kw);
      case 'group_delay':
        return groupDelay(a[0], a[1], a[2], kw);
    }
    throw new Error(`no mapping for ${fn}`);
  };
  // Order 0: since issue 14 rxdsp returns scipy's trivial filter b = a = [1] (golden values for every family and
  // output form: gen_scipy_behaviours.py, in iirfilter.test.ts).
  const ORDER_ZERO = new Set(['butter [0,0.5]', 'bessel [0,0.3]']);
  for (const r of fx.rejects) {
    const key = `${r.fn} ${JSON.stringify(r.args)}`;
    if (ORDER_ZERO.has(key)) {
      it(`${key} ${JSON.stringify(r.kw)}: scipy's trivial filter b = a = [1]`, () => {
        const { b, a } = call(r.fn, r.args, r.kw) as { b: Float64Array; a: Float64Array };
        expect(Array.from(b)).toEqual([1]);
        expect(Array.from(a)).toEqual([1]);
      });
      continue;
    }
    const ours = r.fn === 'group_delay' ? 'groupDelay' : r.fn;
    it(`${key} ${JSON.stringify(r.kw)}: ${r.scipyAccepts ? `deliberate difference — ${DELIBERATE[key] ?? '?'}` : r.error}`, () => {
      if (r.scipyAccepts) expect(DELIBERATE[key], 'scipy accepts this: document why we reject it').toBeDefined();
      let err: unknown;
      try {
        call(r.fn, r.args, r.kw);
      } catch (e) {
        err = e;
      }
      expect(err, 'must throw').toBeDefined();
      expect(err instanceof RangeError || err instanceof TypeError, `RangeError/TypeError, got ${String(err)}`).toBe(true);
      const msg = (err as Error).message;
      expect(msg.startsWith(`${ours}:`), msg).toBe(true);
      expect(msg, 'names the parameter').toMatch(new RegExp(`\\b${r.param}\\b`));
    });
  }
});
