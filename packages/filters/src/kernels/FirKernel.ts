import type { FilterKernel } from './FilterKernel';
import { firDirect } from './firDirect';
import { FirHistory } from './firHistory';
import { checkFiniteVector, checkOutputBuffer, checkSignal } from '@rxdsp/core';
import type { FloatArray } from './FilterKernel';

/** Options of the FIR kernels ({@link FirKernel}, {@link FftFirKernel}). */
export interface FirKernelOptions {
  /**
   * Initial delay line: the last `taps.length − 1` inputs, OLDEST first (default zeros). Note that this is
   * the input history, not lfilter's transposed-form `zi`; it does not depend on the taps.
   */
  readonly history?: ArrayLike<number>;
}

/**
 * A direct-form FIR filter for one channel: `y[n] = Σ taps[k]·x[n−k]`, the same output as
 * `lfilter(taps, [1], x)` with its state carried. The inner loop computes four outputs per pass over
 * the taps (each tap loaded once for four samples). Best for short filters or short frames; see
 * {@link FftFirKernel} and {@link createFirKernel} for long ones.
 *
 * State: the delay line of the last `taps.length − 1` inputs, oldest first. Latency: 0 samples
 * (a linear-phase filter of M taps still delays the signal by (M − 1)/2 samples, as in scipy).
 *
 * ## Example
 * ```ts
 * import { FirKernel } from '@rxdsp/filters';
 * const avg = new FirKernel([0.25, 0.25, 0.25, 0.25]);
 * avg.process([4, 4, 4, 4, 4]); // Float64Array [1, 2, 3, 4, 4]
 * ```
 *
 * @throws TypeError / RangeError when `taps` is empty or non-finite, or `history` has the wrong length.
 */
export class FirKernel implements FilterKernel {
  readonly latencySamples = 0;
  private rev: Float64Array;
  private line: FirHistory;
  private initial: Float64Array;

  /**
   * @param taps impulse response (non-empty, finite)
   * @param options `history`: initial delay line (taps.length − 1 values, oldest first)
   */
  constructor(taps: ArrayLike<number>, options: FirKernelOptions = {}) {
    const h = checkFiniteVector('FirKernel', 'taps', taps);
    this.rev = h.slice().reverse();
    this.line = new FirHistory(h.length - 1, 1024);
    this.initial =
      options.history === undefined
        ? new Float64Array(h.length - 1)
        : checkFiniteVector('FirKernel', 'history', options.history, { length: h.length - 1 });
    this.line.setState(this.initial);
  }

  /** The taps (a copy). */
  get taps(): Float64Array {
    return this.rev.slice().reverse();
  }

  /** taps.length − 1. */
  get stateLength(): number {
    return this.line.hist;
  }

  process(input: ArrayLike<number>): Float64Array;
  process<O extends FloatArray>(input: ArrayLike<number>, output: O): O;
  process(input: ArrayLike<number>, output?: FloatArray): FloatArray {
    const x = checkSignal('FirKernel.process', 'input', input);
    const n = x.length;
    let y: FloatArray;
    if (output === undefined) y = new Float64Array(n);
    else {
      checkOutputBuffer('FirKernel.process', output, n);
      y = output;
    }
    const e = this.line.load(x, n);
    firDirect(this.rev, e, 0, n, y);
    this.line.advance(n);
    return y;
  }

  /**
   * Replaces the taps from the next sample on. The delay line keeps the most recent inputs: with the
   * same length nothing changes; with more taps the older positions are zeros (as if the signal had
   * started there); with fewer taps the oldest inputs are dropped. `reset()` then returns to zeros.
   */
  setTaps(taps: ArrayLike<number>): void {
    const h = checkFiniteVector('FirKernel.setTaps', 'taps', taps);
    if (h.length - 1 !== this.line.hist) {
      this.line = this.line.resize(h.length - 1);
      this.initial = new Float64Array(h.length - 1);
    }
    this.rev = h.reverse();
  }

  reset(): void {
    this.line.setState(this.initial);
  }

  copy(): FirKernel {
    const k = new FirKernel(this.taps, { history: this.initial });
    k.line.setState(this.line.getState());
    return k;
  }

  getState(): Float64Array {
    return this.line.getState();
  }

  setState(state: ArrayLike<number>): void {
    this.line.setState(checkFiniteVector('FirKernel.setState', 'state', state, { length: this.line.hist }));
  }
}
