import { bestFftSize, fftFirCost } from './FftFirKernel';
import type { FilterKernel } from './FilterKernel';
import { FirAllPole, trimmedLength } from './firAllPole';
import { tdf2Run } from './tdf2';
import { checkFiniteVector, checkOutputBuffer, checkSignal } from '@rxdsp/core';
import type { FloatArray } from './FilterKernel';
import { normaliseBA } from './normaliseBA';

/** Options of {@link LinearFilterKernel}. */
export interface LinearFilterKernelOptions {
  /**
   * Initial state, scipy's `zi` for `lfilter`: length max(len(a), len(b)) − 1 (see {@link lfilterZi},
   * {@link lfiltic}). Default: zeros.
   */
  readonly zi?: ArrayLike<number>;
  /**
   * How the filter is computed. `'tdf2'`: scipy's transposed direct form II loop. `'split'`: the
   * numerator on the FIR kernels ({@link createFirKernel}: direct or FFT overlap-save, whichever is
   * faster for `blockSize`), followed by the all-pole recursion 1/a(z) in transposed direct form II —
   * much faster for a long `b` over a short `a` (a FIR given as `lfilter(b, [1])` above all). `'auto'`
   * (default): `'split'` when its cost model predicts it at least 1.5× faster, else `'tdf2'`
   * (see {@link LinearFilterKernel.method}). Both give scipy's numbers and the same state (`zi`/`zf`).
   */
  readonly method?: LinearFilterMethod;
  /** Typical block length in samples (default 1024): decides `'auto'` and the FFT size of the split form. */
  readonly blockSize?: number;
}

/** How {@link LinearFilterKernel} computes: see {@link LinearFilterKernelOptions.method}. */
export type LinearFilterMethod = 'auto' | 'tdf2' | 'split';

/**
 * Cost model, ≈ ns per sample on the development machine (`npx tsx benchmarks/linearFilterForms.ts`, table in
 * `benchmarks/RESULTS.md`): the general
 * transposed-form loop costs ≈ 2.5 ns per state element per sample (orders 1 and 2 run specialised
 * loops); the split form costs the FIR kernel's own model for the numerator plus ≈ 1.9 ns per pole.
 */
function chooseMethod(b: Float64Array, a: Float64Array, blockSize: number): 'tdf2' | 'split' {
  const n = b.length;
  if (n <= 3) return 'tdf2';
  const nb = trimmedLength(b);
  const na = trimmedLength(a);
  // Per sample, without the per-call constant of the direct model: the choice must not flip with the block
  // length where the FIR part would run in direct form anyway (then both forms are exact at any framing).
  const direct = 0.35 * nb + 0.6;
  const fir = Math.min(direct, fftFirCost(nb, blockSize, bestFftSize(nb, blockSize)) / blockSize);
  const split = fir + 1.9 * (na - 1) + 1;
  const tdf2 = 2.5 * (n - 1);
  return 1.5 * split < tdf2 ? 'split' : 'tdf2';
}

/**
 * A stateful IIR/FIR filter for one channel in transposed direct form II — scipy's `lfilter` with its
 * `zi` carried from call to call, so filtering block by block gives the same samples as filtering the
 * whole signal at once. Orders 0, 1 and 2 run specialised loops. A long numerator over a short
 * denominator — a FIR given as `b, [1]` (or with `a[1:]` all zero) above all — runs on the FIR kernels
 * (direct or FFT overlap-save, scaled by 1/a[0]) followed by the all-pole part in transposed form
 * (`method: 'split'`, chosen automatically when faster); the state it reads and accepts is still scipy's
 * `zi`/`zf`, so the two forms are interchangeable (`setCoefficients` may move between them). The split
 * form matches scipy to ~1e-13 of the output's peak rather than to the last bit, and with an FFT
 * numerator a NaN input turns a whole FFT chunk (up to the FFT size) of outputs into NaN, not only the
 * samples scipy's loop reaches.
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
 * const fir = new LinearFilterKernel(new Float64Array(182).fill(1 / 182), [1]);
 * fir.method; // 'split': FFT overlap-save for the 182 taps
 * ```
 *
 * @throws TypeError / RangeError when `b` or `a` is empty, holds a non-finite value, `a[0] = 0`,
 *   or `zi` has the wrong length.
 */
