// Private: the shared fixture suite of the IIR design tests (one call per family test file).
import { loadFixture } from '@rxdsp/test-utils';
import { afterAll, describe, expect, it } from 'vitest';
import { lfilter } from '../../../src/kernels/lfilter';
import { sosfilt } from '../../../src/kernels/sosfilt';
import { cdiv, cmul } from '../../../src/design/iir/complex';
import { freqz } from '../../../src/design/iir/freqz';
import { sosfreqz } from '../../../src/design/iir/sosfreqz';
import { expectRootsClose, fromJson, polyAt, type ZpkJson } from './testSupport';
import type { BA, IirOutput, ZPK } from '../../../src/design/iir/types';
import type { Sos } from '../../../src/types/Sos';

export interface DesignCase extends ZpkJson {
  fn: string;
  args: unknown[];
  kw: Record<string, unknown>;
  mag: number[];
  imp: number[];
  baSound: boolean;
}
export interface AnalogCase extends ZpkJson {
  fn: string;
  sos: number[][] | null;
  args: unknown[];
  kw: Record<string, unknown>;
}

/** Calls the design under test with scipy's arguments mapped to the rxdsp options object. */
export type DesignCall = (c: { args: unknown[]; kw: Record<string, unknown> }, output: IirOutput) => BA | ZPK | Sos<number[]>;

/** Maps scipy keyword arguments (btype, fs, norm, analog, rp, rs, ftype) to options. */
export function toOptions(kw: Record<string, unknown>, output: IirOutput): Record<string, unknown> {
  return { ...kw, output };
}


function magnitude(h: { re: Float64Array; im: Float64Array }): Float64Array {
  return h.re.map((r, i) => Math.hypot(r, h.im[i] as number));
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < b.length; i++) {
    const d = Math.abs((a[i] as number) - (b[i] as number));
    m = Number.isNaN(d) ? Infinity : Math.max(m, d);
  }
  return m;
}

function label(c: { args: unknown[]; kw: Record<string, unknown> }): string {
  return `(${c.args.map((a) => JSON.stringify(a)).join(', ')}${Object.keys(c.kw).length ? `, ${JSON.stringify(c.kw)}` : ''})`;
}

/**
 * Runs the scipy fixture `file` against `call`: for every design, the sections' magnitude response on 512 points
 * (within 1e−6 of the peak), the first 400 impulse-response samples (within 1e−8), the zeros and poles
 * (1e−9 relative, matched as multisets), and the (b, a) form whenever scipy's own (b, a) is numerically sound.
 */
export function designSuite(title: string, file: string, base: string, call: DesignCall): void {
  const fx = loadFixture<{ designs: DesignCase[]; analog: AnalogCase[] }>(file, base);
  const worst = { mag: 0, imp: 0, roots: 0, baMag: 0, baImp: 0 };
  afterAll(() => {
    if (process.env.IIR_REPORT) {
      console.log(
        `${title}: ${fx.designs.length} designs; worst |Δ|H|| / peak ${worst.mag.toExponential(2)}, impulse ${worst.imp.toExponential(2)}, ` +
          `roots ${worst.roots.toExponential(2)}; (b, a): |Δ|H|| / peak ${worst.baMag.toExponential(2)}, impulse ${worst.baImp.toExponential(2)}`,
      );
    }
  });
  describe(`${title} (scipy fixtures)`, () => {
    for (const c of fx.designs) {
      it(`${c.fn}${label(c)}`, () => {
        const sos = call(c, 'sos') as Sos<number[]>;
        let peak = 0;
        for (const v of c.mag) peak = Math.max(peak, v);
        const mag = magnitude(sosfreqz(sos, 512).h);
        const dm = maxDiff(mag, c.mag) / peak;
        worst.mag = Math.max(worst.mag, dm);
        expect(dm, 'sos magnitude error / peak').toBeLessThanOrEqual(1e-6);
        const imp = new Float64Array(400);
        imp[0] = 1;
        const di = maxDiff(sosfilt(sos, imp).y, c.imp);
        worst.imp = Math.max(worst.imp, di);
        expect(di, 'sos impulse response error').toBeLessThanOrEqual(1e-8);

        const zpk = call(c, 'zpk') as ZPK;
        const rz = expectRootsClose(zpk.z, fromJson(c.z), 1e-9, 1e-9, 'z');
        const rp = expectRootsClose(zpk.p, fromJson(c.p), 1e-9, 1e-9, 'p');
        const rk = Math.abs(zpk.k - c.k) / Math.abs(c.k);
        worst.roots = Math.max(worst.roots, rz, rp, rk);
        expect(rk, `k ${zpk.k} vs ${c.k}`).toBeLessThanOrEqual(1e-9);

        if (c.baSound) {
          const ba = call(c, 'ba') as BA;
          const bm = maxDiff(magnitude(freqz(ba.b, ba.a, 512).h), c.mag) / peak;
          const bi = maxDiff(lfilter(ba.b, ba.a, imp).y, c.imp);
          worst.baMag = Math.max(worst.baMag, bm);
          worst.baImp = Math.max(worst.baImp, bi);
          expect(bm, '(b, a) magnitude error / peak').toBeLessThanOrEqual(1e-6);
          expect(bi, '(b, a) impulse response error').toBeLessThanOrEqual(1e-8);
        }
      });
    }
    for (const c of fx.analog) {
      it(`analog ${c.fn}${label(c)}: zeros, poles, gain`, () => {
        const zpk = call(c, 'zpk') as ZPK;
        expectRootsClose(zpk.z, fromJson(c.z), 1e-9, 1e-9, 'z');
        expectRootsClose(zpk.p, fromJson(c.p), 1e-9, 1e-9, 'p');
        expect(Math.abs(zpk.k - c.k) / Math.abs(c.k)).toBeLessThanOrEqual(1e-9);
        // analog sections ('minimal' pairing, s-domain coefficients)
        const sos = (call(c, 'sos') as Sos<number[]>).flat();
        if (c.sos === null) {
          // scipy raises here; rxdsp's sections must still give the analog response of scipy's zpk
          const rows = call(c, 'sos') as Sos<number[]>;
          for (const w of [0.3, 1, 1.7, 2.5, 10]) {
            const s = { re: 0, im: w };
            let h = { re: 1, im: 0 };
            for (const r of rows) h = cmul(h, cdiv(polyAt([r[0]!, r[1]!, r[2]!], s), polyAt([r[3]!, r[4]!, r[5]!], s)));
            let ref = { re: c.k, im: 0 };
            for (const z of fromJson(c.z)) ref = cmul(ref, { re: s.re - z.re, im: s.im - z.im });
            for (const p of fromJson(c.p)) ref = cdiv(ref, { re: s.re - p.re, im: s.im - p.im });
            expect(Math.hypot(h.re - ref.re, h.im - ref.im), `H(j${w})`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.hypot(ref.re, ref.im)));
          }
          return;
        }
        const ref = c.sos.flat();
        let scale = 0;
        for (const v of ref) scale = Math.max(scale, Math.abs(v));
        expect(sos.length).toBe(ref.length);
        for (let i = 0; i < ref.length; i++) {
          expect(Math.abs((sos[i] as number) - (ref[i] as number)), `sos coefficient ${i}`).toBeLessThanOrEqual(1e-9 * scale);
        }
      });
    }
  });
}
