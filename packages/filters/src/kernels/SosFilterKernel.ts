import type { FilterKernel } from './FilterKernel';
import type { Sos } from '../types/Sos';
import { copyOut, sosRun } from './sosRun';
import { checkFiniteVector, checkOutputBuffer, checkSignal } from '@rxdsp/core';
import type { FloatArray } from './FilterKernel';
import { normaliseSos } from './normaliseSos';

/** Options of {@link SosFilterKernel}. */
export interface SosFilterKernelOptions {
  /** Initial state, flat, 2 × sections values in scipy's (sections, 2) row-major order (see {@link sosfiltZi}). Default: zeros. */
  readonly zi?: ArrayLike<number>;
}

/**
 * A stateful cascade of second-order sections for one channel — scipy's `sosfilt` with `zi` carried
 * from call to call. Each section is a biquad in transposed direct form II, run section by section over
 * the block with its two state values in registers; a Float32 output is filled from a Float64 scratch so
 * the cascade never rounds to float32 between sections. Latency: 0 samples.
 *
 * The state is a flat Float64Array of 2 × sections values (scipy's zi of shape (n_sections, 2), row-major).
 *
 * ## Example
 * ```ts
 * import { SosFilterKernel } from '@rxdsp/filters';
 * const k = new SosFilterKernel([[0.2, 0, 0, 1, -0.8, 0], [1, 0, 0, 1, 0, 0]]);
 * const y = k.process([1, 0, 0]); // Float64Array [0.2, 0.16, 0.128]
 * ```
 *
 * @throws TypeError / RangeError naming the parameter when `sos` is empty, a row is not 6 finite
 *   numbers, a row has `a0 = 0`, or `zi` has the wrong length.
 */
export class SosFilterKernel implements FilterKernel {
  readonly latencySamples = 0;
  private sos: Float64Array;
  private z: Float64Array;
  private z0: Float64Array;
  private scratch = new Float64Array(0);

  /**
   * @param sos sections `[b0, b1, b2, a0, a1, a2]` (≥ 1 row, finite, `a0 ≠ 0`; rows are divided by a0)
   * @param options `zi`: initial state (2 × sections values)
   */
  constructor(sos: Sos, options: SosFilterKernelOptions = {}) {
    this.sos = normaliseSos('SosFilterKernel', sos);
    const nz = this.sos.length / 3;
    this.z0 = options.zi === undefined ? new Float64Array(nz) : checkFiniteVector('SosFilterKernel', 'zi', options.zi, { length: nz });
    this.z = this.z0.slice();
  }

  /** Number of second-order sections. */
  get sections(): number {
    return this.sos.length / 6;
  }

  /** 2 × sections. */
  get stateLength(): number {
    return this.z.length;
  }

  /** The a0-normalised sections as rows of 6 (a copy). */
  get coefficients(): number[][] {
    const rows: number[][] = [];
    for (let s = 0; s < this.sections; s++) rows.push(Array.from(this.sos.subarray(6 * s, 6 * s + 6)));
    return rows;
  }

  process(input: ArrayLike<number>): Float64Array;
  process<O extends FloatArray>(input: ArrayLike<number>, output: O): O;
  process(input: ArrayLike<number>, output?: FloatArray): FloatArray {
    const x = checkSignal('SosFilterKernel.process', 'input', input);
    const n = x.length;
    if (output === undefined) {
      const y = new Float64Array(n);
      sosRun(this.sos, this.z, x, y, n);
      return y;
    }
    checkOutputBuffer('SosFilterKernel.process', output, n);
    if (output instanceof Float64Array) {
      sosRun(this.sos, this.z, x, output, n);
    } else {
      if (this.scratch.length < n) this.scratch = new Float64Array(n);
      sosRun(this.sos, this.z, x, this.scratch, n);
      copyOut(this.scratch, output, n);
    }
    return output;
  }

  /**
   * Replaces the sections; takes effect from the next sample processed. With the same number of
   * sections the state is kept (no click on a live equaliser change). With a different number of
   * sections the state — and the state `reset()` returns to — become zeros, like a new kernel.
   */
  setCoefficients(sos: Sos): void {
    const s = normaliseSos('SosFilterKernel.setCoefficients', sos);
    this.sos = s;
    if (s.length / 3 !== this.z.length) {
      this.z = new Float64Array(s.length / 3);
      this.z0 = new Float64Array(s.length / 3);
    }
  }

  reset(): void {
    this.z.set(this.z0);
  }

  copy(): SosFilterKernel {
    const k = new SosFilterKernel(this.coefficients, { zi: this.z0 });
    k.z.set(this.z);
    return k;
  }

  getState(): Float64Array {
    return this.z.slice();
  }

  setState(state: ArrayLike<number>): void {
    this.z.set(checkFiniteVector('SosFilterKernel.setState', 'state', state, { length: this.z.length }));
  }
}
