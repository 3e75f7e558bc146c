import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture, maxRelError } from '@rxdsp/test-utils';
import type { WindowSpec } from '@rxdsp/core';
import { firwin } from './firwin';
import { firwin2 } from './firwin2';

// Golden vectors: packages/filters/fixtures/gen_scipy_extra.py (scipy.signal.firwin2, scipy.signal.firwin).
interface Case {
  numtaps: number;
  freq: number[];
  gain: number[];
  options: { fs?: number; nfreqs?: number; window?: WindowSpec | null; antisymmetric?: boolean };
  h: number[];
}
interface FirwinCase {
  numtaps: number;
  cutoff: number;
  window: WindowSpec;
  h: number[];
}
const fx = loadFixture<{ firwin2: Case[]; firwinWindows: FirwinCase[] }>('../../../fixtures/scipy_extra.json', import.meta.url);

describe('firwin2 against scipy.signal.firwin2', () => {
  it(`${fx.firwin2.length} cases: types I–IV, jumps, nfreqs, windows (none, new ones), fs in Hz, within 1e-10 of the peak`, () => {
    let worst = 0;
    for (const c of fx.firwin2) {
      const h = firwin2(c.numtaps, c.freq, c.gain, c.options);
      const peak = Math.max(...c.h.map(Math.abs));
      expectClose(h, c.h, { rtol: 0, atol: 1e-10 * peak, label: `firwin2(${c.numtaps}, ${JSON.stringify(c.freq)}, ${JSON.stringify(c.options)})` });
      worst = Math.max(worst, maxRelError(h, c.h));
    }
    console.info(`worst error vs scipy, firwin2: ${worst.toExponential(2)} of the peak tap`);
  });
  it('firwin accepts every window added to core by name and tuple (scipy.signal.firwin)', () => {
    for (const c of fx.firwinWindows) {
      expectClose(firwin(c.numtaps, c.cutoff, { window: c.window }), c.h, { rtol: 1e-10, atol: 1e-13, label: `firwin window ${JSON.stringify(c.window)}` });
    }
  });
});

describe('firwin2 rejects what scipy rejects, naming the parameter', () => {
  it('breakpoints', () => {
    expect(() => firwin2(11, [0, 0.5, 1], [1, 0])).toThrow(/firwin2: freq and gain must have the same length, got 3 and 2/);
    expect(() => firwin2(11, [0.1, 1], [1, 0])).toThrow(/firwin2: freq must start with 0 and end with fs\/2 = 1/);
    expect(() => firwin2(11, [0, 0.6, 0.5, 1], [1, 1, 0, 0])).toThrow(/firwin2: freq must be nondecreasing, but freq\[2\] = 0.5 < freq\[1\] = 0.6/);
    expect(() => firwin2(11, [0, 0.5, 0.5, 0.5, 1], [1, 1, 0, 0, 0])).toThrow(/the value 0.5 occurs more than twice/);
    expect(() => firwin2(11, [0, 0, 1], [1, 0, 0])).toThrow(/the value 0 must not be repeated/);
    expect(() => firwin2(11, [0, 1, 1], [1, 0, 0])).toThrow(/the value fs\/2 = 1 must not be repeated/);
    expect(() => firwin2(11, [0, Number.NaN, 1], [1, 0, 0])).toThrow(/firwin2: freq\[1\] must be a finite number/);
  });
  it('filter types and sizes', () => {
    expect(() => firwin2(10, [0, 1], [1, 1])).toThrow(/a type II filter \(even numtaps\) must have gain 0 at fs\/2, got 1/);
    expect(() => firwin2(11, [0, 1], [0, 1], { antisymmetric: true })).toThrow(/type III .* must have gain 0 at 0 and fs\/2/);
    expect(() => firwin2(10, [0, 1], [1, 1], { antisymmetric: true })).toThrow(/type IV .* must have gain 0 at 0, got 1/);
    expect(() => firwin2(11, [0, 1], [1, 1], { nfreqs: 11 })).toThrow(/firwin2: nfreqs must be an integer > numtaps = 11, got 11/);
    expect(() => firwin2(0, [0, 1], [1, 1])).toThrow(/firwin2: numtaps must be an integer ≥ 1/);
    expect(() => firwin2(11, [0, 1], [1, 1], { fs: -1 })).toThrow(/firwin2: fs must be a finite number > 0, got -1/);
    expect(() => firwin2(11, [0, 1], [1, 1], { window: 'nope' })).toThrow(/firwin2: options.window: getWindow: unknown window name 'nope'/);
  });
});
