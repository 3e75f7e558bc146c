import * as core from '@rxdsp/core';
import { describe, expect, it } from 'vitest';
import { magnitudeDb, unwrapPhase } from '../../index';
import { freqz } from './freqz';

// magnitudeDb and unwrapPhase moved to @rxdsp/core (their numeric tests live in packages/core/src/dsp);
// this checks that @rxdsp/filters still exports them under the same names and that they work on a freqz result.
describe('@rxdsp/filters re-exports magnitudeDb and unwrapPhase from @rxdsp/core', () => {
  it('exports the very same functions', () => {
    expect(magnitudeDb).toBe(core.magnitudeDb);
    expect(unwrapPhase).toBe(core.unwrapPhase);
  });
  it('reads a freqz response: a three-sample delay has 0 dB gain and phase −3ω', () => {
    const { w, h } = freqz([0, 0, 0, 1], 1, 64, { whole: true });
    const db = magnitudeDb(h);
    const ph = unwrapPhase(h);
    for (let i = 0; i < w.length; i++) {
      expect(Math.abs(db[i] as number)).toBeLessThan(1e-12);
      expect(ph[i]).toBeCloseTo(-3 * (w[i] as number), 10);
    }
  });
});
