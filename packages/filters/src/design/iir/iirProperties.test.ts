// Property tests of the IIR design functions (fast-check prints the seed and the shrunk counterexample on failure).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { butter } from './butter';
import { cheby1 } from './cheby1';
import { cdiv, cmul, type Complex } from './complex';
import { ellip } from './ellip';
import { magnitudeDb } from '@rxdsp/core';
import { sos2tf } from './sos2tf';
import { sosfreqz } from './sosfreqz';
import { tf2zpk } from './tf2zpk';
import { zpk2sos } from './zpk2sos';
import { zpk2tf } from './zpk2tf';
import { bilinear } from './bilinear';
import { bilinearZpk } from './bilinearZpk';
import { freqz } from './freqz';

/** H(e^{jω}) straight from zeros, poles and gain (z-domain, positive powers). */
function hZpk(z: Complex[], p: Complex[], k: number, w: number): Complex {
  const e = { re: Math.cos(w), im: Math.sin(w) };
  let h: Complex = { re: k, im: 0 };
  for (const r of z) h = cmul(h, { re: e.re - r.re, im: e.im - r.im });
  for (const r of p) h = cdiv(h, { re: e.re - r.re, im: e.im - r.im });
  // z^{len(p) − len(z)} relates positive powers to the causal form; |·| = 1, phase only
  const d = p.length - z.length;
  return cmul(h, { re: Math.cos(d * w), im: Math.sin(d * w) });
}

/** Random real root sets: conjugate pairs and reals inside radius `rmax`. */
const rootSet = (rmax: number, maxPairs: number, maxReals: number) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.double({ min: 0.05, max: rmax, noNaN: true }), fc.double({ min: 0.05, max: 3.09, noNaN: true })), { maxLength: maxPairs }),
      fc.array(fc.double({ min: -rmax, max: rmax, noNaN: true }), { maxLength: maxReals }),
    )
    .map(([pairs, reals]) => {
      const out: Complex[] = [];
      for (const [r, th] of pairs) out.push({ re: r * Math.cos(th), im: r * Math.sin(th) }, { re: r * Math.cos(th), im: -r * Math.sin(th) });
      for (const x of reals) out.push({ re: x, im: 0 });
      return out;
    });

describe('IIR properties', () => {
  it('zpk2sos keeps the response of (z, p, k) for every pairing', () => {
    fc.assert(
      fc.property(rootSet(1.5, 3, 3), rootSet(0.95, 3, 3), fc.double({ min: 0.1, max: 10, noNaN: true }), fc.constantFrom('nearest', 'keep_odd', 'minimal'), (z, p, k, pairing) => {
        fc.pre(p.length > 0 && (pairing !== 'minimal' || p.length >= z.length));
        const sos = zpk2sos(z, p, k, { pairing: pairing as 'nearest' });
        const ws = [0.1, 0.9, 2.0, 3.0];
        const { h } = sosfreqz(sos, ws);
        ws.forEach((w, i) => {
          const ref = hZpk(z, p, k, w);
          const m = Math.hypot(ref.re, ref.im);
          expect(Math.abs(Math.hypot(h.re[i] as number, h.im[i] as number) - m)).toBeLessThanOrEqual(1e-9 * Math.max(1, m));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('zpk2tf ∘ tf2zpk is the identity on coefficients (simple, separated roots)', () => {
    fc.assert(
      fc.property(rootSet(0.9, 2, 2), fc.double({ min: 0.5, max: 4, noNaN: true }), (p, k) => {
        fc.pre(p.length > 0);
        const a = zpk2tf([], p, 1).a;
        const b = Float64Array.from(a, (_, i) => (i === 0 ? k : 0));
        const zpk = tf2zpk(b, a);
        const back = zpk2tf(zpk.z, zpk.p, zpk.k);
        for (let i = 0; i < a.length; i++) expect(back.a[i]).toBeCloseTo(a[i] as number, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('butter lowpass: 0 dB at DC and −3.0103 dB at Wn for any order and cutoff', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.double({ min: 0.01, max: 0.95, noNaN: true }), (N, wn) => {
        const sos = butter(N, wn, { output: 'sos' });
        const db = magnitudeDb(sosfreqz(sos, [0, wn * Math.PI]).h);
        expect(Math.abs(db[0] as number)).toBeLessThan(1e-9);
        expect(Math.abs((db[1] as number) - 10 * Math.log10(0.5))).toBeLessThan(1e-8);
      }),
      { numRuns: 100 },
    );
  });

  it('cheby1 / ellip bandpass: passband gain within [−rp, 0] dB at the band edges and centre', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.double({ min: 0.05, max: 0.7, noNaN: true }),
        fc.double({ min: 0.05, max: 0.25, noNaN: true }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        (N, lo, width, rp) => {
          const hi = Math.min(lo + width, 0.95);
          const centre = 2 * Math.atan(Math.sqrt(Math.tan((Math.PI * lo) / 2) * Math.tan((Math.PI * hi) / 2))) / Math.PI;
          for (const sos of [cheby1(N, rp, [lo, hi], { btype: 'bandpass', output: 'sos' }), ellip(N, rp, rp + 40, [lo, hi], { btype: 'bandpass', output: 'sos' })]) {
            const db = magnitudeDb(sosfreqz(sos, [lo * Math.PI, centre * Math.PI, hi * Math.PI]).h);
            for (const v of db) {
              expect(v).toBeLessThanOrEqual(1e-7);
              expect(v).toBeGreaterThanOrEqual(-rp - 1e-7);
            }
            expect(db[0]).toBeCloseTo(-rp, 6);
            expect(db[2]).toBeCloseTo(-rp, 6);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('bilinear (tf) and bilinearZpk agree', () => {
    fc.assert(
      fc.property(rootSet(3, 1, 1), rootSet(3, 2, 1), fc.double({ min: 0.5, max: 100, noNaN: true }), (z0, p0, fs) => {
        // stable analog poles: left half plane
        const p = p0.map((r) => ({ re: -Math.abs(r.re) - 0.1, im: r.im }));
        fc.pre(p.length >= z0.length && p.length > 0);
        const { b, a } = zpk2tf(z0, p, 1);
        const t = bilinear(b, a, fs);
        const d = bilinearZpk(z0, p, 1, fs);
        const tf = zpk2tf(d.z, d.p, d.k);
        const h1 = freqz(t.b, t.a, [0.3, 1.5]).h;
        const h2 = freqz(tf.b, tf.a, [0.3, 1.5]).h;
        for (let i = 0; i < 2; i++) {
          const m = Math.hypot(h2.re[i] as number, h2.im[i] as number);
          expect(Math.hypot((h1.re[i] as number) - (h2.re[i] as number), (h1.im[i] as number) - (h2.im[i] as number))).toBeLessThanOrEqual(1e-8 * Math.max(1, m));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('sos2tf of a design equals its ba output (moderate orders)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.1, max: 0.9, noNaN: true }), (N, wn) => {
        const { b, a } = sos2tf(butter(N, wn, { output: 'sos' }));
        const ba = butter(N, wn);
        const h1 = freqz(b, a, 16).h;
        const h2 = freqz(ba.b, ba.a, 16).h;
        for (let i = 0; i < 16; i++) expect(Math.abs((h1.re[i] as number) - (h2.re[i] as number))).toBeLessThan(1e-10);
      }),
      { numRuns: 100 },
    );
  });
});
