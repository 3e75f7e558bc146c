import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { zpk2sos } from './zpk2sos';
import { CONVERSIONS, type ConversionsFixture, fromJson } from './testSupport';

const fx = loadFixture<ConversionsFixture>(CONVERSIONS, import.meta.url);

function scaleOf(v: number[]): number {
  return v.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
}

describe('zpk2sos (scipy pairing; same sections, same order)', () => {
  for (const c of fx.zpk2sos) {
    it(`${c.name}, pairing '${c.pairing}'`, () => {
      const r = zpk2sos(fromJson(c.in.z), fromJson(c.in.p), c.in.k, { pairing: c.pairing });
      expect(r.length).toBe(c.sos.length);
      // scipy writes a digital first-order 'minimal' section as [0, b0, b1, 0, 1, a1] (a0 = 0); rxdsp writes the same
      // H(z) as [b0, b1, 0, 1, a1, 0] (see zpk2sos.ts): shift such rows left by one before comparing
      const ref = c.sos.map((row) => (row[3] === 0 ? [row[1]!, row[2]!, 0, row[4]!, row[5]!, 0] : row)).flat();
      for (const row of r) expect(row[3]).toBe(1);
      expectClose(r.flat(), ref, { rtol: 1e-12, atol: 1e-13 * scaleOf(ref), label: c.name });
    });
  }
  for (const c of fx.zpk2sosAnalog) {
    it(`analog ${c.name} ('minimal' pairing)`, () => {
      const r = zpk2sos(fromJson(c.in.z), fromJson(c.in.p), c.in.k, { analog: true });
      const ref = c.sos.flat();
      expectClose(r.flat(), ref, { rtol: 1e-12, atol: 1e-13 * scaleOf(ref), label: c.name });
    });
  }
  it("writes digital first-order 'minimal' sections with a0 = 1", () => {
    expect(zpk2sos([], [0.5], 1, { pairing: 'minimal' })).toEqual([[0, 1, 0, 1, -0.5, 0]]);
    expect(zpk2sos([0.2], [0.5], 2, { pairing: 'minimal' })).toEqual([[2, -0.4, 0, 1, -0.5, 0]]);
  });
  it('gives a single gain section for an empty zpk', () => {
    expect(zpk2sos([], [], 2.5)).toEqual([[2.5, 0, 0, 1, 0, 0]]);
    expect(zpk2sos([], [], 2.5, { analog: true })).toEqual([[0, 0, 2.5, 0, 0, 1]]);
  });
  it('rejects bad options and unpaired roots', () => {
    expect(() => zpk2sos([], [{ re: 0.5, im: 0 }], 1, { pairing: 'best' as 'nearest' })).toThrow(
      /zpk2sos: pairing must be one of 'nearest', 'keep_odd', 'minimal', got 'best'/,
    );
    expect(() => zpk2sos([], [{ re: 0.5, im: 0 }], 1, { analog: true, pairing: 'nearest' })).toThrow(
      /zpk2sos: pairing must be 'minimal' for an analog filter/,
    );
    expect(() => zpk2sos([], [{ re: 0.5, im: 0.2 }], 1)).toThrow(/zpk2sos: p contains a complex value with no matching conjugate/);
    expect(() => zpk2sos([1, 2], [0.5], 1, { pairing: 'minimal' })).toThrow(/zpk2sos: with pairing 'minimal' there must be at least as many poles as zeros/);
  });
});
