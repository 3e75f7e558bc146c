import { checkOneOf } from '@rxdsp/core';

/** The FM demodulator's formula. */
export type FmDemodMethod = 'discriminator' | 'phaseDifference';

/**
 * An FM demodulator for one channel of complex baseband: one real output sample per complex input
 * sample, in radians per sample (the instantaneous frequency times 2π/sampleRate), with the previous
 * input sample carried from block to block (the first block starts from a previous sample of 0, as
 * `lfilter` with zero initial state).
 *
 * - `'discriminator'` (default, the course's `sdr_helper` callback): with `X = I`, `Y = Q`,
 *   `dX[n] = X[n] − X[n−1]`, `dY[n] = Y[n] − Y[n−1]`: `z = (X·dY − Y·dX) / (X² + Y²)`. For a
 *   constant envelope this is `sin Δφ` (Δφ the phase step per sample), so it is linear only while
 *   the deviation is small against the sample rate (at 240 kS/s and 75 kHz deviation it compresses).
 * - `'phaseDifference'`: `z = arg(x[n] · conj(x[n−1]))` = Δφ exactly, in (−π, π].
 *
 * Where the input is exactly 0 (`X² + Y² = 0`) the output is 0 (numpy would give NaN, which would
 * poison every stateful stage after it).
 *
 * ## Example
 * ```ts
 * import { FmDemodKernel } from '@rxdsp/sdr';
 * const demod = new FmDemodKernel({ method: 'phaseDifference' });
 * const audio = demod.process(new Float64Array([1, 0, -1]), new Float64Array([0, 1, 0])); // [0, π/2, π/2]
 * ```
 *
 * @throws RangeError when `method` is not one of the two names.
 */
export class FmDemodKernel {
  readonly method: FmDemodMethod;
  private prevI = 0;
  private prevQ = 0;

  /** @param opts `method`: `'discriminator'` (default) or `'phaseDifference'`. */
  constructor(opts: { readonly method?: FmDemodMethod } = {}) {
    this.method = checkOneOf('FmDemodKernel', 'opts.method', opts.method ?? 'discriminator', ['discriminator', 'phaseDifference'] as const);
  }

  /** Demodulates one block; returns a new array of the block's length. */
  process(i: ArrayLike<number>, q: ArrayLike<number>): Float64Array {
    const n = i.length;
    if (q.length !== n) throw new RangeError(`FmDemodKernel.process: i has ${n} samples, q ${q.length}`);
    const z = new Float64Array(n);
    let pX = this.prevI;
    let pY = this.prevQ;
    if (this.method === 'discriminator') {
      for (let k = 0; k < n; k++) {
        const X = i[k] as number;
        const Y = q[k] as number;
        const p = X * X + Y * Y;
        z[k] = p === 0 ? 0 : (X * (Y - pY) - Y * (X - pX)) / p;
        pX = X;
        pY = Y;
      }
    } else {
      for (let k = 0; k < n; k++) {
        const X = i[k] as number;
        const Y = q[k] as number;
        z[k] = Math.atan2(Y * pX - X * pY, X * pX + Y * pY);
        pX = X;
        pY = Y;
      }
    }
    this.prevI = pX;
    this.prevQ = pY;
    return z;
  }

  reset(): void {
    this.prevI = 0;
    this.prevQ = 0;
  }

  copy(): FmDemodKernel {
    const k = new FmDemodKernel({ method: this.method });
    k.setState(this.getState());
    return k;
  }

  /** The previous input sample. */
  getState(): { readonly i: number; readonly q: number } {
    return { i: this.prevI, q: this.prevQ };
  }

  setState(s: { readonly i: number; readonly q: number }): void {
    this.prevI = s.i;
    this.prevQ = s.q;
  }
}
