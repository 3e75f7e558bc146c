import { RxdspError } from '@rxdsp/core';

/**
 * Thrown by {@link remez} (and the `firRemez*` helpers) when the Parks–McClellan exchange does not converge:
 * either `maxiter` iterations passed without the extremal set settling (scipy returns those taps silently), the
 * deviation stopped growing between iterations (scipy raises "Failure to converge"), or the next iteration would end
 * past the `timeBudgetMs` option. Code `REMEZ_NO_CONVERGENCE`.
 * The usual cures are a wider transition band, fewer taps, a larger `maxiter`, or a different `weight`.
 *
 * ## Example
 * ```ts
 * import { remez, RemezConvergenceError } from '@rxdsp/filters';
 * try {
 *   remez(31, [0, 0.1, 0.15, 0.5], [1, 0], { maxiter: 2 });
 * } catch (e) {
 *   if (e instanceof RemezConvergenceError) console.log(e.iterations, e.reason); // 2 'maxiter'
 * }
 * ```
 */
export class RemezConvergenceError extends RxdspError {
  /** Iterations run before giving up. */
  readonly iterations: number;
  /** Weighted deviation (the ripple δ of the last reference set). */
  readonly deviation: number;
  /** `'maxiter'`: ran out of iterations; `'deviation'`: the deviation stopped increasing; `'time'`: out of `timeBudgetMs`. */
  readonly reason: 'maxiter' | 'deviation' | 'time';
  constructor(message: string, iterations: number, deviation: number, reason: 'maxiter' | 'deviation' | 'time') {
    super('REMEZ_NO_CONVERGENCE', message);
    this.iterations = iterations;
    this.deviation = deviation;
    this.reason = reason;
  }
}
