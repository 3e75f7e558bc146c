import FFT from 'fft.js';
import type { FilterKernel } from './FilterKernel';
import type { FirKernelOptions } from './FirKernel';
import { FirHistory } from './firHistory';
import { type FloatArray, finiteVector, outputBuffer, signalInput, stateVector } from './validate';

/** Options of {@link FftFirKernel}. */
export interface FftFirKernelOptions extends FirKernelOptions {
  /**
   * Typical block length (samples) the kernel will be called with, used to pick the FFT size when
   * `fftSize` is absent. Default 1024. Any block length still works.
   */
  readonly blockSize?: number;
  /** FFT size (a power of two ≥ max(4, taps.length)); default: the cheapest for `blockSize` by {@link fftFirCost}. */
  readonly fftSize?: number;
}

const log2 = (n: number): number => Math.log2(n);

/**
 * Estimated cost (arbitrary units ≈ nanoseconds on a 2020s x86 core) of filtering one block of
 * `blockSize` samples with a `numTaps`-tap filter by overlap-save with FFT size `fftSize`: chunks of
 * fftSize − numTaps + 1 outputs, processed two at a time through one complex FFT and one inverse
 * (each ≈ 0.8 µs per call + 0.33 ns·N·log2 N with `fft.js`), plus ≈ 3 ns per point for filling the
 * input, the spectrum product and reading the output. Fitted to measurements on the development machine.
 *
 * ## Example
 * ```ts
 * import { fftFirCost } from '@rxdsp/filters';
 * fftFirCost(182, 1024, 1024) < fftFirCost(182, 1024, 4096); // true: one chunk pair covers a 1024 frame
 * ```
 */
export function fftFirCost(numTaps: number, blockSize: number, fftSize: number): number {
  const L = fftSize - numTaps + 1;
  if (L < 1) return Number.POSITIVE_INFINITY;
  const chunks = Math.ceil(blockSize / L);
  const pairs = Math.ceil(chunks / 2);
  return pairs * (2 * (800 + 0.33 * fftSize * log2(fftSize)) + 3.0 * fftSize) + 200;
}

/**
 * The FFT size {@link FftFirKernel} uses for `numTaps` taps and blocks of `blockSize` samples: the power of
 * two ≥ max(4, numTaps) with the lowest {@link fftFirCost}.
 *
 * ## Example
 * ```ts
 * import { bestFftSize } from '@rxdsp/filters';
 * bestFftSize(182, 1024); // 1024: chunks of 843 + 181 outputs, one complex FFT pair per frame
 * ```
 */
export function bestFftSize(numTaps: number, blockSize: number): number {
  let n = 4;
  while (n < numTaps) n *= 2;
  let best = n;
  let bestCost = fftFirCost(numTaps, blockSize, n);
  const limit = 4 * Math.max(4, numTaps + blockSize);
  for (let m = n * 2; m <= limit; m *= 2) {
    const c = fftFirCost(numTaps, blockSize, m);
    if (c < bestCost) {
      bestCost = c;
      best = m;
    }
  }
  return best;
}

/**
 * An FIR filter for one channel computed by overlap-save FFT convolution (`fft.js`): the same output
 * as {@link FirKernel} and `lfilter(taps, [1], x)` to within ~1e-13 of the signal's peak, much faster
 * for long filters. Zero latency: every call returns exactly its own input's outputs — a block is cut
 * into chunks of `fftSize − taps + 1` samples, each convolved with the last `taps − 1` inputs before it
 * (partial chunks are zero-padded), and chunks are transformed in pairs (one as the real part and one
 * as the imaginary part of one complex FFT, since the taps are real).
 *
 * State: the same delay line as {@link FirKernel} (last taps − 1 inputs, oldest first), so a state read
 * from one can be restored into the other. Latency: 0 samples.
 *
 * ## Example
 * ```ts
 * import { FftFirKernel } from '@rxdsp/filters';
 * const taps = new Float64Array(255).fill(1 / 255);        // long moving average
 * const k = new FftFirKernel(taps, { blockSize: 1024 });
 * const y = k.process(new Float64Array(1024).fill(1));     // y[254] ≈ 1
 * ```
 *
 * @throws TypeError / RangeError when `taps` is empty or non-finite, `history` has the wrong length, or
 *   `fftSize` is not a power of two ≥ max(4, taps.length).
 */
export class FftFirKernel implements FilterKernel {
  readonly latencySamples = 0;
  /** The FFT size in use. */
  readonly fftSize: number;
  private readonly h: Float64Array;
  private readonly fft: FFT;
  private readonly H: Float64Array;
  private readonly zin: Float64Array;
  private readonly Z: Float64Array;
  private readonly zout: Float64Array;
  private line: FirHistory;
  private readonly initial: Float64Array;
  private readonly blockSize: number;
  /** Real (imaginary) parts of zin at sample positions ≥ dirtyRe (dirtyIm) are known to be zero. */
  private dirtyRe = 0;
  private dirtyIm = 0;

