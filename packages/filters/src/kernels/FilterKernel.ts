/** A float array a kernel can write its output into. */
export type FloatArray = Float32Array | Float64Array;

/**
 * The contract shared by every stateful filter kernel in `@rxdsp/filters` (plain TypeScript, no RxJS).
 *
 * A kernel filters ONE channel. It is created from coefficients, keeps its state between calls to
 * {@link FilterKernel.process | process} (so a signal filtered block by block equals the whole signal
 * filtered at once), and its state is a plain `Float64Array` that can be read and restored.
 *
 * ## Example
 * ```ts
 * import { LinearFilterKernel } from '@rxdsp/filters';
 * const k = new LinearFilterKernel([0.5, 0.5], [1]);
 * const out = new Float64Array(4);
 * k.process([1, 1, 1, 1], out); // out = [0.5, 1, 1, 1]
 * const saved = k.getState();   // Float64Array [0.5]
 * ```
 */
export interface FilterKernel {
  /** Delay (in samples) the kernel adds on top of the filter's own response: 0 for every rxdsp kernel. */
  readonly latencySamples: number;
  /** Length of the state vector returned by {@link FilterKernel.getState}. */
  readonly stateLength: number;
  /**
   * Filters `input` (any array of numbers; NaN propagates) and writes `input.length` samples.
   * Without `output` a new Float64Array is returned; with `output` (Float32Array or Float64Array,
   * at least `input.length` long) nothing is allocated and `output` is returned.
   * `output` may be `input` itself (in-place filtering).
   */
  process(input: ArrayLike<number>): Float64Array;
  process<O extends FloatArray>(input: ArrayLike<number>, output: O): O;
  /** Returns the kernel to the state it had when created. */
  reset(): void;
  /** An independent kernel with the same coefficients and a copy of the current state. */
  copy(): FilterKernel;
  /** A copy of the current state. */
  getState(): Float64Array;
  /** Restores a state previously read with {@link FilterKernel.getState} (RangeError on a wrong length). */
  setState(state: ArrayLike<number>): void;
}
