import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture, maxRelError } from '@rxdsp/test-utils';
import { firls, type FirlsOptions } from './firls';

// Golden vectors: packages/filters/fixtures/gen_fir.py (scipy.signal.firls).
interface FirlsCase {
  numtaps: number;
  bands: number[];
  desired: number[];
  options: { weight?: number[]; fs?: number };
  h: number[];
}
const fixture = loadFixture<{ firls: FirlsCase[] }>('../../../fixtures/fir.json', import.meta.url);

describe('firls against scipy.signal.firls', () => {
  it(`${fixture.firls.length} cases (low/high/band-pass/stop, sloped and touching bands, weights, fs in Hz) within 1e-8`, () => {
    let worst = 0;
    for (const c of fixture.firls) {
      const opts: FirlsOptions = { ...(c.options.weight ? { weight: c.options.weight } : {}), ...(c.options.fs ? { fs: c.options.fs } : {}) };
      const label = `firls(${c.numtaps}, [${c.bands.join(', ')}], [${c.desired.join(', ')}], ${JSON.stringify(c.options)})`;
      const h = firls(c.numtaps, c.bands, c.desired, opts);
      expectClose(h, c.h, { rtol: 0, atol: 1e-8, label });
      worst = Math.max(worst, maxRelError(h, c.h));
    }
    console.log(`firls: worst |Δtap| / max|tap| over ${fixture.firls.length} scipy cases = ${worst.toExponential(2)}`);
  });
});

describe('firls bad input', () => {
  it('rejects even or non-positive numtaps', () => {
    expect(() => firls(30, [0, 0.3, 0.4, 1], [1, 1, 0, 0])).toThrow(/firls: numtaps must be odd/);
    expect(() => firls(0, [0, 0.3, 0.4, 1], [1, 1, 0, 0])).toThrow(/firls: numtaps must be an integer ≥ 1/);
  });
  it('rejects edges outside [0, fs/2], empty or overlapping bands, odd edge counts', () => {
    expect(() => firls(31, [0, 0.3, 0.4, 1.2], [1, 1, 0, 0])).toThrow(/bands\[3\] = 1.2 is outside/);
    expect(() => firls(31, [0, 0.3, 0.3, 0.2], [1, 1, 0, 0])).toThrow(/band 1 must have/);
    expect(() => firls(31, [0, 0.5, 0.4, 1], [1, 1, 0, 0])).toThrow(/must not overlap/);
    expect(() => firls(31, [0, 0.3, 0.4], [1, 1, 0])).toThrow(/pairs/);
  });
  it('rejects mismatched desired / weight lengths and negative values', () => {
    expect(() => firls(31, [0, 0.3, 0.4, 1], [1, 0])).toThrow(/firls: desired has 2 values but bands has 4 edges/);
    expect(() => firls(31, [0, 0.3, 0.4, 1], [1, 1, 0, 0], { weight: [1, 2, 3] })).toThrow(/weight has 3 values/);
    expect(() => firls(31, [0, 0.3, 0.4, 1], [1, 1, 0, -1])).toThrow(/desired\[3\] must be ≥ 0/);
    expect(() => firls(31, [0, 0.3, 0.4, 1], [1, 1, 0, 0], { weight: [1, -1] })).toThrow(/weight\[1\] must be ≥ 0/);
  });
});
