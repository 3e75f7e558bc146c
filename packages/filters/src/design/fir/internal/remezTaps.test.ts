import { describe, expect, it } from 'vitest';
import { converge, problem } from '../../../../test/support/fir/remezStages';
import { barycentricInterpolate } from './barycentricInterpolate';
import { remezTaps } from './remezTaps';

/** |H(f)| of the taps, by the direct sum. */
function magnitude(h: Float64Array, f: number): number {
  let re = 0;
  let im = 0;
  for (let n = 0; n < h.length; n++) {
    re += (h[n] as number) * Math.cos(2 * Math.PI * f * n);
    im -= (h[n] as number) * Math.sin(2 * Math.PI * f * n);
  }
  return Math.hypot(re, im);
}

const cases = [
  ['type I, bands span [0, 0.5]', problem(25, [0, 0.1, 0.15, 0.5], [1, 0], { weight: [1, 10] })],
  ['type I, bands inside (0, 0.5): P sampled on the mapped span', problem(41, [0.02, 0.1, 0.15, 0.25, 0.3, 0.45], [1, 0, 1])],
  ['type II', problem(30, [0, 0.1, 0.15, 0.3, 0.35, 0.5], [0, 1, 0])],
  ['type II, mapped', problem(30, [0.05, 0.1, 0.15, 0.3, 0.35, 0.45], [0, 1, 0])],
  ['type III hilbert', problem(21, [0.05, 0.45], [1], { type: 'hilbert' })],
  ['type IV differentiator', problem(20, [0, 0.45], [1], { type: 'differentiator' })],
  ['type I, 3 cosine terms (never mapped)', problem(5, [0.05, 0.2, 0.3, 0.45], [1, 0])],
] as const;

describe('remezTaps (stage 5: taps from the final interpolant)', () => {
  for (const [name, p] of cases) {
    it(`${name}: ${p.numtaps} taps, (anti)symmetric, with |H(f)| = |Q(f)·P(f)| over the grid`, () => {
      const { grid, interp } = converge(p);
      const h = remezTaps(grid, interp);
      expect(h).toHaveLength(p.numtaps);
      const N = p.numtaps;
      for (let n = 0; n < N; n++) expect(h[N - 1 - n] === (grid.neg ? -(h[n] as number) : (h[n] as number))).toBe(true);
      if (grid.neg && grid.nodd) expect(h[(N - 1) / 2]).toBe(0);
      const Q = (f: number): number =>
        !grid.neg ? (grid.nodd ? 1 : Math.cos(Math.PI * f)) : grid.nodd ? Math.sin(2 * Math.PI * f) : Math.sin(Math.PI * f);
      const peak = h.reduce((s, v) => s + Math.abs(v), 0);
      // P at x = cos 2πf: the node's value on a node (where the barycentric formula is 0/0)
      const P = (x: number): number => {
        const k = interp.x.subarray(1, interp.n + 1).indexOf(x);
        return k >= 0 ? (interp.y[k + 1] as number) : barycentricInterpolate(interp.x, interp.w, interp.y, interp.n, x);
      };
      for (let l = 1; l <= grid.ngrid; l += 3) {
        const f = grid.f[l] as number;
        const want = Math.abs(Q(f) * P(grid.x[l] as number));
        expect(Math.abs(magnitude(h, f) - want)).toBeLessThan(1e-9 * peak);
      }
    });
  }
});
