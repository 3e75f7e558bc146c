import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { getWindow, WINDOW_NAMES, type WindowSpec } from './getWindow';
import { hann } from './windows/hann';

// Golden vectors: packages/core/fixtures/gen_windows.py (scipy.signal.get_window).
interface Case {
  window: string | number | [string, number];
  n: number;
  fftbins: boolean;
  w: number[];
}
const fixture = loadFixture<{ getWindow: Case[] }>('../../fixtures/windows.json', import.meta.url);

describe('getWindow against scipy.signal.get_window', () => {
  it(`${fixture.getWindow.length} cases: names, aliases, [name, param], numeric β, suffixes, fftbins on/off, within 1e-12`, () => {
    for (const c of fixture.getWindow) {
      const w = getWindow(c.window as WindowSpec, c.n, { fftbins: c.fftbins });
      expectClose(w, c.w, { rtol: 0, atol: 1e-12, label: `getWindow(${JSON.stringify(c.window)}, ${c.n}, fftbins=${c.fftbins})` });
    }
  });
  it('is periodic by default and symmetric with fftbins: false', () => {
    expectClose(getWindow('hann', 8), hann(8, { sym: false }), { rtol: 0, atol: 0 });
    expectClose(getWindow('hann', 8, { fftbins: false }), hann(8), { rtol: 0, atol: 0 });
  });
  it('lists canonical names and aliases', () => {
    for (const n of ['hann', 'kaiser', 'rect', 'tuk', 'gss']) expect(WINDOW_NAMES).toContain(n);
  });
});

describe('getWindow bad input', () => {
  it('rejects an unknown name, naming the value', () => {
    expect(() => getWindow('hanning-ish', 8)).toThrow(RangeError);
    expect(() => getWindow('hanning-ish', 8)).toThrow(/getWindow: unknown window name 'hanning-ish'/);
  });
  it('rejects a non-positive or non-integer length', () => {
    expect(() => getWindow('hann', 0)).toThrow(/getWindow: n must be a positive integer .* got 0/);
    expect(() => getWindow('hann', -4)).toThrow(RangeError);
    expect(() => getWindow('hann', 3.5)).toThrow(RangeError);
  });
  it('rejects a missing or unexpected parameter', () => {
    expect(() => getWindow('kaiser', 8)).toThrow(/needs a parameter/);
    expect(() => getWindow('gaussian', 8)).toThrow(/needs a parameter/);
    expect(() => getWindow(['hann', 2], 8)).toThrow(/takes no parameter/);
    expect(() => getWindow(['kaiser', Number.NaN], 8)).toThrow(/finite number/);
    expect(() => getWindow(Number.POSITIVE_INFINITY, 8)).toThrow(RangeError);
  });
  it('rejects a window that is neither name, pair nor number', () => {
    expect(() => getWindow({} as unknown as WindowSpec, 8)).toThrow(TypeError);
  });
});
