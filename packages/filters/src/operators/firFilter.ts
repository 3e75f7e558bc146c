import type { Observable } from 'rxjs';
import type { FftFirKernel } from '../kernels/FftFirKernel';
import type { FirKernel } from '../kernels/FirKernel';
import type { Float32FftFirKernel } from '../kernels/Float32FftFirKernel';
import { type FirMethod, type FirPrecision, createFirKernel } from '../kernels/createFirKernel';
import { checkFiniteVector } from '@rxdsp/core';
import type { NonFiniteOptions } from '@rxdsp/core';
import { type FilterOperator, type FloatFrame, type KernelFamily, coefficientSource, filterOperator } from './filterOperator';

/** Options of {@link firFilter}. */
export interface FirFilterOptions extends NonFiniteOptions {
  /**
   * `'auto'` (default): FFT overlap-save when it is faster for the tap count and the first frame's
   * length (see `chooseFirMethod`), else direct; `'direct'`; `'fft'`.
   */
  readonly method?: FirMethod;
  /**
   * `'float64'` (default): scipy's numbers. `'float32'` (opt-in): FFT convolution in float32 on PFFFT
   * WebAssembly SIMD, several times faster for long filters, within 1e-6 of the output's peak of the float64
   * result (`FLOAT32_FIR_ERROR_BOUND`); where WebAssembly SIMD is unavailable the float64 kernels run instead
   * (`hasWasmSimd()` tells which). Float32 frames in and out are the fastest with it.
   */
  readonly precision?: FirPrecision;
}

const fn = 'firFilter';

type AnyFirKernel = FirKernel | FftFirKernel | Float32FftFirKernel;

function family(method: FirMethod, precision: FirPrecision): KernelFamily<Float64Array, AnyFirKernel> {
  return {
    fn,
    validate: (raw) => checkFiniteVector(fn, 'taps', raw),
    create: (taps, blockSize) => createFirKernel(taps, { method, precision, blockSize: Math.max(1, blockSize) }),
    update(k, taps, blockSize) {
      // Keep the most recent inputs: the delay line does not depend on the taps.
      const old = k.getState();
      const keep = Math.min(old.length, taps.length - 1);
      const history = new Float64Array(taps.length - 1);
      history.set(old.subarray(old.length - keep), history.length - keep);
      return createFirKernel(taps, { method, precision, blockSize: Math.max(1, blockSize), history });
    },
    process(k, x, y) {
      k.process(x, y);
    },
  };
}

/**
 * Filters every channel of a float frame stream with an FIR filter (`lfilter(taps, [1], x)`), with the
 * delay line carried from frame to frame: identical to filtering the whole channel at once (the FFT
 * method to ~1e-13 of the signal peak, the direct method exactly).
 *
 * ```text
 * firFilter(taps):       --[x0]----[x1]--[x2]--|
 *                        --[y0]----[y1]--[y2]--|    y = lfilter(taps, [1], x0‖x1‖x2), same cuts
 * firFilter(taps$): taps$ A--------B------------
 *                        --[x0]----[x1]--[x2]--|    x0 with A; x1, x2 with B
 * ```
 *
 * - Method: `'auto'` decides at the first frame from its length (the FFT kernel's chunking also
 *   adapts to it). The FFT path turns a whole FFT chunk into NaN when one input sample is NaN (the
 *   direct path only the next taps.length outputs); channels never mix either way.
 * - `precision: 'float32'`: float32 FFT convolution on WebAssembly SIMD (error ≤ 1e-6 of the output's
 *   peak against the float64 path; the delay line is kept in float32), falling back to the float64 kernels
 *   where WebAssembly SIMD is unavailable. `firFilter(taps, { precision: 'float32' })` on Float32 frames
 *   (`toFloat({ scale, dtype: 'float32' })`) is the fastest FIR in rxdsp.
 * - One kernel per channel per subscription (cold), created at the first frame, dropped on teardown.
 * - New arrays of the input's type, same `sampleRate`, `index`, `time`. Latency: 0 samples beyond the
 *   filter's own group delay ((taps − 1)/2 samples for a linear-phase design).
 * - Live taps (`firFilter(taps$)`): applied at the next frame boundary. The state is the input delay
 *   line, which does not depend on the taps, so it is kept even when the length changes: a longer
 *   filter sees zeros before the samples it kept, a shorter one drops the oldest. Invalid taps from
 *   `taps$` error with `ParameterError` (same message); a frame before `taps$` emitted errors with
 *   `ParameterError`.
 * - `FrameFormatError` on a sample-rate or channel-count change or non-float frames.
 * - Completion and errors of the source pass straight through; nothing is buffered (zero latency), so
 *   completion flushes nothing. Teardown unsubscribes the source and the coefficients Observable.
 *
 * ## Example
 * ```ts
 * import { fromSamples } from '@rxdsp/core';
 * import { firFilter, remez } from '@rxdsp/filters';
 * const taps = remez(182, [0, 2700, 3200, 4800, 5300, 24000], [0, 1, 0], { fs: 48000 });
 * fromSamples(new Float64Array(48000), { sampleRate: 48000, frameLength: 1024 })
 *   .pipe(firFilter(taps)) // FFT overlap-save, chosen automatically
 *   .subscribe();
 * ```
 *
 * @param taps impulse response (non-empty, finite), or an Observable of taps
 * @param opts `method`: `'auto'` | `'direct'` | `'fft'`; `precision`: `'float64'` (default) | `'float32'`
 * @throws TypeError / RangeError naming the parameter on bad taps or method
 */
export function firFilter<T extends FloatFrame>(
  taps: ArrayLike<number> | Observable<ArrayLike<number>>,
  opts: FirFilterOptions = {},
): FilterOperator<T> {
  if (typeof opts !== 'object' || opts === null) throw new TypeError(`${fn}: opts must be an object, got ${String(opts)}`);
  const method = opts.method ?? 'auto';
  if (method !== 'auto' && method !== 'direct' && method !== 'fft') {
    throw new RangeError(`${fn}: opts.method must be 'auto', 'direct' or 'fft', got ${String(method)}`);
  }
  const precision = opts.precision ?? 'float64';
  if (precision !== 'float64' && precision !== 'float32') {
    throw new RangeError(`${fn}: opts.precision must be 'float64' or 'float32', got ${String(precision)}`);
  }
  if (precision === 'float32' && method === 'direct') {
    throw new RangeError(`${fn}: opts.method 'direct' has no float32 form; use 'auto' or 'fft' with opts.precision 'float32'`);
  }
  const fam = family(method, precision);
  const src = coefficientSource(fam, taps);
  return filterOperator<Float64Array, AnyFirKernel, T>(fam, src, opts);
}
