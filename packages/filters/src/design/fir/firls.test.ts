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

/** Weighted squared error Σ_b w_b ∫ (A(f) − D(f))² df of odd-length symmetric taps, f relative to Nyquist (Simpson, 2048 intervals per band). */
function lsError(h: Float64Array, bands: number[], desired: number[], nyq: number, weight: number[] = []): number {
  const m = (h.length - 1) / 2;
  let total = 0;
  for (let b = 0; b < bands.length / 2; b++) {
    const f1 = bands[2 * b]! / nyq;
    const f2 = bands[2 * b + 1]! / nyq;
    const N = 2048;
    let s = 0;
    for (let i = 0; i <= N; i++) {
      const f = f1 + ((f2 - f1) * i) / N;
      let a = h[m]!;
      for (let k = 1; k <= m; k++) a += 2 * h[m + k]! * Math.cos(Math.PI * k * f);
      const e = a - (desired[2 * b]! + ((desired[2 * b + 1]! - desired[2 * b]!) * i) / N);
      s += (i === 0 || i === N ? 1 : i % 2 === 1 ? 4 : 2) * e * e;
    }
    total += ((weight[b] ?? 1) * s * (f2 - f1)) / (3 * N);
  }
  return total;
}

describe('firls on ill-conditioned normal equations (regressions from gen_fir_sweep.py)', () => {
  // With cond(Q) ≈ 1e16 the taps are not determined numerically (a huge near-null space: polynomials that differ only
  // in the don't-care regions), but the fit over the bands is. The old solver accepted Cholesky on a crude condition
  // estimate and otherwise used ml-matrix's SVD solve; it fit these bands orders of magnitude worse than scipy.
  it('a constant gain over [0.317, 1]·Nyquist: squared error ≤ 1e-17 (scipy 1.4e-18; old solver 6.1e-8)', () => {
    // The exact solution is the unit impulse (a cosine polynomial equal to 1 on an interval is the constant 1).
    const h = firls(165, [1269.362133, 4000], [1, 1], { fs: 8000 });
    expect(lsError(h, [1269.362133, 4000], [1, 1], 4000)).toBeLessThan(1e-17);
  });
  it('a lowpass, 111 taps, transition 0.04–0.43: squared error ≤ 1e-17 (scipy 8.2e-19; old solver 1.7e-10)', () => {
    const bands = [0, 952.041439, 9561.019724, 22050];
    const h = firls(111, bands, [1, 1, 0, 0], { fs: 44100 });
    expect(lsError(h, bands, [1, 1, 0, 0], 22050)).toBeLessThan(1e-17);
  });
  it('a weighted highpass-like fit, 195 taps: squared error within 1 % of scipy’s 2.2257e-8 (old solver 1.44e-6)', () => {
    const bands = [0, 12969.100375, 16065.249014, 22050];
    const desired = [0, 0, 1.801046, 1.707175];
    const weight = [30.053817, 28.435074];
    const h = firls(195, bands, desired, { fs: 44100, weight });
    expect(lsError(h, bands, desired, 22050, weight)).toBeLessThan(2.2257e-8 * 1.01);
  });
});
