import { realFftPlan, type RealFftPlan } from '@rxdsp/core';
import type { FilterKernel } from './FilterKernel';
import type { FirKernelOptions } from './FirKernel';
import { FirHistory } from './firHistory';
import { firDirect } from './firDirect';
import { checkFiniteVector, checkOutputBuffer, checkSignal } from '@rxdsp/core';
import type { FloatArray } from './FilterKernel';

/** Options of {@link FftFirKernel}. */
export interface FftFirKernelOptions extends FirKernelOptions {
  /**
   * Typical block length (samples) the kernel will be called with, used to pick the FFT size when
   * `fftSize` is absent. Default 1024. Any block length still works.
   */
  readonly blockSize?: number;
  /**
   * Largest FFT size (a power of two ≥ max(4, taps.length)); default: the cheapest for `blockSize` by
   * {@link fftFirCost}. Smaller power-of-two sizes (still ≥ taps.length) may be used for the remainder of a block.
   */
  readonly fftSize?: number;
}

/**
 * Cost model (≈ ns on the development machine; least-squares fit of single-chunk timings for N = 4 … 16384,
 * see `benchmarks/RESULTS.md`): one chunk of up to N − M + 1 outputs through a real FFT of size N, i.e. one
 * complex FFT of size N/2 each way (core's {@link realFftPlan}), the split, product and merge passes and the copies.
 */
function chunkCost(N: number): number {
  return 80 + 2.25 * N + 0.79 * N * Math.log2(N / 2);
}

/**
 * Internal (not re-exported by the package; shared with `chooseFirMethod`). Direct-form cost, ≈ ns, of
 * `outputs` outputs of a `numTaps`-tap filter: ≈ 0.35 ns per multiply-add plus ≈ 0.6 ns per output (the
 * 4-output inner loop of {@link FirKernel}, measured on the development machine).
 *
 * ## Example
 * ```ts
 * directFirCost(182, 1024); // ≈ 65 900: about 66 µs for a 1024-sample frame
 * ```
 */
export function directFirCost(numTaps: number, outputs: number): number {
  return (0.35 * numTaps + 0.6) * outputs + 50;
}

/** One step of a block plan: `outputs` samples by the FFT stage `stage`, or by direct form when `stage` is −1. */
interface PlanStep {
  readonly stage: number;
  readonly outputs: number;
}

interface Plan {
  readonly steps: readonly PlanStep[];
  readonly cost: number;
}

/** The power-of-two FFT sizes ≥ max(4, numTaps) up to `maxSize`. */
function stageSizes(numTaps: number, maxSize: number): number[] {
  const sizes: number[] = [];
  let n = 4;
  while (n < numTaps) n *= 2;
  for (; n <= maxSize; n *= 2) sizes.push(n);
  return sizes;
}

/**
 * Cheapest partition of a block of `blockSize` outputs into FFT chunks of the given sizes (chunk of size N:
 * up to N − numTaps + 1 outputs) and at most one direct-form tail. A long block first takes full chunks of
 * the size with the lowest cost per output (leaving between one and two such chunks' worth); what is left is
 * partitioned exactly by dynamic programming on the outputs left, so planning costs O(fftSize · sizes), not
 * O(blockSize · sizes).
 */
function planBlock(numTaps: number, blockSize: number, sizes: readonly number[]): Plan {
  const hist = numTaps - 1;
  let eff = 0;
  let effPerOutput = Number.POSITIVE_INFINITY;
  for (let s = 0; s < sizes.length; s++) {
    const N = sizes[s] as number;
    const perOutput = chunkCost(N) / (N - hist);
    if (perOutput < effPerOutput) {
      effPerOutput = perOutput;
      eff = s;
    }
  }
  if (directFirCost(numTaps, blockSize) <= effPerOutput * blockSize) {
    // Direct form is cheaper per output than any FFT chunk: no partition can beat it by more than one chunk.
    return { steps: [{ stage: -1, outputs: blockSize }], cost: directFirCost(numTaps, blockSize) + 200 };
  }
  const effLen = (sizes[eff] as number) - hist;
  const full = blockSize > 2 * effLen ? Math.floor(blockSize / effLen) - 1 : 0;
  const rest = blockSize - full * effLen;
  const cost = new Float64Array(rest + 1);
  const choice = new Int32Array(rest + 1); // stage index, or −1 for a direct tail of all r outputs
  for (let r = 1; r <= rest; r++) {
    let best = directFirCost(numTaps, r);
    let pick = -1;
    for (let s = 0; s < sizes.length; s++) {
      const N = sizes[s] as number;
      const take = Math.min(r, N - hist);
      const c = chunkCost(N) + (cost[r - take] as number);
      if (c < best) {
        best = c;
        pick = s;
      }
    }
    cost[r] = best;
    choice[r] = pick;
  }
  const steps: PlanStep[] = [];
  for (let i = 0; i < full; i++) steps.push({ stage: eff, outputs: effLen });
  let r = rest;
  while (r > 0) {
    const s = choice[r] as number;
    if (s < 0) {
      steps.push({ stage: -1, outputs: r });
      break;
    }
    const take = Math.min(r, (sizes[s] as number) - hist);
    steps.push({ stage: s, outputs: take });
    r -= take;
  }
  return { steps, cost: full * chunkCost(sizes[eff] as number) + (cost[rest] as number) + 200 };
}

