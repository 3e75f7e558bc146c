import { describe, expect, it } from 'vitest';
import { freqz } from './freqz';
import { unwrapPhase } from './unwrapPhase';

describe('unwrapPhase', () => {
  it('gives the linear phase −Dω of a pure delay over the whole circle', () => {
    // e^{−jωD}: phase −Dω, which wraps D times around the circle without unwrapping
    const D = 7;
    const { w, h } = freqz([0, 0, 0, 0, 0, 0, 0, 1], 1, 500, { whole: true });
    const ph = unwrapPhase(h);
    for (let i = 0; i < w.length; i++) expect(ph[i]).toBeCloseTo(-D * (w[i] as number), 9);
  });
  it('matches numpy.unwrap on a hand-made sequence', () => {
    // angles 3.0, −3.0 (jump −6.0 → +2π), −2.5: numpy.unwrap([3, −3, −2.5]) = [3, −3 + 2π, −2.5 + 2π]
    const angles = [3, -3, -2.5];
    const ph = unwrapPhase({ re: angles.map(Math.cos), im: angles.map(Math.sin) });
    expect(ph[0]).toBeCloseTo(3, 14);
    expect(ph[1]).toBeCloseTo(-3 + 2 * Math.PI, 14);
    expect(ph[2]).toBeCloseTo(-2.5 + 2 * Math.PI, 14);
  });
});
