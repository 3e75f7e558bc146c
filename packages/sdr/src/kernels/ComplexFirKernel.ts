import { FirKernel } from '@rxdsp/filters';
import type { ComplexBlock, ComplexKernel } from './ComplexKernel';

/**
 * A direct-form FIR filter with real taps for one channel of complex samples: I and Q each go through
 * `@rxdsp/filters`' `FirKernel` with the same taps, so the output is `lfilter(taps, [1], i + j·q)`
 * (scipy), exactly, with the delay lines carried from block to block.
 *
 * State: the last `taps.length − 1` I and Q inputs. Latency: 0 samples beyond the filter's own
 * group delay ((taps − 1)/2 for a linear-phase design).
 *
 * ## Example
 * ```ts
 * import { firwin } from '@rxdsp/filters';
 * import { ComplexFirKernel } from '@rxdsp/sdr';
 * const k = new ComplexFirKernel(firwin(32, 200e3, { fs: 2.4e6 }));
 * const { i, q } = k.process(new Float64Array(1024), new Float64Array(1024));
 * ```
 *
 * @throws TypeError / RangeError (from `FirKernel`) when `taps` is empty or not finite.
 */
export class ComplexFirKernel implements ComplexKernel {
  private readonly fi: FirKernel;
  private readonly fq: FirKernel;

  /** @param taps real impulse response (non-empty, finite). */
  constructor(taps: ArrayLike<number>, state?: { readonly i: FirKernel; readonly q: FirKernel }) {
    this.fi = state?.i ?? new FirKernel(taps);
    this.fq = state?.q ?? new FirKernel(taps);
  }

  /** The taps (a copy). */
  get taps(): Float64Array {
    return this.fi.taps;
  }

  /** Filters one block; returns new arrays of the block's length. */
  process(i: ArrayLike<number>, q: ArrayLike<number>): ComplexBlock {
    return { i: this.fi.process(i), q: this.fq.process(q) };
  }

  reset(): void {
    this.fi.reset();
    this.fq.reset();
  }

  copy(): ComplexFirKernel {
    return new ComplexFirKernel(this.fi.taps, { i: this.fi.copy(), q: this.fq.copy() });
  }

  /** The delay lines (oldest first), for inspection and `setState`. */
  getState(): { i: Float64Array; q: Float64Array } {
    return { i: this.fi.getState(), q: this.fq.getState() };
  }

  setState(state: { readonly i: ArrayLike<number>; readonly q: ArrayLike<number> }): void {
    this.fi.setState(state.i);
    this.fq.setState(state.q);
  }
}
