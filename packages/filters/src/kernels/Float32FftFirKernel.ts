import type { FilterKernel } from './FilterKernel';
import type { FirKernelOptions } from './FirKernel';
import { PFFFT_BACKWARD, PFFFT_FORWARD, type Pffft, loadPffft } from './pffft/pffft';
import { checkFiniteVector, checkOutputBuffer, checkSignal } from '@rxdsp/core';
import type { FloatArray } from './FilterKernel';

/** Options of {@link Float32FftFirKernel}. */
export interface Float32FftFirKernelOptions extends FirKernelOptions {
  /** Typical block length (samples) the kernel will be called with; picks the FFT size (default 1024). */
  readonly blockSize?: number;
}

/**
 * Relative error bound of the float32 FIR path against the float64 kernels, as documented: the largest
 * |y₃₂ − y₆₄| over a signal is at most `FLOAT32_FIR_ERROR_BOUND` × max |y₆₄| for the filters and signals
 * tested (white noise through lowpass, bandpass and random FIRs of 8 … 1024 taps, frames of 1 … 4096), and
 * in general at most `FLOAT32_FIR_ERROR_BOUND` × Σ|taps| × max|x|.
 *
 * ## Example
 * ```ts
 * import { FLOAT32_FIR_ERROR_BOUND } from '@rxdsp/filters';
 * FLOAT32_FIR_ERROR_BOUND; // 1e-6
 * ```
 */
export const FLOAT32_FIR_ERROR_BOUND = 1e-6;

/** One FFT size's setup and buffers in the WebAssembly memory, shared by every kernel of that size. */
interface Workspace {
  readonly N: number;
  readonly setup: number;
  /** Float32 indices (byte offset / 4) of the buffers, each N floats. */
  readonly input: number;
  readonly spec: number;
  readonly acc: number;
  readonly taps: number;
  readonly work: number;
  /** The taps spectrum currently in `taps` (kernels reload theirs when another kernel used the workspace). */
  loaded: Float32Array | undefined;
  /** input[dirty …] are known to be zero. */
  dirty: number;
}

const workspaces = new Map<number, Workspace>();

function workspace(p: Pffft, N: number): Workspace {
  let ws = workspaces.get(N);
  if (ws === undefined) {
    const setup = p.newSetup(N);
    const buf = () => p.alloc(4 * N) >> 2;
    ws = { N, setup, input: buf(), spec: buf(), acc: buf(), taps: buf(), work: buf(), loaded: undefined, dirty: N };
    workspaces.set(N, ws);
  }
  return ws;
}

/**
 * Cost model of one block of `blockSize` outputs with a real FFT of size N (≈ ns, fitted on the development
 * machine): chunks of N − M + 1 outputs, each a forward and an inverse PFFFT transform plus the copies.
 */
function blockCost(numTaps: number, blockSize: number, N: number): number {
  const chunks = Math.ceil(blockSize / (N - numTaps + 1));
  return chunks * (300 + N * (0.25 + 0.22 * Math.log2(N)));
}

/** The cheapest power-of-two FFT size ≥ max(32, 2·numTaps) for blocks of `blockSize` samples. */
function chooseSize(numTaps: number, blockSize: number): number {
  let N = 32;
  while (N < 2 * numTaps) N *= 2;
  let best = N;
  for (let m = N; m <= Math.max(N, 4 * (numTaps + blockSize)) && m <= 1 << 20; m *= 2) {
    if (blockCost(numTaps, blockSize, m) < blockCost(numTaps, blockSize, best)) best = m;
  }
  return best;
}

