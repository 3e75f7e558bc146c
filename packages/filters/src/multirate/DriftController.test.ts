import { describe, expect, it } from 'vitest';
import { DriftController } from './DriftController';

/** Simulates the loop's plant: the level error grows at fs·(δ − u) samples per second. */
function simulate(loop: DriftController, deltaPpm: number, seconds: number, dt = 0.01, fs = 48000) {
  let e = 0;
  let u = 0;
  let peak = 0;
  for (let t = 0; t < seconds; t += dt) {
    e += fs * (deltaPpm * 1e-6 - u) * dt;
    u = loop.update(e, dt);
    peak = Math.max(peak, Math.abs(e));
  }
  return { e, u, peak };
}

describe('DriftController', () => {
  it('learns a constant 100 ppm mismatch with no steady-state level error; the level moves by < δ·fs/(ω·e) samples', () => {
    const { e, u, peak } = simulate(new DriftController({ outputSampleRate: 48000 }), 100, 300);
    expect(u * 1e6).toBeCloseTo(100, 6);
    expect(Math.abs(e)).toBeLessThan(1e-3);
    const w = 2 * Math.PI * 0.05;
    expect(peak).toBeLessThan((100e-6 * 48000) / (w * Math.E) * 1.2); // critically damped peak ≈ δ·fs/(ω·e); 1.2 for the smoothing lag
    expect(peak).toBeGreaterThan(5);
  });

  it('clamps to ±maxPpm without winding up the integrator', () => {
    const loop = new DriftController({ outputSampleRate: 48000, maxPpm: 50 });
    const { u } = simulate(loop, 100, 60);
    expect(u * 1e6).toBeCloseTo(50, 9);
    expect(loop.getState().integral).toBeLessThanOrEqual(50e-6);
  });

  it('reset and copy', () => {
    const a = new DriftController({ outputSampleRate: 48000 });
    simulate(a, 30, 10);
    const b = a.copy();
    expect(b.update(3, 0.01)).toBe(a.update(3, 0.01));
    a.reset();
    expect(a.getState()).toEqual({ integral: 0, error: 0, correction: 0 });
  });

  it('names the option and the value', () => {
    expect(() => new DriftController({ outputSampleRate: 0 })).toThrow(/DriftController: options.outputSampleRate must be > 0, got 0/);
    expect(() => new DriftController({ outputSampleRate: 48000, bandwidthHz: 20 })).toThrow(/options.bandwidthHz must be in \(0, 10\], got 20/);
    expect(() => new DriftController({ outputSampleRate: 48000, maxPpm: -1 })).toThrow(/options.maxPpm must be > 0, got -1/);
    expect(() => new DriftController({ outputSampleRate: 48000 }).update(Number.NaN, 0.01)).toThrow(/DriftController.update/);
  });
});
