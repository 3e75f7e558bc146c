import { describe, expect, it } from 'vitest';
import { RemezConvergenceError } from '../RemezConvergenceError';
import { RemezBudget } from './RemezBudget';

/** A budget on a clock the test moves by hand. */
function manual(limitMs: number): { budget: RemezBudget; clock: { t: number } } {
  const clock = { t: 1000 };
  return { budget: new RemezBudget(limitMs, clock.t, { ngrid: 500, nfcns: 20 }, () => clock.t), clock };
}

function thrown(f: () => void): RemezConvergenceError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RemezConvergenceError);
    return e as RemezConvergenceError;
  }
  throw new Error('expected a RemezConvergenceError');
}

describe('RemezBudget', () => {
  it('nextIteration counts iterations and returns false past maxiter', () => {
    const { budget } = manual(Infinity);
    expect([budget.nextIteration(2), budget.nextIteration(2), budget.nextIteration(2)]).toEqual([true, true, false]);
    expect(budget.niter).toBe(3);
  });

  it('nextIteration refuses an iteration that, judging by the last one, would end past the budget', () => {
    const { budget, clock } = manual(100);
    clock.t += 60; // grid took 60 ms
    expect(budget.nextIteration(25)).toBe(true); // the first iteration always starts
    clock.t += 30;
    budget.dev = 0.25;
    // 90 ms spent, the last iteration took 30 ms: 120 > 100
    const e = thrown(() => budget.nextIteration(25));
    expect([e.reason, e.iterations, e.deviation]).toEqual(['time', 1, 0.25]);
    expect(e.message).toBe(
      'remez: not converged within timeBudgetMs = 100 (1 iteration(s) in 90 ms, the next would take about 30 ms more on 500 grid points ' +
        'and 20 cosine terms); widen the transition bands, use fewer taps, or raise timeBudgetMs',
    );
  });

  it('check throws once the budget is spent, with the iterations begun and the last deviation', () => {
    const { budget, clock } = manual(100);
    budget.nextIteration(25);
    clock.t += 100;
    expect(() => budget.check()).not.toThrow();
    clock.t += 1;
    budget.dev = 0.5;
    const e = thrown(() => budget.check());
    expect([e.reason, e.iterations, e.deviation]).toEqual(['time', 1, 0.5]);
    expect(e.message).toBe(
      'remez: not converged within timeBudgetMs = 100 (101 ms, 1 iteration(s) begun, 500 grid points, 20 cosine terms); ' +
        'widen the transition bands, use fewer taps, or raise timeBudgetMs',
    );
  });

  it('tick looks at the clock every 1024th call only', () => {
    const { budget, clock } = manual(10);
    clock.t += 50;
    for (let i = 1; i < 1024; i++) budget.tick();
    expect(() => budget.tick()).toThrow(RemezConvergenceError);
    for (let i = 1; i < 1024; i++) budget.tick();
    expect(() => budget.tick()).toThrow(/not converged within timeBudgetMs = 10 \(50 ms/);
  });

  it('an Infinity budget never throws', () => {
    const { budget, clock } = manual(Infinity);
    clock.t += 1e12;
    expect(() => budget.check()).not.toThrow();
    expect(budget.nextIteration(25) && budget.nextIteration(25)).toBe(true);
  });
});
