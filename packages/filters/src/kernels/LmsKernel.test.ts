import { describe, expect, it } from 'vitest';
import { checkStatefulInvariants, expectClose, randn, type StatefulUnit } from '@rxdsp/test-utils';
import { LmsKernel, type LmsOptions } from './LmsKernel';
import { lfilter } from './lfilter';

const unit = (o: LmsOptions): StatefulUnit<LmsKernel> => ({
  create: () => new LmsKernel(o),
  process: (k, [x, d]) => {
    const { y, e } = k.filter(x!, d!);
    return [y, e];
  },
  reset: (k) => k.reset(),
  copy: (k) => k.copy(),
});

/** Textbook LMS/NLMS, written independently of the kernel (explicit window array per sample). */
function naive(x: Float64Array, d: Float64Array, M: number, mu: number, nlms: boolean, eps: number) {
  const w = new Array<number>(M).fill(0);
  const y = new Float64Array(x.length);
  const e = new Float64Array(x.length);
  for (let n = 0; n < x.length; n++) {
    const u = Array.from({ length: M }, (_, k) => (n - k >= 0 ? x[n - k]! : 0));
    y[n] = u.reduce((s, v, k) => s + w[k]! * v, 0);
    e[n] = d[n]! - y[n]!;
    const norm = nlms ? eps + u.reduce((s, v) => s + v * v, 0) : 1;
    for (let k = 0; k < M; k++) w[k] = w[k]! + (mu * e[n]! * u[k]!) / norm;
  }
  return { y, e, w };
}

// The unknown system of the identification tests.
const h = [0.8, -0.4, 0.2, 0.1, -0.05];

describe('LmsKernel', () => {
  it('matches a naive reference implementation (LMS and NLMS)', () => {
    const x = randn(600, 1);
    const d = lfilter(h, [1], x).y;
    for (const nlms of [false, true]) {
      const ref = naive(x, d, 6, nlms ? 0.3 : 0.02, nlms, 1e-8);
      const k = new LmsKernel({ taps: 6, mu: nlms ? 0.3 : 0.02, normalized: nlms });
      const { y, e } = k.filter(x, d);
      expectClose(y, ref.y, { rtol: 1e-12, atol: 1e-13 });
      expectClose(e, ref.e, { rtol: 1e-12, atol: 1e-13 });
      expectClose(k.weights, ref.w, { rtol: 1e-12, atol: 1e-13 });
    }
  });

  it('NLMS identifies a known 5-tap FIR (noise-free) to 1e-9', () => {
    // Derivation: for white input and no noise, E‖w − h‖² shrinks by about (1 − μ(2 − μ)/M) per sample;
    // μ = 0.5, M = 8: (1 − 0.094)^3000 ≈ e^−290, far below round-off, so w equals h (padded) to ~1e-12.
    const x = randn(3000, 42);
    const d = lfilter(h, [1], x).y;
    const k = new LmsKernel({ taps: 8, mu: 0.5, normalized: true });
    const { e } = k.filter(x, d);
    expectClose(k.weights, [...h, 0, 0, 0], { rtol: 0, atol: 1e-9 });
    expect(Math.max(...Array.from(e.subarray(2900), Math.abs))).toBeLessThan(1e-9);
  });

  it('LMS identifies the same FIR (μ = 0.01 < 2/(M·σ²) = 0.25)', () => {
    // Mean weight error decays like (1 − μσ²)^n = 0.99^4000 ≈ 4e−18 (σ² = 1): tolerance 1e-6 leaves room for
    // the random fluctuation of the estimate.
    const x = randn(4000, 7);
    const d = lfilter(h, [1], x).y;
    const k = new LmsKernel({ taps: 8, mu: 0.01, normalized: false });
    k.filter(x, d);
    expectClose(k.weights, [...h, 0, 0, 0], { rtol: 0, atol: 1e-6 });
  });

  it('with measurement noise (σ = 0.01) NLMS still converges close to h', () => {
    // Steady-state misadjustment of NLMS ≈ μ/(2 − μ)·σ_v² = 0.1/1.9·1e-4 → weight error of order 1e-3.
    const x = randn(20000, 3);
    const d = lfilter(h, [1], x).y;
    const v = randn(20000, 4);
    for (let i = 0; i < d.length; i++) d[i] = d[i]! + 0.01 * v[i]!;
    const k = new LmsKernel({ taps: 5, mu: 0.1, normalized: true });
    k.filter(x, d);
    expectClose(k.weights, h, { rtol: 0, atol: 5e-3 });
  });

  it.each([
    ['NLMS', { taps: 6, mu: 0.4, normalized: true }],
    ['LMS with initial weights', { taps: 3, mu: 0.01, normalized: false, initialWeights: [0.1, 0.2, 0.3] }],
    ['single tap', { taps: 1, mu: 0.2, normalized: true }],
  ] as const)('standard stateful invariants (bit-identical): %s', (_n, o) => {
    const x = randn(700, 9);
    const d = lfilter(h, [1], x).y;
    checkStatefulInvariants(unit(o), [x, d]);
  });

  it('bad options → errors naming the option', () => {
    expect(() => new LmsKernel({ taps: 0, mu: 0.1, normalized: true })).toThrow('LmsKernel: taps must be an integer ≥ 1, got 0');
    expect(() => new LmsKernel({ taps: 2, mu: 0, normalized: true })).toThrow('LmsKernel: mu must be a finite number > 0, got 0');
    expect(() => new LmsKernel({ taps: 2, mu: 2, normalized: true })).toThrow('LmsKernel: mu must be < 2 for NLMS');
    expect(() => new LmsKernel({ taps: 2, mu: 0.1, normalized: true, eps: 0 })).toThrow('LmsKernel: eps must be a finite number > 0, got 0');
    expect(() => new LmsKernel({ taps: 2, mu: 0.1, normalized: false, initialWeights: [1] })).toThrow(
      'LmsKernel: initialWeights has length 1, expected 2',
    );
    expect(() => new LmsKernel({ taps: 2, mu: 0.1, normalized: true }).filter([1, 2], [1])).toThrow(
      'LmsKernel.process: d has length 1, expected 2',
    );
  });
});