/**
 * An FIR filter for one channel computed in float32 by overlap-save FFT convolution on PFFFT compiled to
 * WebAssembly SIMD: several times faster than the float64 kernels for long filters, with an error of at most
 * {@link FLOAT32_FIR_ERROR_BOUND} (1e-6) of the output's peak against them (see that constant for the exact
 * statement). Construct it through `createFirKernel(taps, { precision: 'float32' })`, which falls back to the
 * float64 kernels where WebAssembly SIMD is unavailable; `new Float32FftFirKernel` throws there instead.
 *
 * Every call returns exactly its own input's outputs (zero latency): the block is cut into chunks of
 * N − taps + 1 outputs (N, a power of two ≥ 2·taps, chosen for `blockSize`), each transformed with the last
 * taps − 1 inputs before it. State: the input delay line (last taps − 1 inputs, oldest first), kept in
 * float32 — the same layout as the state of {@link FirKernel} and {@link FftFirKernel}, so a state read from
 * one restores into the others (values rounded to float32 here). Float32Array input and output are copied
 * to and from the WebAssembly memory without conversion (the fastest path); Float64Array is converted.
 * A NaN or infinite input turns the outputs of its chunk (up to N samples) into NaN; the output is
 * finite again once it has left the delay line. Latency: 0 samples.
 *
 * ## Example
 * ```ts
 * import { Float32FftFirKernel, hasWasmSimd } from '@rxdsp/filters';
 * if (hasWasmSimd()) {
 *   const k = new Float32FftFirKernel(new Float64Array(182).fill(1 / 182), { blockSize: 1024 });
 *   const y = k.process(new Float32Array(1024).fill(1), new Float32Array(1024)); // y[181] ≈ 1
 * }
 * ```
 *
 * @throws TypeError / RangeError when `taps` is empty or non-finite, `history` has the wrong length or
 *   `blockSize` is not a positive integer; Error when WebAssembly SIMD is unavailable.
 */
export class Float32FftFirKernel implements FilterKernel {
  readonly latencySamples = 0;
  /** The FFT size in use. */
  readonly fftSize: number;
  private readonly h: Float64Array;
  private readonly p: Pffft;
  private readonly ws: Workspace;
  /** The taps' spectrum (PFFFT internal order), scaled by 1/N. */
  private readonly H: Float32Array;
  private readonly blockSize: number;
  /** The delay line: last taps − 1 inputs, oldest first. */
  private readonly hist: Float32Array;
  private readonly initial: Float32Array;

  /**
   * @param taps impulse response (non-empty, finite)
   * @param options `history` (initial delay line, taps.length − 1 values, oldest first), `blockSize` (1024)
   */
  constructor(taps: ArrayLike<number>, options: Float32FftFirKernelOptions = {}) {
    const fn = 'Float32FftFirKernel';
    const h = checkFiniteVector(fn, 'taps', taps);
    const blockSize = options.blockSize ?? 1024;
    if (!Number.isInteger(blockSize) || blockSize < 1) {
      throw new RangeError(`${fn}: blockSize must be a positive integer, got ${String(blockSize)}`);
    }
    const p = loadPffft();
    if (p === undefined) throw new Error(`${fn}: WebAssembly SIMD is not available here; use createFirKernel(taps, { precision: 'float32' }), which falls back`);
    this.p = p;
    this.h = h;
    this.blockSize = blockSize;
    const N = chooseSize(h.length, blockSize);
    this.fftSize = N;
    this.ws = workspace(p, N);
    this.H = this.tapsSpectrum(h, N);
    this.initial = Float32Array.from(
      options.history === undefined ? new Float64Array(h.length - 1) : checkFiniteVector(fn, 'history', options.history, { length: h.length - 1 }),
    );
    this.hist = this.initial.slice();
  }

  private tapsSpectrum(h: Float64Array, N: number): Float32Array {
    const ws = this.ws;
    const heap = this.p.heap();
    heap.fill(0, ws.input, ws.input + N);
    for (let i = 0; i < h.length; i++) heap[ws.input + i] = h[i] as number;
    ws.dirty = h.length;
    this.p.transform(ws.setup, ws.input << 2, ws.spec << 2, ws.work << 2, PFFFT_FORWARD);
    const H = this.p.heap().slice(ws.spec, ws.spec + N);
    for (let i = 0; i < N; i++) H[i] = (H[i] as number) / N;
    return H;
  }

