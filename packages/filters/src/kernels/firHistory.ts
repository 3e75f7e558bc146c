// Internal: the input delay line shared by the direct and FFT FIR kernels. `ext` holds the last
// M − 1 inputs (oldest first) followed by room for the next block, so a block's convolution reads
// one contiguous array; it only grows when a longer block than ever before arrives.

export class FirHistory {
  /** M − 1 */
  readonly hist: number;
  ext: Float64Array;

  constructor(hist: number, capacity: number) {
    this.hist = hist;
    this.ext = new Float64Array(hist + capacity);
  }

  /** Appends `x` after the history (growing if needed); returns the array to read. */
  load(x: ArrayLike<number>, n: number): Float64Array {
    const need = this.hist + n;
    if (this.ext.length < need) {
      const bigger = new Float64Array(Math.max(need, this.ext.length * 2));
      bigger.set(this.ext.subarray(0, this.hist));
      this.ext = bigger;
    }
    const e = this.ext;
    const h = this.hist;
    if (x instanceof Float64Array || x instanceof Float32Array) {
      e.set(x.length === n ? x : x.subarray(0, n), h);
    } else {
      for (let i = 0; i < n; i++) e[h + i] = x[i] as number;
    }
    return e;
  }

  /** After a block of n samples: keep the last M − 1 inputs at the front. */
  advance(n: number): void {
    if (this.hist > 0) this.ext.copyWithin(0, n, n + this.hist);
  }

  getState(): Float64Array {
    return this.ext.slice(0, this.hist);
  }

  setState(s: Float64Array): void {
    this.ext.set(s);
  }

  /** Replaces the delay length, keeping the most recent inputs (older positions become zeros). */
  resize(hist: number): FirHistory {
    const next = new FirHistory(hist, Math.max(0, this.ext.length - this.hist));
    const keep = Math.min(hist, this.hist);
    next.ext.set(this.ext.subarray(this.hist - keep, this.hist), hist - keep);
    return next;
  }
}
