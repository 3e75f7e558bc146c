import { checkFiniteVector, checkSignal, checkInt, describeValue } from '@rxdsp/core';
import { type PolyphaseBank, polyphaseSplit, upfirdnRange } from './polyphase';

/** Options of {@link ResamplerKernel}. */
export interface ResamplerKernelOptions {
  /** FIR taps at the upsampled rate (non-empty, finite), used as given — as `upfirdn(taps, x, up, down)`. */
  readonly taps: ArrayLike<number>;
  /** Upsampling factor, integer ≥ 1. */
  readonly up: number;
  /** Downsampling factor, integer ≥ 1. */
  readonly down: number;
}

/** The state of a {@link ResamplerKernel}: a plain value to read, store and restore. */
export interface ResamplerState {
  /** The last `historyLength` input samples, oldest first (zeros before the first input). */
  readonly history: Float64Array;
  /** Input samples consumed so far. */
  readonly inputCount: number;
  /** Output samples produced so far (the index of the next one). */
  readonly outputCount: number;
}

/**
 * A streaming polyphase resampler for one channel: upsample by `up`, FIR filter, downsample by `down`, fed
 * in blocks of any length. The concatenated output of `process` equals `upfirdn(taps, x, up, down)` of the
 * concatenated input exactly (the same products summed in the same order), except that the last outputs,
 * which need input that has not arrived, come only from `flush()` (which assumes zeros, as upfirdn does).
 *
 * ```text
 * process([x0 x1 x2])  → the outputs whose taps only reach x0…x2 (and, for them, are not past upfirdn's end)
 * process([x3 …])      → the next ones; state: the last ⌈len(taps)/up⌉ − 1 inputs and the output position
 * flush()              → the tail (up to upfirdn's length), the kernel then starts a new signal
 * ```
 *
 * Output k uses inputs up to ⌊k·down/up⌋, so after n inputs ⌊(n·up − 1)/down⌋ + 1 outputs are out (fewer when
 * len(taps) < up). Latency: the filter's own group delay, (len(taps) − 1)/2 samples at the upsampled rate =
 * (len(taps) − 1)/(2·down) output samples for a linear-phase design. Coefficients are immutable and shared by
 * `copy()`, so one kernel per channel costs only its history.
 *
 * ## Example
 * ```ts
 * import { ResamplerKernel, resamplePolyTaps } from '@rxdsp/filters';
 * const { taps, up, down } = resamplePolyTaps(3, 2);
 * const k = new ResamplerKernel({ taps, up, down });
 * const a = k.process(new Float64Array(100)); // 150 outputs: ⌊(100·3 − 1)/2⌋ + 1, all whose inputs have arrived
 * const tail = k.flush(); // the other 29: upfirdn(taps, x, 3, 2) has ⌊(99·3 + 60)/2⌋ + 1 = 179
 * ```
 *
 * @throws TypeError / RangeError naming the parameter and the value
 */
export class ResamplerKernel {
  /** Upsampling factor. */
  readonly up: number;
  /** Downsampling factor. */
  readonly down: number;
  /** Number of taps. */
  readonly tapsLength: number;
  /** Inputs kept between calls: ⌈len(taps)/up⌉ − 1. */
  readonly historyLength: number;
  private readonly phases: PolyphaseBank;
  private buf: Float64Array;
  private nIn = 0;
  private kOut = 0;

  constructor(options: ResamplerKernelOptions) {
    const fn = 'ResamplerKernel';
    if (options === null || typeof options !== 'object') throw new TypeError(`${fn}: options must be an object, got ${describeValue(options)}`);
    const taps = checkFiniteVector(fn, 'taps', options.taps);
    this.up = checkInt(fn, 'up', options.up);
    this.down = checkInt(fn, 'down', options.down);
    this.tapsLength = taps.length;
    this.phases = polyphaseSplit(taps, this.up);
    this.historyLength = Math.ceil(taps.length / this.up) - 1;
    this.buf = new Float64Array(this.historyLength + 1024);
  }

  /** Outputs available after `n` inputs (not past upfirdn's end for a signal of n samples): a count. */
  private available(n: number, final: boolean): number {
    if (n === 0) return 0;
    const lastPos = (n - 1) * this.up + (final ? this.tapsLength : Math.min(this.up, this.tapsLength)) - 1;
    return Math.floor(lastPos / this.down) + 1;
  }

