// Issue 13, finding 6: an impossible firRemezBandpass spec (10 Hz transitions at 48 kHz: 8 708 taps) blocked the
// thread for 16 s (35 s on a loaded machine) before throwing. The exchange now has a wall-clock budget
// (timeBudgetMs, default 5000), checked between iterations and inside them.
import { describe, expect, it } from 'vitest';
import { firRemezBandpass } from './firRemezBandpass';
import { firRemezLowpass } from './firRemezLowpass';
import { remez } from './remez';
import { RemezConvergenceError } from './RemezConvergenceError';

function timed<T>(f: () => T): { ms: number; result: T | unknown } {
  const t0 = performance.now();
  let result: T | unknown;
  try {
    result = f();
  } catch (err) {
    result = err;
  }
  return { ms: performance.now() - t0, result };
}

describe('remez time budget', () => {
  it('the 16 s spec of the issue stops within its budget, naming firRemezBandpass and the length', () => {
    const { ms, result } = timed(() => firRemezBandpass(2700, 2710, 4800, 4810, 0.5, 50, 48000, { timeBudgetMs: 300 }));
    expect(result).toBeInstanceOf(RemezConvergenceError);
    const e = result as RemezConvergenceError;
    expect(e.reason).toBe('time');
    expect(e.code).toBe('REMEZ_NO_CONVERGENCE');
    expect(e.message).toMatch(/^firRemezBandpass: 8708 taps: not converged within timeBudgetMs = 300 \(/);
    expect(e.message).toContain('widen the transition bands, use fewer taps, or raise timeBudgetMs');
    // checked every 1024 error evaluations (≈ 4.5 M multiply-adds here): far less than one 1.2 s iteration late
    expect(ms).toBeLessThan(1500);
  });

  it('a spec whose first iteration alone would take minutes (87 033 taps) is stopped inside it', () => {
    const { ms, result } = timed(() => firRemezBandpass(2700, 2701, 4800, 4801, 0.5, 50, 48000, { timeBudgetMs: 200 }));
    expect((result as RemezConvergenceError).reason).toBe('time');
    expect((result as Error).message).toMatch(/^firRemezBandpass: 87033 taps: not converged within timeBudgetMs = 200 \(\d+ ms, 1 iteration\(s\) begun, 696215 grid points, 43517 cosine terms\)/);
    // building the 700 000-point grid before the first check takes 0.4 s alone (3 s on a loaded machine);
    // without the checks inside the iteration, this one iteration alone would take minutes
    expect(ms).toBeLessThan(8000);
  });

  it('remez itself: the budget option, validated; ordinary designs are unaffected', () => {
    const { result } = timed(() => remez(2001, [0, 0.1, 0.1005, 0.5], [1, 0], { timeBudgetMs: 50 }));
    expect((result as RemezConvergenceError).reason).toBe('time');
    expect((result as Error).message).toMatch(/^remez: not converged within timeBudgetMs = 50/);
    expect(() => remez(31, [0, 0.1, 0.2, 0.5], [1, 0], { timeBudgetMs: 0 })).toThrow('remez: timeBudgetMs must be > 0 ms (Infinity for no limit), got 0');
    expect(() => remez(31, [0, 0.1, 0.2, 0.5], [1, 0], { timeBudgetMs: Number.NaN })).toThrow(/timeBudgetMs must be > 0/);
    expect(remez(31, [0, 0.1, 0.2, 0.5], [1, 0], { timeBudgetMs: Infinity })).toHaveLength(31);
    expect(firRemezBandpass(2700, 3200, 4800, 5300, 0.5, 50, 48000)).toHaveLength(179);
    expect(firRemezLowpass(5000, 6000, 0.5, 60, 48000, { timeBudgetMs: 2000 }).length).toBeGreaterThan(50);
  });

  it('the other convergence failures name the helper too', () => {
    const { result } = timed(() => firRemezBandpass(2700, 3200, 4800, 5300, 0.0001, 200, 48000));
    expect((result as RemezConvergenceError).reason).toBe('maxiter');
    expect((result as Error).message).toMatch(/^firRemezBandpass: 907 taps: did not converge in maxiter = 25 iterations/);
  });
});
