import { FftFirKernel, bestFftSize, directFirCost, fftFirCost } from './FftFirKernel';
import { FirKernel, type FirKernelOptions } from './FirKernel';
import { Float32FftFirKernel, hasWasmSimd } from './Float32FftFirKernel';
import { checkFiniteVector } from '@rxdsp/core';

/** How an FIR filter is computed: direct convolution, FFT overlap-save, or whichever is faster. */
export type FirMethod = 'auto' | 'direct' | 'fft';

/** Arithmetic of an FIR kernel: `'float64'` (scipy's numbers) or `'float32'` (WebAssembly SIMD FFT, faster). */
export type FirPrecision = 'float64' | 'float32';

/** Options of {@link createFirKernel}. */
export interface CreateFirKernelOptions extends FirKernelOptions {
  /** 'auto' (default), 'direct' or 'fft'. */
  readonly method?: FirMethod;
  /**
   * `'float64'` (default): the float64 kernels, scipy's numbers. `'float32'`: a {@link Float32FftFirKernel}
   * (PFFFT on WebAssembly SIMD; error ≤ 1e-6 of the output's peak, see `FLOAT32_FIR_ERROR_BOUND`) where
   * WebAssembly SIMD is available ({@link hasWasmSimd}), else — the fallback — the float64 kernel `method`
   * selects, whose output is the reference the bound is stated against. `method: 'direct'` has no float32 form.
   */
  readonly precision?: FirPrecision;
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
 * both add 0 samples of latency. With `precision: 'float32'` a {@link Float32FftFirKernel} where
 * WebAssembly SIMD is available, else the float64 kernel (same state format, results within the bound).
 *
 * ## Example
 * ```ts
 * import { createFirKernel } from '@rxdsp/filters';
 * const k = createFirKernel(new Float64Array(182).fill(1 / 182), { blockSize: 1024 }); // an FftFirKernel
 * const y = k.process(new Float64Array(1024));
 * ```
 *
 * @param taps impulse response (non-empty, finite)
 * @param options `method` ('auto'), `blockSize` (1024), `history` (initial delay line), `precision` ('float64')
 */
export function createFirKernel(
  taps: ArrayLike<number>,
  options?: CreateFirKernelOptions & { readonly precision?: 'float64' },
): FirKernel | FftFirKernel;
export function createFirKernel(taps: ArrayLike<number>, options: CreateFirKernelOptions): FirKernel | FftFirKernel | Float32FftFirKernel;
export function createFirKernel(taps: ArrayLike<number>, options: CreateFirKernelOptions = {}): FirKernel | FftFirKernel | Float32FftFirKernel {
  const h = checkFiniteVector('createFirKernel', 'taps', taps);
  const method = options.method ?? 'auto';
  if (method !== 'auto' && method !== 'direct' && method !== 'fft') {
    throw new RangeError(`createFirKernel: method must be 'auto', 'direct' or 'fft', got ${String(method)}`);
  }
  const blockSize = options.blockSize ?? 1024;
  if (!Number.isInteger(blockSize) || blockSize < 1) {
    throw new RangeError(`createFirKernel: blockSize must be a positive integer, got ${blockSize}`);
  }
  const precision = options.precision ?? 'float64';
  if (precision !== 'float64' && precision !== 'float32') {
    throw new RangeError(`createFirKernel: precision must be 'float64' or 'float32', got ${String(precision)}`);
  }
  if (precision === 'float32' && method === 'direct') {
    throw new RangeError("createFirKernel: method 'direct' has no float32 form; use method 'auto' or 'fft' with precision 'float32'");
  }
  const history = options.history;
  if (precision === 'float32' && hasWasmSimd()) {
    return new Float32FftFirKernel(h, history === undefined ? { blockSize } : { blockSize, history });
  }
  const chosen = method === 'auto' ? chooseFirMethod(h.length, blockSize) : method;
  if (chosen === 'direct') return new FirKernel(h, history === undefined ? {} : { history });
  return new FftFirKernel(h, history === undefined ? { blockSize } : { blockSize, history });
}
