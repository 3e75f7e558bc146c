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
      const ref = c.sos.flat();
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
