/** The output of a complex kernel: new (or the given) I and Q arrays. */
export interface ComplexBlock {
  readonly i: Float64Array;
  readonly q: Float64Array;
}

/**
 * The shape of the sdr package's complex kernels (one channel, plain TypeScript, no RxJS):
 * `process` takes a block of I and Q samples and returns the output block, carrying state from
 * block to block; `reset()` returns to the freshly created state; `copy()` makes an independent
 * instance in the same state.
 *
 * ## Example
 * ```ts
 * import { ComplexFirKernel, type ComplexKernel } from '@rxdsp/sdr';
 * const k: ComplexKernel = new ComplexFirKernel([0.5, 0.5]);
 * k.process(new Float64Array([1, 1]), new Float64Array([0, 2])); // { i: [0.5, 1], q: [0, 1] }
 * ```
 */
export interface ComplexKernel {
  process(i: ArrayLike<number>, q: ArrayLike<number>): ComplexBlock;
  reset(): void;
  copy(): ComplexKernel;
}