/**
 * Estimated cost (arbitrary units ≈ nanoseconds on a 2020s x86 core) of filtering one block of
 * `blockSize` samples with a `numTaps`-tap filter by {@link FftFirKernel} with largest FFT size `fftSize`:
 * the cheapest partition of the block into overlap-save chunks (a chunk of size N ≤ fftSize gives
 * N − numTaps + 1 outputs through one real FFT and one inverse, each a complex FFT of
 * size N/2 in core's {@link realFftPlan}) and at most one short direct-form tail. Fitted to measurements on the development machine.
 *
 * ## Example
 * ```ts
 * import { fftFirCost } from '@rxdsp/filters';
 * fftFirCost(182, 1024, 1024) < fftFirCost(182, 1024, 256); // true: with N ≤ 256 a chunk gives only 75 outputs
 * ```
 */
export function fftFirCost(numTaps: number, blockSize: number, fftSize: number): number {
  const sizes = stageSizes(numTaps, fftSize);
  if (sizes.length === 0 || sizes[sizes.length - 1] !== fftSize) return Number.POSITIVE_INFINITY;
  return planBlock(numTaps, blockSize, sizes).cost;
}

/**
 * The largest FFT size {@link FftFirKernel} uses for `numTaps` taps and blocks of `blockSize` samples: the
 * power of two ≥ max(4, numTaps) with the lowest {@link fftFirCost}.
 *
 * ## Example
 * ```ts
 * import { bestFftSize } from '@rxdsp/filters';
 * bestFftSize(182, 1024); // 1024: 331 outputs with N = 512, then 693 with N = 1024
 * ```
 */
export function bestFftSize(numTaps: number, blockSize: number): number {
  let n = 4;
  while (n < numTaps) n *= 2;
  let best = n;
  let bestCost = fftFirCost(numTaps, blockSize, n);
  // Beyond ~64× the taps a larger FFT only costs more per output (the log N term grows, the overlap is already small).
  const limit = Math.min(4 * Math.max(4, numTaps + blockSize), Math.max(1024, 64 * n));
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
 * Internal: overlap-save with one FFT size N on core's real FFT layer ({@link realFftPlan}): the chunk's half
 * spectrum times the taps' and back by {@link RealFftPlan.convolve} (two complex FFTs of N/2 points around one
 * fused split/product/merge pass); the plan is shared by every kernel of that size.
 */
class RealOverlapSave {
  readonly N: number;
  private readonly plan: RealFftPlan;
  /** Taps' half spectrum, bins 0…N/2 (interleaved re, im). */
  private readonly H: Float64Array;
  private readonly zin: Float64Array;
  private readonly out: Float64Array;
  /** Samples of zin at positions ≥ dirty are known to be zero. */
  private dirty = 0;

  constructor(h: Float64Array, N: number) {
    this.N = N;
    this.plan = realFftPlan(N);
    const padded = new Float64Array(N);
    padded.set(h);
    this.H = Float64Array.from(this.plan.forward(padded));
    this.zin = new Float64Array(N);
    this.out = new Float64Array(N);
  }

  /** Writes y[o … o+len) from the inputs e[o … o+len+hist) (hist = M − 1 samples of history first). */
  run(e: Float64Array, o: number, len: number, hist: number, y: FloatArray): void {
    const span = len + hist;
    let src: Float64Array;
    if (span === this.N) src = e.subarray(o, o + span); // a full chunk is read in place
    else {
      src = this.zin;
      src.set(e.subarray(o, o + span));
      for (let u = span; u < this.dirty; u++) src[u] = 0;
      this.dirty = span;
    }
    const out = this.plan.convolve(src, 0, this.H, this.out);
    y.set(out.subarray(hist, hist + len), o);
  }
}

