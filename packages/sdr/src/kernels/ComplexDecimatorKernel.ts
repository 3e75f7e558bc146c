import { checkInt, checkFiniteVector } from '@rxdsp/core';
import type { ComplexBlock, ComplexKernel } from './ComplexKernel';

/** Readable state of a {@link ComplexDecimatorKernel}. */
export interface ComplexDecimatorState {
  /** Last `taps.length − 1` I inputs, oldest first. */
  readonly i: Float64Array;
  /** Last `taps.length − 1` Q inputs, oldest first. */
  readonly q: Float64Array;
  /** Input samples still to come before the next kept output (0 … factor − 1). */
  readonly skip: number;
}

/**
 * A decimating FIR filter with real taps for one channel of complex samples: the output is
 * `lfilter(taps, [1], x)[::factor]` (scipy; the first output at the first input sample), and only
 * the kept outputs are computed — the cost is `taps.length` multiply–adds per component per OUTPUT
 * sample, the same as the polyphase form (each kept output is the sum over the `factor` polyphase
 * branches `taps[p::factor]` of their inputs `x[m·factor − p − k·factor]`, evaluated here in one pass
 * over the taps). The filter's state is the input delay line and the position of the next kept
 * output, so the output does not depend on how the input is cut into blocks.
 *
 * Latency: (taps − 1)/2 input samples of group delay for a linear-phase design.
 *
 * ```text
 * factor 3:   x:  x0 x1 x2 x3 x4 x5 x6      (blocks [x0 x1][x2 x3 x4 x5][x6])
 *             y:  y0       y3       y6      y_n = Σ_k taps[k]·x[n−k]
 * ```
 *
 * ## Example
 * ```ts
 * import { firwin } from '@rxdsp/filters';
 * import { ComplexDecimatorKernel } from '@rxdsp/sdr';
 * const stage1 = new ComplexDecimatorKernel(firwin(32, 200e3, { fs: 2.4e6 }), 10);
 * stage1.process(new Float64Array(2400), new Float64Array(2400)).i.length; // 240
 * ```
 *
 * @throws TypeError / RangeError naming the parameter when `taps` is empty or not finite or
 *   `factor` is not an integer ≥ 1.
 */
export class ComplexDecimatorKernel implements ComplexKernel {
  /** The decimation factor. */
  readonly factor: number;
  private readonly rev: Float64Array;
  private readonly hist: number;
  private eI: Float64Array;
  private eQ: Float64Array;
  private skip = 0;

  /**
   * @param taps real impulse response (non-empty, finite), e.g. `firwin(32, cutoff, { fs })`.
   * @param factor decimation factor, an integer ≥ 1.
   */
  constructor(taps: ArrayLike<number>, factor: number) {
    const h = checkFiniteVector('ComplexDecimatorKernel', 'taps', taps);
    this.factor = checkInt('ComplexDecimatorKernel', 'factor', factor, 1);
    this.rev = h.reverse();
    this.hist = h.length - 1;
    this.eI = new Float64Array(this.hist + 4096);
    this.eQ = new Float64Array(this.hist + 4096);
  }

  /** The taps (a copy). */
  get taps(): Float64Array {
    return this.rev.slice().reverse();
  }

  /** Number of outputs the next block of `n` inputs will produce. */
  outputLength(n: number): number {
    return n > this.skip ? Math.floor((n - 1 - this.skip) / this.factor) + 1 : 0;
  }

  /** Filters and decimates one block; returns new arrays of `outputLength(n)` samples (possibly 0). */
  process(i: ArrayLike<number>, q: ArrayLike<number>): ComplexBlock {
    const n = i.length;
    if (q.length !== n) throw new RangeError(`ComplexDecimatorKernel.process: i has ${n} samples, q ${q.length}`);
    const H = this.hist;
    if (this.eI.length < H + n) {
      const grownI = new Float64Array(H + n);
      const grownQ = new Float64Array(H + n);
      grownI.set(this.eI.subarray(0, H));
      grownQ.set(this.eQ.subarray(0, H));
      this.eI = grownI;
      this.eQ = grownQ;
    }
    const eI = this.eI;
    const eQ = this.eQ;
    for (let k = 0; k < n; k++) {
      eI[H + k] = i[k] as number;
      eQ[H + k] = q[k] as number;
    }
    const count = this.outputLength(n);
    const yI = new Float64Array(count);
    const yQ = new Float64Array(count);
    const rev = this.rev;
    const M = rev.length;
    const D = this.factor;
    for (let m = 0, k = this.skip; m < count; m++, k += D) {
      let si = 0;
      let sq = 0;
      for (let j = 0; j < M; j++) {
        const c = rev[j] as number;
        si += c * (eI[k + j] as number);
        sq += c * (eQ[k + j] as number);
      }
      yI[m] = si;
      yQ[m] = sq;
    }
    this.skip = count > 0 ? this.skip + count * D - n : this.skip - n;
    // keep the newest H inputs as the history for the next block
    eI.copyWithin(0, n, n + H);
    eQ.copyWithin(0, n, n + H);
    return { i: yI, q: yQ };
  }

  reset(): void {
    this.eI.fill(0, 0, this.hist);
    this.eQ.fill(0, 0, this.hist);
    this.skip = 0;
  }

  copy(): ComplexDecimatorKernel {
    const k = new ComplexDecimatorKernel(this.taps, this.factor);
    k.setState(this.getState());
    return k;
  }

  getState(): ComplexDecimatorState {
    return { i: this.eI.slice(0, this.hist), q: this.eQ.slice(0, this.hist), skip: this.skip };
  }

  setState(state: ComplexDecimatorState): void {
    if (state.i.length !== this.hist || state.q.length !== this.hist) {
      throw new RangeError(`ComplexDecimatorKernel.setState: state.i and state.q must have ${this.hist} values, got ${state.i.length} and ${state.q.length}`);
    }
    checkInt('ComplexDecimatorKernel.setState', 'state.skip', state.skip, 0, this.factor - 1);
    this.eI.set(state.i);
    this.eQ.set(state.q);
    this.skip = state.skip;
  }
}
