import { checkFiniteVector, checkOutputBuffer, checkSignal } from '@rxdsp/core';
import type { FloatArray } from './FilterKernel';

/** Options of {@link LmsKernel} and the `lms` operator. */
export interface LmsOptions {
  /** Number of adaptive weights (FIR length), integer ≥ 1. */
  readonly taps: number;
  /**
   * Step size μ > 0. NLMS (`normalized: true`) is stable for 0 < μ < 2 (1 is the fastest); plain LMS
   * needs μ < 2 / (taps · input power) (checked only as μ > 0: the input power is unknown here).
   */
  readonly mu: number;
  /** true: NLMS, the step is divided by eps + ‖x‖² of the current input window; false: LMS. */
  readonly normalized: boolean;
  /** NLMS regularisation added to ‖x‖² (finite, > 0; default 1e-8): keeps the step bounded for silent input. */
  readonly eps?: number;
  /** Initial weights, length `taps` (default zeros). */
  readonly initialWeights?: ArrayLike<number>;
}

/**
 * An LMS / NLMS adaptive FIR filter for one channel, adapting sample by sample.
 *
 * For each sample n, with the input window u = [x[n], x[n−1], …, x[n−taps+1]]:
 * `y[n] = w·u`, `e[n] = d[n] − y[n]` (a-priori error), then
 * `w += μ·e[n]·u` (LMS) or `w += μ·e[n]·u / (eps + u·u)` (NLMS).
 * Because adaptation is strictly sample-sequential, block boundaries never change the result.
 *
 * State: the weights followed by the input delay line (taps − 1 values, oldest first), as one
 * Float64Array of 2·taps − 1 values. `reset()` returns to the initial weights and a zero delay line.
 * Latency: 0 samples.
 *
 * ## Example
 * ```ts
 * import { LmsKernel, lfilter } from '@rxdsp/filters';
 * const x = Float64Array.from({ length: 2000 }, () => Math.random() * 2 - 1);
 * const d = lfilter([0.5, -0.3], [1], x).y;           // the unknown system's output
 * const k = new LmsKernel({ taps: 2, mu: 0.5, normalized: true });
 * const { e } = k.filter(x, d);                        // e → 0 as the weights converge
 * console.log(k.weights);                              // ≈ [0.5, -0.3]
 * ```
 *
 * @throws RangeError / TypeError naming the option on a bad `taps`, `mu`, `eps` or `initialWeights`.
 */
export class LmsKernel {
  readonly latencySamples = 0;
  readonly taps: number;
  readonly mu: number;
  readonly normalized: boolean;
  readonly eps: number;
  private readonly w: Float64Array;
  private readonly w0: Float64Array;
  private ext: Float64Array;

  constructor(options: LmsOptions, fn = 'LmsKernel') {
    if (options === null || typeof options !== 'object') throw new TypeError(`${fn}: options must be an object, got ${String(options)}`);
    const { taps, mu, normalized } = options;
    if (!Number.isInteger(taps) || taps < 1) throw new RangeError(`${fn}: taps must be an integer ≥ 1, got ${taps}`);
    if (typeof mu !== 'number' || !Number.isFinite(mu) || mu <= 0) throw new RangeError(`${fn}: mu must be a finite number > 0, got ${mu}`);
    if (typeof normalized !== 'boolean') throw new TypeError(`${fn}: normalized must be a boolean, got ${String(normalized)}`);
    if (normalized && mu >= 2) throw new RangeError(`${fn}: mu must be < 2 for NLMS (normalized: true) to be stable, got ${mu}`);
    const eps = options.eps ?? 1e-8;
    if (typeof eps !== 'number' || !Number.isFinite(eps) || eps <= 0) throw new RangeError(`${fn}: eps must be a finite number > 0, got ${eps}`);
    this.taps = taps;
    this.mu = mu;
    this.normalized = normalized;
    this.eps = eps;
    this.w0 = options.initialWeights === undefined ? new Float64Array(taps) : checkFiniteVector(fn, 'initialWeights', options.initialWeights, { length: taps });
    this.w = this.w0.slice();
    this.ext = new Float64Array(taps - 1 + 1024);
  }

  /** A copy of the current weights (w[k] multiplies x[n−k]). */
  get weights(): Float64Array {
    return this.w.slice();
  }

  /** 2·taps − 1: weights then delay line. */
  get stateLength(): number {
    return 2 * this.taps - 1;
  }

  /**
   * Filters and adapts over one block: writes the output into `y` and the error d − y into `e`
   * (Float32Array or Float64Array, at least `x.length` long); nothing is allocated unless the block is
   * longer than any before. `x` and `d` must have the same length.
   */
  process(x: ArrayLike<number>, d: ArrayLike<number>, y: FloatArray, e: FloatArray): void {
    const xs = checkSignal('LmsKernel.process', 'x', x);
    const ds = checkSignal('LmsKernel.process', 'd', d);
    const n = xs.length;
    if (ds.length !== n) throw new RangeError(`LmsKernel.process: d has length ${ds.length}, expected ${n} (the length of x)`);
    checkOutputBuffer('LmsKernel.process', y, n);
    checkOutputBuffer('LmsKernel.process', e, n);
    const M = this.taps;
    const h = M - 1;
    if (this.ext.length < h + n) {
      const bigger = new Float64Array(h + n);
      bigger.set(this.ext.subarray(0, h));
      this.ext = bigger;
    }
    const ext = this.ext;
    for (let i = 0; i < n; i++) ext[h + i] = xs[i] as number;
    const w = this.w;
    const mu = this.mu;
    const eps = this.eps;
    const nlms = this.normalized;
    for (let i = 0; i < n; i++) {
      const newest = i + h; // ext[newest − k] = x[n − k]
      let acc = 0;
      let energy = 0;
      for (let k = 0; k < M; k++) {
        const u = ext[newest - k] as number;
        acc += (w[k] as number) * u;
        energy += u * u;
      }
      const err = (ds[i] as number) - acc;
      y[i] = acc;
      e[i] = err;
      const g = nlms ? (mu * err) / (eps + energy) : mu * err;
      for (let k = 0; k < M; k++) w[k] = (w[k] as number) + g * (ext[newest - k] as number);
    }
    if (h > 0) ext.copyWithin(0, n, n + h);
  }

  /** Convenience: like {@link LmsKernel.process} but allocates and returns `{ y, e }` (Float64Array). */
  filter(x: ArrayLike<number>, d: ArrayLike<number>): { y: Float64Array; e: Float64Array } {
    const y = new Float64Array(x.length);
    const e = new Float64Array(x.length);
    this.process(x, d, y, e);
    return { y, e };
  }

  reset(): void {
    this.w.set(this.w0);
    this.ext.fill(0, 0, this.taps - 1);
  }

  copy(): LmsKernel {
    const k = new LmsKernel({ taps: this.taps, mu: this.mu, normalized: this.normalized, eps: this.eps, initialWeights: this.w0 });
    k.setState(this.getState());
    return k;
  }

  getState(): Float64Array {
    const s = new Float64Array(2 * this.taps - 1);
    s.set(this.w);
    s.set(this.ext.subarray(0, this.taps - 1), this.taps);
    return s;
  }

  setState(state: ArrayLike<number>): void {
    const s = checkFiniteVector('LmsKernel.setState', 'state', state, { length: 2 * this.taps - 1 });
    this.w.set(s.subarray(0, this.taps));
    this.ext.set(s.subarray(this.taps));
  }
}

