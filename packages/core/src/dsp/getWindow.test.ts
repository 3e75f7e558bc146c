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

// Golden vectors: packages/core/fixtures/gen_windows_scipy_extra.py (get_window with the windows added in issue 14).
interface ExtraCase {
  window: string | [string, ...Array<number | boolean | null | number[]>];
  n: number;
  fftbins: boolean;
  w: number[];
}
const extra = loadFixture<{ getWindow: ExtraCase[] }>('../../fixtures/windows_scipy_extra.json', import.meta.url);

describe('getWindow: the windows added in issue 14, against scipy.signal.get_window', () => {
  it(`${extra.getWindow.length} cases: names, aliases, multi-parameter tuples, null centre, fftbins on/off, within 1e-12`, () => {
    for (const c of extra.getWindow) {
      const w = getWindow(c.window as WindowSpec, c.n, { fftbins: c.fftbins });
      expectClose(w, c.w, { rtol: 1e-10, atol: 1e-12, label: `getWindow(${JSON.stringify(c.window)}, ${c.n}, fftbins=${c.fftbins})` });
    }
  });
  it('lists the new names and their aliases', () => {
    for (const n of ['dpss', 'chebwin', 'cheb', 'taylor', 'nuttall', 'lanczos', 'sinc', 'general_gaussian', 'ggs', 'general_cosine',
      'general_hamming', 'cosine', 'barthann', 'bohman', 'parzen', 'exponential', 'poisson', 'kaiser_bessel_derived', 'kbd']) {
      expect(WINDOW_NAMES).toContain(n);
    }
  });
  it('rejects bad tuples, naming the window and the parameter', () => {
    expect(() => getWindow('chebwin', 8)).toThrow(/getWindow: window 'chebwin' needs a parameter/);
    expect(() => getWindow(['general_gaussian', 1], 8)).toThrow(/window 'general_gaussian' needs 2 parameters/);
    expect(() => getWindow(['dpss', 2, 3], 8)).toThrow(/window 'dpss' takes at most 1 parameter/);
    expect(() => getWindow(['general_cosine', 0.5], 8)).toThrow(/window 'general_cosine' takes one parameter, the list of cosine weights, got 0.5/);
    expect(() => getWindow(['taylor', 4, 30, 1], 8)).toThrow(/parameter 3 of window 'taylor' \(norm\) must be a boolean, got 1/);
    expect(() => getWindow(['chebwin', true], 8)).toThrow(/parameter 1 of window 'chebwin' \(attenuation in dB\) must be a finite number, got true/);
    // as in scipy: kbd exists only in symmetric form, a moved centre only in periodic form
    expect(() => getWindow(['kbd', 4], 8)).toThrow(/kaiserBesselDerived: the window is only defined in its symmetric form/);
    expect(() => getWindow(['exponential', 0, 3], 8, { fftbins: false })).toThrow(/exponential: center may only be given for the periodic window/);
  });
});
