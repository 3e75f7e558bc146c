import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { sosfilt } from './sosfilt';
import { sosfiltZi } from './sosfiltZi';

interface Case {
  name: string;
  sos: number[][];
  x: number[];
  zi?: number[];
  y: number[];
  zf: number[];
}
interface ZiCase {
  name: string;
  sos: number[][];
  zi: number[];
}
const fx = loadFixture<{ sosfilt: Case[]; sosfilt_zi: ZiCase[] }>('../../fixtures/kernels.json', import.meta.url);
const tol = { rtol: 1e-10, atol: 1e-12 };

describe('sosfilt vs scipy.signal.sosfilt', () => {
  it.each(fx.sosfilt.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const { y, zf } = sosfilt(c.sos, c.x, c.zi);
    expectClose(y, c.y, { ...tol, label: `${c.name} y` });
    expectClose(zf, c.zf, { ...tol, label: `${c.name} zf` });
  });

  it('normalises rows with a0 ≠ 1 (scipy requires a0 = 1): same output as the normalised rows', () => {
    const c = fx.sosfilt[0]!;
    const scaled = c.sos.map((r, i) => r.map((v) => v * (i + 2)));
    expectClose(sosfilt(scaled, c.x).y, c.y, tol);
  });

  it('docs example', () => {
    const sos = [[0.2, 0, 0, 1, -0.8, 0]];
    const { y, zf } = sosfilt(sos, [1, 1, 1], sosfiltZi(sos));
    expectClose(y, [1, 1, 1], { rtol: 1e-15 });
    expectClose(zf, [0.8, 0], { rtol: 1e-15 });
  });

  describe('bad sos → errors naming the parameter', () => {
    it.each([
      [() => sosfilt([], [1]), RangeError, 'sosfilt: sos must have at least one section'],
      [() => sosfilt([[1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 0]], [1]), RangeError, 'sosfilt: sos[1] has 5 values, expected 6'],
      [() => sosfilt([[1, 0, 0, 0, 0, 0]], [1]), RangeError, 'sosfilt: sos[0][3] (a0) must be non-zero, got 0'],
      [() => sosfilt([[1, Number.NaN, 0, 1, 0, 0]], [1]), RangeError, 'sosfilt: sos[0][1] must be a finite number, got NaN'],
      [() => sosfilt([[1, 0, 0, 1, 0, 0]], [1], [0]), RangeError, 'sosfilt: zi has length 1, expected 2'],
      [() => sosfilt([5 as unknown as number[]], [1]), TypeError, 'sosfilt: sos[0] must be an array of 6 numbers, got 5'],
    ] as const)('%#', (fn, Err, msg) => {
      expect(fn).toThrow(Err);
      expect(fn).toThrow(msg);
    });
  });
});

describe('sosfiltZi vs scipy.signal.sosfilt_zi', () => {
  it.each(fx.sosfilt_zi.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    expectClose(sosfiltZi(c.sos), c.zi, { ...tol, label: c.name });
  });

  it('a section with a pole at z = 1 → RangeError naming the section', () => {
    expect(() => sosfiltZi([[1, 0, 0, 1, -0.5, 0], [1, 0, 0, 1, -1, 0]])).toThrow('sosfiltZi: sos[1] has a pole at z = 1');
  });
});
