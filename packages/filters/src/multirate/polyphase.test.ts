import { describe, expect, it } from 'vitest';
import { polyphaseSplit, upfirdnLength, upfirdnRange } from './polyphase';
import { loadPolyphaseSimd } from './polyphaseSimd';
import type { ExtensionMode } from './signalExtension';

/** Seeded uniform numbers in [−1, 1). */
function rand(n: number, seed: number): Float64Array {
  let s = seed >>> 0;
  return Float64Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  });
}

/** upfirdn's definition, summed plainly: y[k] = Σ_j h[j]·u[k·down − j] with the extension outside x. */
function naive(h: Float64Array, x: Float64Array, up: number, down: number, k0: number, k1: number): Float64Array {
  const y = new Float64Array(k1 - k0);
  for (let k = k0; k < k1; k++) {
    let acc = 0;
    for (let j = 0; j < h.length; j++) {
      const m = k * down - j;
      if (m % up === 0 && m >= 0 && m / up < x.length) acc += (h[j] as number) * (x[m / up] as number);
    }
    y[k - k0] = acc;
  }
  return y;
}

describe('polyphase inner loop', () => {
  const simd = loadPolyphaseSimd();
  it('WebAssembly SIMD is available on the Node versions rxdsp supports', () => {
    expect(simd).toBeDefined();
  });

  const cases: [number, number, number][] = [
    [1, 1, 1], [1, 4, 85], [3, 2, 61], [160, 147, 3205], [147, 160, 3205], [5, 1, 3], [2, 7, 40], [4, 3, 8], [7, 3, 22],
  ];
  for (const [up, down, len] of cases) {
    it(`${up}/${down}, ${len} taps: the WebAssembly and JavaScript loops give bit-identical outputs, equal to the definition`, () => {
      const h = rand(len, up * 1000 + down);
      const x = rand(2500, len);
      const bank = polyphaseSplit(h, up);
      const n = upfirdnLength(len, x.length, up, down);
      for (const mode of ['constant', 'reflect', 'line', 'antireflect', 'smooth'] as ExtensionMode[]) {
        const js = new Float64Array(n);
        upfirdnRange(bank, up, down, x, 0, n, mode, 0.5, js, 0, null);
        const wasm = new Float64Array(n);
        upfirdnRange(bank, up, down, x, 0, n, mode, 0.5, wasm, 0, simd ?? null);
        expect(wasm).toEqual(js);
        // any split of the outputs into calls gives the same numbers
        const parts = new Float64Array(n);
        for (let k = 0, step = 1; k < n; k += step, step = step * 2 + 1) {
          const k1 = Math.min(n, k + step);
          upfirdnRange(bank, up, down, x, k, k1, mode, 0.5, parts.subarray(k), 0, simd ?? null);
        }
        expect(parts).toEqual(js);
      }
      const want = naive(h, x, up, down, 0, n);
      const got = new Float64Array(n);
      upfirdnRange(bank, up, down, x, 0, n, 'constant', 0, got);
      const peak = want.reduce((a, v) => Math.max(a, Math.abs(v)), 0);
      want.forEach((w, i) => expect(Math.abs((got[i] as number) - w)).toBeLessThanOrEqual(1e-13 * peak));
    });
  }
});
