import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrapPhase } from './unwrapPhase';

// Merged from the former filters `unwrapPhase` and analysis `unwrapInPlace` (phase, spectrogram) tests.
describe('unwrapPhase', () => {
  it('gives the linear phase −Dω of a pure delay over the whole circle', () => {
    // e^{−jωD} has phase −Dω, which wraps D times around the circle without unwrapping
    const D = 7;
    const n = 500;
    const w = Array.from({ length: n }, (_, i) => (2 * Math.PI * i) / n);
    const ph = unwrapPhase({ re: w.map((x) => Math.cos(-D * x)), im: w.map((x) => Math.sin(-D * x)) });
    for (let i = 0; i < n; i++) expect(ph[i]).toBeCloseTo(-D * (w[i] as number), 9);
  });
  it('unwraps a −0.9π-per-step phase (wrapping at every other step) to an exact line', () => {
    const n = 20;
    const angles = Array.from({ length: n }, (_, k) => Math.atan2(Math.sin(-0.9 * Math.PI * k), Math.cos(-0.9 * Math.PI * k)));
    const u = unwrapPhase(angles);
    for (let k = 0; k < n; k++) expect(u[k]).toBeCloseTo(-0.9 * Math.PI * k, 10);
  });
  it('matches numpy.unwrap on a hand-made sequence, as angles or as complex values', () => {
    // angles 3.0, −3.0 (jump −6.0 → +2π), −2.5: numpy.unwrap([3, −3, −2.5]) = [3, −3 + 2π, −2.5 + 2π]
    const angles = [3, -3, -2.5];
    const expected = [3, -3 + 2 * Math.PI, -2.5 + 2 * Math.PI];
    const fromAngles = unwrapPhase(angles);
    const fromComplex = unwrapPhase({ re: angles.map(Math.cos), im: angles.map(Math.sin) });
    for (let i = 0; i < 3; i++) {
      expect(fromAngles[i]).toBe(expected[i]);
      expect(fromComplex[i]).toBeCloseTo(expected[i] as number, 14);
    }
    expect(angles).toEqual([3, -3, -2.5]);
  });
  it('keeps numpy\'s rule at steps of exactly ±π and below π', () => {
    // |dd| = π: ddmod = mod(π + π, 2π) − π = −π, mapped back to π since dd > 0 → no change;
    // dd = −π: ddmod = mod(0, 2π) − π = −π → no change. Steps below π are never corrected.
    expect(Array.from(unwrapPhase([0, Math.PI, 0, 3.1, 0]))).toEqual([0, Math.PI, 0, 3.1, 0]);
    expect(unwrapPhase([])).toEqual(new Float64Array(0));
    expect(Array.from(unwrapPhase([1.5]))).toEqual([1.5]);
  });
  it('undoes wrapping of any sequence whose steps are below π (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { maxLength: 60 }),
        (start, steps) => {
          const x = [start];
          for (const s of steps) x.push((x[x.length - 1] as number) + s);
          const wrapped = x.map((v) => Math.atan2(Math.sin(v), Math.cos(v)));
          const u = unwrapPhase(wrapped);
          // the unwrapped sequence differs from x by one constant multiple of 2π (the start's own wrap)
          const offset = (u[0] as number) - start;
          for (let i = 0; i < x.length; i++) {
            if (Math.abs((u[i] as number) - (x[i] as number) - offset) > 1e-9 * (1 + Math.abs(x[i] as number))) return false;
          }
          return true;
        },
      ),
      { verbose: true },
    );
  });
  it('rejects bad input naming the parameter', () => {
    expect(() => unwrapPhase({ re: [1, 2], im: [1] })).toThrow(/unwrapPhase: input.re has length 2 but input.im has length 1/);
    expect(() => unwrapPhase(null as never)).toThrow(new TypeError('unwrapPhase: input must be { re, im } arrays or an array of angles, got null'));
    expect(() => unwrapPhase({ re: [1] } as never)).toThrow(/unwrapPhase: input must have both re and im arrays/);
    expect(() => unwrapPhase({} as never)).toThrow(/unwrapPhase: input must be \{ re, im \} arrays or an array of angles/);
  });
});
