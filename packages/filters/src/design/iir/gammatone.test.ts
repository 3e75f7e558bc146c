import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { freqz } from './freqz';
import { gammatone } from './gammatone';

// Golden vectors: packages/filters/fixtures/gen_scipy_extra.py (scipy.signal.gammatone).
interface Case {
  freq: number;
  ftype: 'fir' | 'iir';
  fs: number | null;
  order: number | null;
  numtaps: number | null;
  b: number[];
  a: number[];
}
const fx = loadFixture<{ gammatone: Case[] }>('../../../fixtures/scipy_extra.json', import.meta.url);

describe('gammatone against scipy.signal.gammatone', () => {
  it(`${fx.gammatone.length} cases: fir (orders 1 … 24, numtaps 1 … 240, default) and iir, normalised and Hz`, () => {
    let worst = 0;
    for (const c of fx.gammatone) {
      const { b, a } = gammatone(c.freq, c.ftype, {
        ...(c.fs === null ? {} : { fs: c.fs }),
        ...(c.order === null ? {} : { order: c.order }),
        ...(c.numtaps === null ? {} : { numtaps: c.numtaps }),
      });
      const label = `gammatone(${c.freq}, ${c.ftype}, fs=${c.fs}, order=${c.order}, numtaps=${c.numtaps})`;
      const peak = Math.max(...c.b.map(Math.abs));
      expectClose(b, c.b, { rtol: 1e-10, atol: 1e-13 * peak, label: `${label} b` });
      expectClose(a, c.a, { rtol: 1e-10, atol: 1e-14, label: `${label} a` });
      if (peak > 0) for (let i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(b[i]! - c.b[i]!) / peak);
    }
    console.info(`worst error vs scipy, gammatone: ${worst.toExponential(2)} of the peak tap`);
  });
  it('has unit gain at its centre frequency (iir)', () => {
    const { b, a } = gammatone(1000, 'iir', { fs: 16000 });
    const { h } = freqz(b, a, [1000], { fs: 16000 });
    expect(Math.hypot(h.re[0]!, h.im[0]!)).toBeCloseTo(1, 6);
  });
  it('rejects bad input naming the parameter', () => {
    expect(() => gammatone(8000, 'fir', { fs: 16000 })).toThrow(/gammatone: freq must lie strictly between 0 and fs\/2 = 8000, got 8000/);
    expect(() => gammatone(0.5, 'fir', { order: 25 })).toThrow(/gammatone: order must be ≤ 24, got 25/);
    expect(() => gammatone(0.5, 'fir', { order: 0 })).toThrow(/gammatone: order must be an integer ≥ 1, got 0/);
    expect(() => gammatone(0.5, 'iir', { order: 4 })).toThrow(/gammatone: order and numtaps apply to the 'fir' form only/);
    expect(() => gammatone(0.5, 'fur' as 'fir')).toThrow(/gammatone: ftype must be 'fir' or 'iir', got "fur"/);
  });
});
