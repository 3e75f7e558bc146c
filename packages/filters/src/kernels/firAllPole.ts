// Internal: the "split" structure of LinearFilterKernel for a long numerator over a short denominator
// (a FIR given as lfilter(b, [1]) being the extreme case): y = allPole(FIR_b(x) + pending), where
//   - FIR_b runs on the FIR kernels (direct or FFT overlap-save, chosen by createFirKernel),
//   - allPole is 1/a(z) in transposed direct form II with its own state s (length na − 1),
//   - pending is a finite vector (length n − 1) added to the FIR output before the all-pole stage.
// scipy's transposed-form state z (zi/zf, length n − 1 = max(len a, len b) − 1) maps onto it exactly:
//   setting z:  FIR delay line = 0, s = 0, pending = z
//               (the zero-input response of lfilter from z is allPole(z followed by zeros));
//   reading z:  z[k] = Σ_{m=0}^{nb−2−k} b[k+1+m]·x[t−m] + s[k] + pending[k]
//               (x[t] the newest input, s and pending zero beyond their lengths).
import { createFirKernel, type FirMethod } from './createFirKernel';
import type { FftFirKernel } from './FftFirKernel';
import type { FirKernel } from './FirKernel';
import type { FloatArray } from './FilterKernel';

/** Length of `v` without its trailing zeros (at least 1). */
export function trimmedLength(v: Float64Array): number {
  let n = v.length;
  while (n > 1 && v[n - 1] === 0) n--;
  return n;
}

/**
 * The all-pole recursion 1/a(z) in transposed direct form II, in place on w[0 … len), with a[0] = 1,
 * `a` of length na ≥ 2 and state s of length na − 1:  y = s[0] + w;  s[k] = s[k+1] − a[k+1]·y;
 * s[na−2] = −a[na−1]·y.
 */
export function allPoleRun(a: Float64Array, s: Float64Array, w: Float64Array, len: number): void {
  const na = a.length;
  if (na === 2) {
    const a1 = a[1] as number;
    let s0 = s[0] as number;
    for (let i = 0; i < len; i++) {
      const y = s0 + (w[i] as number);
      s0 = -a1 * y;
      w[i] = y;
    }
    s[0] = s0;
    return;
  }
  if (na === 3) {
    const a1 = a[1] as number;
    const a2 = a[2] as number;
    let s0 = s[0] as number;
    let s1 = s[1] as number;
    for (let i = 0; i < len; i++) {
      const y = s0 + (w[i] as number);
      s0 = s1 - a1 * y;
      s1 = -a2 * y;
      w[i] = y;
    }
    s[0] = s0;
    s[1] = s1;
    return;
  }
  const last = na - 2;
  const aLast = a[na - 1] as number;
  for (let i = 0; i < len; i++) {
    const y = (s[0] as number) + (w[i] as number);
    for (let k = 0; k < last; k++) s[k] = (s[k + 1] as number) - (a[k + 1] as number) * y;
    s[last] = -aLast * y;
    w[i] = y;
  }
}

/** The split engine of one channel; coefficients normalised (a[0] = 1) and padded to length n. */
export class FirAllPole {
  /** State length of the equivalent transposed form: n − 1. */
  readonly stateLength: number;
  /** b trimmed of trailing zeros. */
  private readonly b: Float64Array;
  /** a trimmed of trailing zeros (a[0] = 1). */
  private readonly a: Float64Array;
  private fir: FirKernel | FftFirKernel;
  private readonly s: Float64Array;
  private readonly p: Float64Array;
  /** p[pending …] are zeros. */
  private pending = 0;
  private scratch = new Float64Array(0);

  constructor(b: Float64Array, a: Float64Array, n: number, blockSize: number, firMethod: FirMethod = 'auto') {
    this.stateLength = n - 1;
    this.b = b.slice(0, trimmedLength(b));
    this.a = a.slice(0, trimmedLength(a));
    this.fir = createFirKernel(this.b, { method: firMethod, blockSize });
    this.s = new Float64Array(this.a.length - 1);
    this.p = new Float64Array(n - 1);
  }

  /** Filters all of x into y (Float64 arithmetic whatever y's type; y may be x). */
  process(x: ArrayLike<number>, y: FloatArray): void {
    const len = x.length;
    let w: Float64Array;
    if (y instanceof Float64Array) w = y;
    else {
      if (this.scratch.length < len) this.scratch = new Float64Array(len);
      w = this.scratch;
    }
    this.fir.process(x, w);
    if (this.pending > 0) this.addPending(w, len);
    if (this.a.length > 1) allPoleRun(this.a, this.s, w, len);
    if (w !== y) y.set(w.length === len ? w : w.subarray(0, len));
  }

  private addPending(w: Float64Array, len: number): void {
    const p = this.p;
    const m = Math.min(len, this.pending);
    for (let i = 0; i < m; i++) w[i] = (w[i] as number) + (p[i] as number);
    p.copyWithin(0, m, this.pending);
    p.fill(0, this.pending - m, this.pending);
    this.pending -= m;
  }

  /** scipy's zf for the current state (length n − 1). */
  getState(): Float64Array {
    const z = new Float64Array(this.stateLength);
    const b = this.b;
    const nb = b.length;
    const hist = this.fir.getState(); // the last nb − 1 inputs, oldest first: x[t − m] = hist[nb − 2 − m]
    for (let k = 0; k < nb - 1; k++) {
      let acc = 0;
      for (let m = 0; m <= nb - 2 - k; m++) acc += (b[k + 1 + m] as number) * (hist[nb - 2 - m] as number);
      z[k] = acc;
    }
    for (let k = 0; k < this.s.length; k++) z[k] = (z[k] as number) + (this.s[k] as number);
    for (let k = 0; k < this.pending; k++) z[k] = (z[k] as number) + (this.p[k] as number);
    return z;
  }

  /** Continues from scipy's state z (length n − 1). */
  setState(z: Float64Array): void {
    this.fir.setState(new Float64Array(this.b.length - 1));
    this.s.fill(0);
    this.p.set(z);
    let k = z.length;
    while (k > 0 && z[k - 1] === 0) k--;
    this.pending = k;
  }

  /** An independent engine with the same coefficients and the same internal state. */
  copy(): FirAllPole {
    const c = Object.create(FirAllPole.prototype) as FirAllPole;
    Object.assign(c, this, {
      fir: this.fir.copy(),
      s: this.s.slice(),
      p: this.p.slice(),
      scratch: new Float64Array(0),
    });
    return c;
  }
}