export class LinearFilterKernel implements FilterKernel {
  readonly latencySamples = 0;
  private bn: Float64Array;
  private an: Float64Array;
  /** The transposed-form state (method 'tdf2'; unused with 'split'). */
  private z: Float64Array;
  private z0: Float64Array;
  private split: FirAllPole | undefined;
  private readonly requested: LinearFilterMethod;
  private readonly blockSize: number;

  /**
   * @param b numerator coefficients (non-empty, finite)
   * @param a denominator coefficients (non-empty, finite, `a[0] ≠ 0`)
   * @param options `zi`: initial state (length max(len a, len b) − 1); `method` ('auto'), `blockSize` (1024)
   */
  constructor(b: ArrayLike<number>, a: ArrayLike<number>, options: LinearFilterKernelOptions = {}) {
    const fn = 'LinearFilterKernel';
    const { b: bn, a: an, n } = normaliseBA(fn, b, a);
    const method = options.method ?? 'auto';
    if (method !== 'auto' && method !== 'tdf2' && method !== 'split') {
      throw new RangeError(`${fn}: options.method must be 'auto', 'tdf2' or 'split', got ${String(method)}`);
    }
    const blockSize = options.blockSize ?? 1024;
    if (!Number.isInteger(blockSize) || blockSize < 1) {
      throw new RangeError(`${fn}: options.blockSize must be a positive integer, got ${String(blockSize)}`);
    }
    this.requested = method;
    this.blockSize = blockSize;
    this.bn = bn;
    this.an = an;
    this.z0 = options.zi === undefined ? new Float64Array(n - 1) : checkFiniteVector(fn, 'zi', options.zi, { length: n - 1 });
    this.z = this.z0.slice();
    this.split = this.makeSplit(bn, an, n);
    this.split?.setState(this.z0);
  }

  private makeSplit(bn: Float64Array, an: Float64Array, n: number): FirAllPole | undefined {
    const use = this.requested === 'auto' ? chooseMethod(bn, an, this.blockSize) : this.requested;
    return use === 'split' ? new FirAllPole(bn, an, n, this.blockSize) : undefined;
  }

  /** The form in use: `'tdf2'` or `'split'` (see {@link LinearFilterKernelOptions.method}). */
  get method(): 'tdf2' | 'split' {
    return this.split === undefined ? 'tdf2' : 'split';
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
    const x = checkSignal('LinearFilterKernel.process', 'input', input);
    const n = x.length;
    let y: FloatArray;
    if (output === undefined) y = new Float64Array(n);
    else {
      checkOutputBuffer('LinearFilterKernel.process', output, n);
      y = output;
    }
    if (this.split !== undefined) this.split.process(x, y);
    else tdf2Run(this.bn, this.an, this.z, x, y, n);
    return y;
  }

  /**
   * Replaces the coefficients; takes effect from the next sample processed. When the order
   * (max(len a, len b) − 1) is unchanged the state is kept as is (the usual choice for a live
   * equaliser: no click from a state reset). When the order changes the state — and the state
   * `reset()` returns to — become zeros, exactly like a newly created kernel. The form (`'tdf2'` or
   * `'split'`) is chosen again for the new coefficients; the kept state carries over between forms.
   */
  setCoefficients(b: ArrayLike<number>, a: ArrayLike<number>): void {
    const { b: bn, a: an, n } = normaliseBA('LinearFilterKernel.setCoefficients', b, a);
    const keep = n - 1 === this.z.length;
    const state = keep ? this.getState() : new Float64Array(n - 1);
    if (!keep) this.z0 = new Float64Array(n - 1);
    this.bn = bn;
    this.an = an;
    this.z = state;
    this.split = this.makeSplit(bn, an, n);
    this.split?.setState(state);
  }

  reset(): void {
    this.z.set(this.z0);
    this.split?.setState(this.z0);
  }

  copy(): LinearFilterKernel {
    const k = new LinearFilterKernel(this.bn, this.an, { zi: this.z0, method: this.requested, blockSize: this.blockSize });
    k.z.set(this.z);
    k.split = this.split?.copy();
    return k;
  }

  getState(): Float64Array {
    return this.split !== undefined ? this.split.getState() : this.z.slice();
  }

  setState(state: ArrayLike<number>): void {
    const z = checkFiniteVector('LinearFilterKernel.setState', 'state', state, { length: this.z.length });
    this.z.set(z);
    this.split?.setState(z);
  }
}
