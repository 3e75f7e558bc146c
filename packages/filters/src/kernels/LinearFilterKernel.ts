import type { FilterKernel } from './FilterKernel';
import { tdf2Run } from './tdf2';
import {
  type FloatArray,
  normaliseBA,
  outputBuffer,
  signalInput,
  stateVector,
} from './validate';

/** Options of {@link LinearFilterKernel}. */
export interface LinearFilterKernelOptions {
  /**
   * Initial state, scipy's `zi` for `lfilter`: length max(len(a), len(b)) − 1 (see {@link lfilterZi},
   * {@link lfiltic}). Default: zeros.
   */
  readonly zi?: ArrayLike<number>;
}

/**
 * A stateful IIR/FIR filter for one channel in transposed direct form II — scipy's `lfilter` with its
 * `zi` carried from call to call, so filtering block by block gives the same samples as filtering the
 * whole signal at once. Orders 0, 1 and 2 run specialised loops.
 *
 * Coefficients are normalised by `a[0]` (which must be non-zero). The state is scipy's `zi`/`zf`:
 * a Float64Array of max(len(a), len(b)) − 1 values. Latency: 0 samples (beyond the filter's own response).
 *
 * ## Example
 * ```ts
 * import { LinearFilterKernel } from '@rxdsp/filters';
 * const p = Math.exp((-2 * Math.PI * 1000) / 48000);
 * const lowpass = new LinearFilterKernel([1 - p], [1, -p]);
 * const out = new Float64Array(1024);
 * lowpass.process(new Float64Array(1024).fill(1), out); // rises towards 1
 * ```
 *
 * @throws TypeError / RangeError when `b` or `a` is empty, holds a non-finite value, `a[0] = 0`,
 *   or `zi` has the wrong length.
 */
export class LinearFilterKernel implements FilterKernel {
  readonly latencySamples = 0;
  private bn: Float64Array;
  private an: Float64Array;
  private z: Float64Array;
  private z0: Float64Array;

  /**
   * @param b numerator coefficients (non-empty, finite)
   * @param a denominator coefficients (non-empty, finite, `a[0] ≠ 0`)
   * @param options `zi`: initial state (length max(len a, len b) − 1)
   */
  constructor(b: ArrayLike<number>, a: ArrayLike<number>, options: LinearFilterKernelOptions = {}) {
    const { b: bn, a: an, n } = normaliseBA('LinearFilterKernel', b, a);
    this.bn = bn;
    this.an = an;
    this.z0 = options.zi === undefined ? new Float64Array(n - 1) : stateVector('LinearFilterKernel', 'zi', options.zi, n - 1);
    this.z = this.z0.slice();
  }

  /** max(len(a), len(b)) − 1: the filter order and the length of the state. */
  get stateLength(): number {
    return this.z.length;
  }

  /** The normalised numerator (b / a[0], zero-padded to the common length); a copy. */
  get b(): Float64Array {
    return this.bn.slice();
  }

  /** The normalised denominator (a / a[0], zero-padded to the common length); a copy. */
  get a(): Float64Array {
    return this.an.slice();
  }

  process(input: ArrayLike<number>): Float64Array;
  process<O extends FloatArray>(input: ArrayLike<number>, output: O): O;
  process(input: ArrayLike<number>, output?: FloatArray): FloatArray {
    const x = signalInput('LinearFilterKernel.process', 'input', input);
    const n = x.length;
    let y: FloatArray;
    if (output === undefined) y = new Float64Array(n);
    else {
      outputBuffer('LinearFilterKernel.process', output, n);
      y = output;
    }
    tdf2Run(this.bn, this.an, this.z, x, y, n);
    return y;
  }

  /**
   * Replaces the coefficients; takes effect from the next sample processed. When the order
   * (max(len a, len b) − 1) is unchanged the state is kept as is (the usual choice for a live
   * equaliser: no click from a state reset). When the order changes the state — and the state
   * `reset()` returns to — become zeros, exactly like a newly created kernel.
   */
  setCoefficients(b: ArrayLike<number>, a: ArrayLike<number>): void {
    const { b: bn, a: an, n } = normaliseBA('LinearFilterKernel.setCoefficients', b, a);
    this.bn = bn;
    this.an = an;
    if (n - 1 !== this.z.length) {
      this.z = new Float64Array(n - 1);
      this.z0 = new Float64Array(n - 1);
    }
  }

  reset(): void {
    this.z.set(this.z0);
  }

  copy(): LinearFilterKernel {
    const k = new LinearFilterKernel(this.bn, this.an, { zi: this.z0 });
    k.z.set(this.z);
    return k;
  }

  getState(): Float64Array {
    return this.z.slice();
  }

  setState(state: ArrayLike<number>): void {
    this.z.set(stateVector('LinearFilterKernel.setState', 'state', state, this.z.length));
  }
}