  /** How many outputs the next `process` of `n` samples returns. */
  outputLength(n: number): number {
    return Math.max(0, this.available(this.nIn + n, false) - this.kOut);
  }

  /** Resamples the next block; returns the outputs it completes (possibly none). NaN propagates. */
  process(input: ArrayLike<number>): Float64Array {
    const x = checkSignal('ResamplerKernel.process', 'input', input);
    const n = x.length;
    const H = this.historyLength;
    if (this.buf.length < H + n) {
      const bigger = new Float64Array(H + Math.max(n, 2 * (this.buf.length - H)));
      bigger.set(this.buf.subarray(0, H));
      this.buf = bigger;
    }
    const buf = this.buf;
    if (x instanceof Float64Array || x instanceof Float32Array) buf.set(x, H);
    else for (let i = 0; i < n; i++) buf[H + i] = x[i] as number;
    const y = new Float64Array(this.outputLength(n));
    this.compute(y, H - this.nIn, H + n);
    this.nIn += n;
    // keep the last H inputs (zeros before the signal start remain zeros)
    buf.copyWithin(0, n, n + H);
    return y;
  }

  /**
   * The tail: the outputs of upfirdn past the last input (its filter ringing, zeros assumed after the end),
   * then a reset, so the kernel starts a new signal.
   */
  flush(): Float64Array {
    const H = this.historyLength;
    const total = this.available(this.nIn, true);
    const y = new Float64Array(Math.max(0, total - this.kOut));
    // inputs past the end are zeros: extend the buffer with H zeros
    if (this.buf.length < 2 * H) {
      const bigger = new Float64Array(2 * H + 1);
      bigger.set(this.buf.subarray(0, H));
      this.buf = bigger;
    }
    this.buf.fill(0, H, 2 * H);
    // index of input i in buf is i − nIn + H; the tail reads inputs < nIn + H only (⌈len/up⌉ − 1 past the end)
    this.compute(y, H - this.nIn, 2 * H);
    this.reset();
    return y;
  }

  /** Writes outputs kOut … kOut + y.length − 1; `offset` maps an input index i to buf[i + offset]. */
  private compute(y: Float64Array, offset: number, valid: number): void {
    // the same routine (and so the same sums, in the same order) as upfirdn; every input it reads is in buf
    upfirdnRange(this.phases, this.up, this.down, this.buf.subarray(0, valid), this.kOut, this.kOut + y.length, 'constant', 0, y, offset);
    this.kOut += y.length;
  }

  /** Back to the state of a new kernel (zero history, position 0). */
  reset(): void {
    this.buf.fill(0);
    this.nIn = 0;
    this.kOut = 0;
  }

  /** An independent kernel with the same (shared, immutable) coefficients and a copy of the state. */
  copy(): ResamplerKernel {
    const k = Object.create(ResamplerKernel.prototype) as ResamplerKernel;
    Object.assign(k, this);
    k.buf = this.buf.slice();
    return k;
  }

  /** A copy of the state. */
  getState(): ResamplerState {
    return { history: this.buf.slice(0, this.historyLength), inputCount: this.nIn, outputCount: this.kOut };
  }

  /** Restores a state read with {@link ResamplerKernel.getState} (RangeError on a wrong history length). */
  setState(state: ResamplerState): void {
    const fn = 'ResamplerKernel.setState';
    const h = checkFiniteVector(fn, 'state.history', state.history, { allowEmpty: true });
    if (h.length !== this.historyLength) throw new RangeError(`${fn}: state.history has length ${h.length}, expected ${this.historyLength}`);
    const nIn = checkInt(fn, 'state.inputCount', state.inputCount, 0);
    const kOut = checkInt(fn, 'state.outputCount', state.outputCount, 0);
    if (kOut > this.available(nIn, false)) {
      throw new RangeError(`${fn}: state.outputCount ${kOut} is more than ${nIn} inputs can give (${this.available(nIn, false)})`);
    }
    this.buf.fill(0);
    this.buf.set(h);
    this.nIn = nIn;
    this.kOut = kOut;
  }
}