/**
 * An FIR filter for one channel computed by overlap-save FFT convolution (core's {@link realFftPlan}): the same output
 * as {@link FirKernel} and `lfilter(taps, [1], x)` to within ~1e-13 of the signal's peak, much faster
 * for long filters. Zero latency: every call returns exactly its own input's outputs — a block is cut
 * into chunks, each convolved with the last `taps − 1` inputs before it through a real FFT of a
 * power-of-two size N (N − taps + 1 outputs per chunk, partial chunks zero-padded), or a short tail in
 * direct form; the partition is the cheapest by the cost model behind {@link fftFirCost} for the block
 * length (e.g. 182 taps, 1024-sample blocks: 331 outputs with N = 512, then 693 with N = 1024), computed
 * once per distinct block length. Each real FFT of size N is one
 * complex FFT of size N/2 plus an O(N) split or merge pass.
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
  /** The largest FFT size in use. */
  readonly fftSize: number;
  private readonly h: Float64Array;
  /** Taps reversed, for a direct-form tail. */
  private readonly rev: Float64Array;
  private readonly sizes: readonly number[];
  private readonly stages: (RealOverlapSave | undefined)[];
  /** Plans by block length (a few distinct lengths in practice; cleared if it grows past 32). */
  private readonly plans = new Map<number, Plan>();
  private line: FirHistory;
  private readonly initial: Float64Array;
  private readonly blockSize: number;

  /**
   * @param taps impulse response (non-empty, finite)
   * @param options `history`, `blockSize` (default 1024), `fftSize` (largest FFT size, a power of two)
   */
  constructor(taps: ArrayLike<number>, options: FftFirKernelOptions = {}) {
    const h = checkFiniteVector('FftFirKernel', 'taps', taps);
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
    this.rev = h.slice().reverse();
    this.blockSize = blockSize;
    this.fftSize = N;
    this.sizes = stageSizes(M, N);
    this.stages = this.sizes.map(() => undefined);
    this.line = new FirHistory(M - 1, blockSize);
    this.initial =
      options.history === undefined ? new Float64Array(M - 1) : checkFiniteVector('FftFirKernel', 'history', options.history, { length: M - 1 });
    this.line.setState(this.initial);
    // Prepare the stages the usual block length needs, so the first call does not allocate them.
    for (const step of this.planFor(blockSize).steps) if (step.stage >= 0) this.stage(step.stage);
  }

  /** The taps (a copy). */
  get taps(): Float64Array {
    return this.h.slice();
  }

  /** taps.length − 1. */
  get stateLength(): number {
    return this.line.hist;
  }

  private planFor(n: number): Plan {
    let p = this.plans.get(n);
    if (p === undefined) {
      if (this.plans.size >= 32) this.plans.clear();
      p = planBlock(this.h.length, n, this.sizes);
      this.plans.set(n, p);
    }
    return p;
  }

  private stage(s: number): RealOverlapSave {
    let st = this.stages[s];
    if (st === undefined) {
      st = new RealOverlapSave(this.h, this.sizes[s] as number);
      this.stages[s] = st;
    }
    return st;
  }

  process(input: ArrayLike<number>): Float64Array;
  process<O extends FloatArray>(input: ArrayLike<number>, output: O): O;
  process(input: ArrayLike<number>, output?: FloatArray): FloatArray {
    const x = checkSignal('FftFirKernel.process', 'input', input);
    const n = x.length;
    let y: FloatArray;
    if (output === undefined) y = new Float64Array(n);
    else {
      checkOutputBuffer('FftFirKernel.process', output, n);
      y = output;
    }
    if (n === 0) return y;
    const e = this.line.load(x, n);
    const hist = this.line.hist;
    const steps = this.planFor(n).steps;
    let o = 0;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i] as PlanStep;
      if (step.stage >= 0) this.stage(step.stage).run(e, o, step.outputs, hist, y);
      else this.direct(e, o, step.outputs, y);
      o += step.outputs;
    }
    this.line.advance(n);
    return y;
  }

  /** y[o … o+len) by direct convolution over the contiguous history + input e. */
  private direct(e: Float64Array, o: number, len: number, y: FloatArray): void {
    firDirect(this.rev, e, o, len, y);
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
    this.line.setState(checkFiniteVector('FftFirKernel.setState', 'state', state, { length: this.line.hist }));
  }
}
