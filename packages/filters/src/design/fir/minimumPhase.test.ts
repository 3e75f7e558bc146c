import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { minimumPhase, type MinimumPhaseMethod } from './minimumPhase';

// Golden vectors: packages/filters/fixtures/gen_scipy_extra.py (scipy.signal.minimum_phase, scipy 1.17 incl. `half`).
interface Case {
  proto: string;
  h: number[];
  method: MinimumPhaseMethod;
  half: boolean;
  nFft: number | null;
  out: number[];
  sensitivity: number;
  tie: boolean;
}
const fx = loadFixture<{ minimumPhase: Case[] }>('../../../fixtures/scipy_extra.json', import.meta.url);

// Tolerance: 1e-9 of the peak tap for well-conditioned cases (both sides take logs of |H| and exponentials of FFTs
// of length up to 32768, whose rounding differs: core's FFT layer (Bluestein) vs pocketfft; like pocketfft, the transforms of
// real sequences are made exactly Hermitian, so mirrored bins tie exactly as in scipy). Where an FFT bin lands on an exact
// spectral zero (an even-length filter's zero at Nyquist, a remez zero on the grid), or (hilbert) two minima of the
// zero-phase response tie, the output depends on rounding noise: scipy's own output moves by `sensitivity` (measured
// by the generator: h perturbed by 1e-15 and 1e-14 relative) — up to 0.4 for [0.25, 0.5, 0.25]. There the bound is
// 10 × that sensitivity: no implementation can do better than scipy agrees with itself. The hilbert method shifts
// the minimum of the zero-phase response to exactly 0; where the two smallest grid values tie to rounding (`tie`:
// mirrored bins, equiripple troughs) the runner-up's magnitude is sqrt(rounding) ~ 1e-9, next to the 1e-10 floor, so
// one bin's log-magnitude — and every tap, by O(1/nFft) — follows the last bits of cos/sin: bound 1e-3 of the peak
// (measured worst 1.4e-4, remez_even with nFft 81).
describe('minimumPhase against scipy.signal.minimum_phase', () => {
  for (const method of ['homomorphic', 'hilbert'] as const) {
    const cases = fx.minimumPhase.filter((c) => c.method === method);
    it(`${method}: ${cases.length} cases (odd/even lengths, nFft default, = n, odd, 1000, 4096; half on/off)`, () => {
      let worst = 0;
      let illConditioned = 0;
      for (const c of cases) {
        const out = minimumPhase(c.h, { method: c.method, half: c.half, ...(c.nFft === null ? {} : { nFft: c.nFft }) });
        const peak = Math.max(...c.out.map(Math.abs));
        const bound = Math.max(1e-9, 10 * c.sensitivity, c.tie ? 1e-3 : 0);
        expectClose(out, c.out, { rtol: 0, atol: bound * peak, label: `minimumPhase(${c.proto}, ${c.method}, half=${c.half}, nFft=${c.nFft})` });
        if (c.sensitivity > 1e-11 || c.tie) {
          illConditioned++;
          continue;
        }
        for (let i = 0; i < out.length; i++) worst = Math.max(worst, Math.abs(out[i]! - c.out[i]!) / peak);
      }
      console.info(
        `worst error vs scipy, minimumPhase ${method}: ${worst.toExponential(2)} of the peak tap (well-conditioned cases; ${illConditioned} ill-conditioned held to 10× scipy's own sensitivity or, for hilbert ties, 1e-3)`,
      );
    });
  }
});

describe('minimumPhase options and bad input', () => {
  it('half: false keeps the length; half: true gives ⌊n/2⌋ + n mod 2 taps', () => {
    const h = [0.1, 0.2, 0.4, 0.2, 0.1];
    expect(minimumPhase(h, { half: false }).length).toBe(5);
    expect(minimumPhase(h).length).toBe(3);
    expect(minimumPhase([...h, 0.05].slice(0, 6)).length).toBe(3);
  });
  it('rejects what scipy rejects', () => {
    expect(() => minimumPhase([1, 1])).toThrow(/minimumPhase: h must have at least 3 samples, got 2/);
    expect(() => minimumPhase([1, 2, 1], { method: 'cepstrum' as MinimumPhaseMethod })).toThrow(/method must be 'homomorphic' or 'hilbert', got "cepstrum"/);
    expect(() => minimumPhase([1, 2, 1], { method: 'hilbert', half: false })).toThrow(/half: false is only supported with method 'homomorphic'/);
    expect(() => minimumPhase([1, 2, 1], { nFft: 2 })).toThrow(/nFft must be an integer ≥ h.length = 3, got 2/);
    expect(() => minimumPhase([1, Number.NaN, 1])).toThrow(/minimumPhase: h\[1\] must be a finite number/);
  });
});