  /** The taps (a copy). */
  get taps(): Float64Array {
    return this.h.slice();
  }

  /** taps.length − 1. */
  get stateLength(): number {
    return this.hist.length;
  }

  process(input: ArrayLike<number>): Float64Array;
  process<O extends FloatArray>(input: ArrayLike<number>, output: O): O;
  process(input: ArrayLike<number>, output?: FloatArray): FloatArray {
    const x = checkSignal('Float32FftFirKernel.process', 'input', input);
    const n = x.length;
    let y: FloatArray;
    if (output === undefined) y = new Float64Array(n);
    else {
      checkOutputBuffer('Float32FftFirKernel.process', output, n);
      y = output;
    }
    const L = this.fftSize - this.hist.length;
    for (let o = 0; o < n; o += L) this.chunk(x, o, Math.min(L, n - o), y);
    return y;
  }

  /**
   * y[o … o+len) from the delay line and x[o … o+len): one forward transform, the product with the taps'
   * spectrum, one inverse transform; then the delay line moves on by len samples.
   */
  private chunk(x: ArrayLike<number>, o: number, len: number, y: FloatArray): void {
    const ws = this.ws;
    const N = ws.N;
    const p = this.p;
    const m = this.hist.length;
    const span = len + m;
    let heap = p.heap();
    if (ws.loaded !== this.H) {
      heap.set(this.H, ws.taps);
      ws.loaded = this.H;
    }
    const base = ws.input;
    heap.set(this.hist, base);
    if (x instanceof Float32Array || x instanceof Float64Array) heap.set(x.subarray(o, o + len), base + m);
    else for (let i = 0; i < len; i++) heap[base + m + i] = x[o + i] as number;
    if (ws.dirty > span) heap.fill(0, base + span, base + ws.dirty);
    ws.dirty = span;
    this.hist.set(heap.subarray(base + len, base + span));
    heap.fill(0, ws.acc, ws.acc + N);
    p.transform(ws.setup, base << 2, ws.spec << 2, ws.work << 2, PFFFT_FORWARD);
    p.zconvolveAccumulate(ws.setup, ws.spec << 2, ws.taps << 2, ws.acc << 2, 1);
    p.transform(ws.setup, ws.acc << 2, ws.acc << 2, ws.work << 2, PFFFT_BACKWARD);
    heap = p.heap();
    y.set(heap.subarray(ws.acc + m, ws.acc + span), o);
  }

  reset(): void {
    this.hist.set(this.initial);
  }

  copy(): Float32FftFirKernel {
    const k = new Float32FftFirKernel(this.h, { history: this.initial, blockSize: this.blockSize });
    k.hist.set(this.hist);
    return k;
  }

  /** The delay line (last taps − 1 inputs, oldest first), as float64 copies of the float32 values. */
  getState(): Float64Array {
    return Float64Array.from(this.hist);
  }

  /** Restores a delay line (rounded to float32); RangeError on a wrong length. */
  setState(state: ArrayLike<number>): void {
    this.hist.set(checkFiniteVector('Float32FftFirKernel.setState', 'state', state, { length: this.hist.length }));
  }
}

/**
 * Whether the float32 FIR path ({@link Float32FftFirKernel}, `precision: 'float32'`) can run here, i.e.
 * WebAssembly with the SIMD extension is available (Node ≥ 16.4, current browsers). Loads the module on
 * first call.
 *
 * ## Example
 * ```ts
 * import { hasWasmSimd } from '@rxdsp/filters';
 * console.log(hasWasmSimd() ? 'float32 FIR on WebAssembly SIMD' : 'float64 fallback');
 * ```
 */
export function hasWasmSimd(): boolean {
  return loadPffft() !== undefined;
}