  /**
   * @param taps impulse response (non-empty, finite)
   * @param options `history`, `blockSize` (default 1024), `fftSize` (power of two)
   */
  constructor(taps: ArrayLike<number>, options: FftFirKernelOptions = {}) {
    const h = finiteVector('FftFirKernel', 'taps', taps);
    const M = h.length;
    const blockSize = options.blockSize ?? 1024;
    if (!Number.isInteger(blockSize) || blockSize < 1) {
      throw new RangeError(`FftFirKernel: blockSize must be a positive integer, got ${blockSize}`);
    }
    const N = options.fftSize ?? bestFftSize(M, blockSize);
    if (!Number.isInteger(N) || N < 4 || (N & (N - 1)) !== 0 || N < M) {
      throw new RangeError(`FftFirKernel: fftSize must be a power of two ≥ max(4, taps.length = ${M}), got ${N}`);
    }
    this.h = h;
    this.blockSize = blockSize;
    this.fftSize = N;
    this.fft = new FFT(N);
    const padded = new Float64Array(2 * N);
    for (let i = 0; i < M; i++) padded[2 * i] = h[i] as number;
    // Spectrum of the taps, conjugated and pre-divided by N: the inverse transform is computed as
    // conj(FFT(conj(X)))/N, with the 1/N and the conjugation folded into the spectrum product.
    this.H = new Float64Array(2 * N);
    this.fft.transform(this.H, padded);
    for (let i = 0; i < 2 * N; i += 2) {
      this.H[i] = (this.H[i] as number) / N;
      this.H[i + 1] = -(this.H[i + 1] as number) / N; // store conj(H)/N
    }
    this.zin = new Float64Array(2 * N);
    this.Z = new Float64Array(2 * N);
    this.zout = new Float64Array(2 * N);
    this.line = new FirHistory(M - 1, blockSize);
    this.initial =
      options.history === undefined ? new Float64Array(M - 1) : stateVector('FftFirKernel', 'history', options.history, M - 1);
    this.line.setState(this.initial);
  }

  /** The taps (a copy). */
  get taps(): Float64Array {
    return this.h.slice();
  }

  /** taps.length − 1. */
  get stateLength(): number {
    return this.line.hist;
  }

  process(input: ArrayLike<number>): Float64Array;
  process<O extends FloatArray>(input: ArrayLike<number>, output: O): O;
  process(input: ArrayLike<number>, output?: FloatArray): FloatArray {
    const x = signalInput('FftFirKernel.process', 'input', input);
    const n = x.length;
    let y: FloatArray;
    if (output === undefined) y = new Float64Array(n);
    else {
      outputBuffer('FftFirKernel.process', output, n);
      y = output;
    }
    const e = this.line.load(x, n);
    const N = this.fftSize;
    const hist = this.line.hist;
    const L = N - hist;
    const zin = this.zin;
    const Z = this.Z;
    const H = this.H;
    const zout = this.zout;
    for (let o1 = 0; o1 < n; o1 += 2 * L) {
      const len1 = Math.min(L, n - o1);
      const o2 = o1 + len1;
      const len2 = Math.min(L, n - o2); // ≤ 0 when there is no second chunk
      const span1 = len1 + hist;
      const span2 = len2 > 0 ? len2 + hist : 0;
      // Real part: chunk 1 (then zeros); imaginary part: chunk 2 (then zeros). span2 ≤ span1 ≤ N.
      // Zeros written by earlier calls stay valid: only the stale stretch left by a longer chunk is cleared.
      let t = 0;
      for (; t < span2; t++) {
        zin[2 * t] = e[o1 + t] as number;
        zin[2 * t + 1] = e[o2 + t] as number;
      }
      for (; t < span1; t++) zin[2 * t] = e[o1 + t] as number;
      for (let u = span1; u < this.dirtyRe; u++) zin[2 * u] = 0;
      for (let u = span2; u < this.dirtyIm; u++) zin[2 * u + 1] = 0;
      this.dirtyRe = span1;
      this.dirtyIm = span2;
      this.fft.transform(Z, zin);
      // conj(Z·H) with G = conj(H)/N stored: conj(Z)·G
      for (let k = 0; k < 2 * N; k += 2) {
        const zr = Z[k] as number;
        const zi = Z[k + 1] as number;
        const gr = H[k] as number;
        const gi = H[k + 1] as number;
        Z[k] = zr * gr + zi * gi;
        Z[k + 1] = zr * gi - zi * gr;
      }
      this.fft.transform(zout, Z); // = conj(ifft(Z·H)): the product above is conjugated and pre-scaled by 1/N
      let j = 0;
      for (; j < len2; j++) {
        const q = 2 * (hist + j);
        y[o1 + j] = zout[q] as number;
        y[o2 + j] = -(zout[q + 1] as number);
      }
      for (; j < len1; j++) y[o1 + j] = zout[2 * (hist + j)] as number;
    }
    this.line.advance(n);
    return y;
  }

  reset(): void {
    this.line.setState(this.initial);
  }

  copy(): FftFirKernel {
    const k = new FftFirKernel(this.h, { history: this.initial, fftSize: this.fftSize, blockSize: this.blockSize });
    k.line.setState(this.line.getState());
    return k;
  }

  getState(): Float64Array {
    return this.line.getState();
  }

  setState(state: ArrayLike<number>): void {
    this.line.setState(stateVector('FftFirKernel.setState', 'state', state, this.line.hist));
  }
}
