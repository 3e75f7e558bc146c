// Internal: the wall-clock budget of a Parks–McClellan design (the `timeBudgetMs` option of remez), shared by the
// stages that can run long. It also carries the iteration count and the last deviation, which every
// RemezConvergenceError reports.
import { RemezConvergenceError } from '../RemezConvergenceError';

/** Error evaluations between two looks at the clock inside an iteration (a power of 2). */
const EVALUATIONS_PER_CHECK = 1024;

/**
 * The time budget and progress of one design. The exchange is stopped with a {@link RemezConvergenceError}
 * (reason `'time'`) before an iteration that would end past the budget ({@link RemezBudget.nextIteration}), and
 * inside an iteration as soon as the budget is spent ({@link RemezBudget.check}, {@link RemezBudget.tick}): one
 * iteration of a very long design (87 000 taps: 700 000 grid points × 43 500 terms) would otherwise run for minutes.
 */
export class RemezBudget {
  /** Iterations begun (the current one included). */
  niter = 0;
  /** Deviation δ of the last reference set (0 before the first). */
  dev = 0;
  private evaluations = 0;
  private iterationStart: number;
  private lastIterationMs = 0;

  /**
   * @param limitMs - The budget in ms from `started` (> 0, `Infinity` for none).
   * @param started - When the design started, on the `now` clock (the grid is built inside the budget).
   * @param size - Grid points and cosine terms of the design, for the messages.
   * @param now - Clock in ms (default `performance.now`).
   */
  constructor(
    readonly limitMs: number,
    readonly started: number,
    private readonly size: { readonly ngrid: number; readonly nfcns: number },
    private readonly now: () => number = () => performance.now(),
  ) {
    this.iterationStart = started;
  }

  /**
   * Begins the next iteration. Returns `false` when `maxiter` iterations are done.
   * @throws RemezConvergenceError (reason `'time'`) when, judging by the last iteration, the next one would end past the budget.
   */
  nextIteration(maxiter: number): boolean {
    this.niter++;
    if (this.niter > maxiter) return false;
    const now = this.now();
    if (this.niter > 1) this.lastIterationMs = now - this.iterationStart;
    this.iterationStart = now;
    if (this.niter > 1 && now - this.started + this.lastIterationMs > this.limitMs) {
      const { ngrid, nfcns } = this.size;
      throw new RemezConvergenceError(
        `remez: not converged within timeBudgetMs = ${this.limitMs} (${this.niter - 1} iteration(s) in ${Math.round(now - this.started)} ms, ` +
          `the next would take about ${Math.round(this.lastIterationMs)} ms more on ${ngrid} grid points and ${nfcns} cosine terms); ` +
          'widen the transition bands, use fewer taps, or raise timeBudgetMs',
        this.niter - 1,
        this.dev,
        'time',
      );
    }
    return true;
  }

  /** @throws RemezConvergenceError (reason `'time'`) when the budget is spent. */
  check(): void {
    const spent = this.now() - this.started;
    if (spent <= this.limitMs) return;
    const { ngrid, nfcns } = this.size;
    throw new RemezConvergenceError(
      `remez: not converged within timeBudgetMs = ${this.limitMs} (${Math.round(spent)} ms, ${this.niter} iteration(s) begun, ${ngrid} grid points, ` +
        `${nfcns} cosine terms); widen the transition bands, use fewer taps, or raise timeBudgetMs`,
      this.niter,
      this.dev,
      'time',
    );
  }

  /** Counts one error evaluation and {@link RemezBudget.check}s the clock every 1024 of them. */
  tick(): void {
    if ((++this.evaluations & (EVALUATIONS_PER_CHECK - 1)) === 0) this.check();
  }
}
