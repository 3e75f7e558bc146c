import { FftFirKernel, bestFftSize, directFirCost, fftFirCost } from './FftFirKernel';
import { FirKernel, type FirKernelOptions } from './FirKernel';
import { finiteVector } from './validate';

/** How an FIR filter is computed: direct convolution, FFT overlap-save, or whichever is faster. */
export type FirMethod = 'auto' | 'direct' | 'fft';

/** Options of {@link createFirKernel}. */
export interface CreateFirKernelOptions extends FirKernelOptions {
  /** 'auto' (default), 'direct' or 'fft'. */
  readonly method?: FirMethod;
  /** Typical block length in samples (default 1024): decides 'auto' and the FFT size. */
  readonly blockSize?: number;
}

/**
 * The method `'auto'` picks for `numTaps` taps and blocks of `blockSize` samples: `'fft'` when the
 * overlap-save cost model predicts it faster than direct convolution, else `'direct'`.
 *
 * The two cost models were fitted to measurements on the development machine (`npx tsx
 * benchmarks/firCrossover.ts`, table in `benchmarks/RESULTS.md`): measured, FFT overtakes direct between
 * 24 and 32 taps for 256-, 1024- and 4096-sample blocks and between 32 and 48 taps for 64-sample blocks.
 * The model switches at 24, 25, 26 and 47 taps for blocks of 4096, 1024, 256 and 64 samples; near the
 * switch both methods cost about the same (the FFT kernel itself computes a block, or a block's short tail,
 * in direct form when its model says that is cheaper). Blocks shorter than about 32 samples stay direct
 * (one FFT chunk per few outputs costs more than the multiply-adds).
 *
 * ## Example
 * ```ts
 * import { chooseFirMethod } from '@rxdsp/filters';
 * chooseFirMethod(182, 1024); // 'fft'
 * chooseFirMethod(8, 1024);   // 'direct'
 * ```
 */
export function chooseFirMethod(numTaps: number, blockSize: number): 'direct' | 'fft' {
  const fft = fftFirCost(numTaps, blockSize, bestFftSize(numTaps, blockSize));
  return fft < directFirCost(numTaps, blockSize) + 50 ? 'fft' : 'direct';
}

/**
 * Creates an FIR kernel for one channel: a {@link FirKernel} (direct) or an {@link FftFirKernel}
 * (overlap-save), chosen by {@link chooseFirMethod} when `method` is `'auto'`. Both give the output of
 * `lfilter(taps, [1], x)` with state carried and share the same state format (the input delay line), and
 * both add 0 samples of latency.
 *
 * ## Example
 * ```ts
 * import { createFirKernel } from '@rxdsp/filters';
 * const k = createFirKernel(new Float64Array(182).fill(1 / 182), { blockSize: 1024 }); // an FftFirKernel
 * const y = k.process(new Float64Array(1024));
 * ```
 *
 * @param taps impulse response (non-empty, finite)
 * @param options `method` ('auto'), `blockSize` (1024), `history` (initial delay line)
 */
export function createFirKernel(taps: ArrayLike<number>, options: CreateFirKernelOptions = {}): FirKernel | FftFirKernel {
  const h = finiteVector('createFirKernel', 'taps', taps);
  const method = options.method ?? 'auto';
  if (method !== 'auto' && method !== 'direct' && method !== 'fft') {
    throw new RangeError(`createFirKernel: method must be 'auto', 'direct' or 'fft', got ${String(method)}`);
  }
  const blockSize = options.blockSize ?? 1024;
  if (!Number.isInteger(blockSize) || blockSize < 1) {
    throw new RangeError(`createFirKernel: blockSize must be a positive integer, got ${blockSize}`);
  }
  const chosen = method === 'auto' ? chooseFirMethod(h.length, blockSize) : method;
  const history = options.history;
  if (chosen === 'direct') return new FirKernel(h, history === undefined ? {} : { history });
  return new FftFirKernel(h, history === undefined ? { blockSize } : { blockSize, history });
}
