import type { OperatorFunction } from 'rxjs';
import { complexKernelOperator } from '../internal/complexKernelOperator';
import { checkInt, checkFiniteVector } from '@rxdsp/core';
import { ComplexDecimatorKernel } from '../kernels/ComplexDecimatorKernel';
import type { ComplexFrame } from '../types/ComplexFrame';

/**
 * Lowpass-filters and decimates a complex frame stream by an integer factor with real FIR taps:
 * the output is `lfilter(taps, [1], x)[::factor]` of the whole signal (scipy; the first output at the
 * first input sample), computing only the kept outputs (see {@link ComplexDecimatorKernel}).
 *
 * ```text
 * complexDecimate(4, taps):   --[x0 … x9]----[x10 x11]--[x12 … x15]--|
 *                             --[y0 y4 y8]---------------[y12]--------|   no frame when no output is due
 * ```
 *
 * Output frames: `sampleRate / factor`, `index` counted in output samples (continuing from
 * ceil(first input index / factor)), the input's `centerFrequency` and `time`. One kernel per channel
 * per subscription. A change of sample rate or channel count errors with `FrameFormatError`.
 * Errors and completion pass through; completion flushes nothing (inputs after the last kept output
 * only wait in the delay line). Latency: (taps − 1)/2 input samples for a linear-phase design.
 * Design the taps with `@rxdsp/filters`' `firwin` (the course: `firwin(32, 200e3, { fs: 2.4e6 })`, factor 10).
 *
 * ## Example
 * ```ts
 * import { firwin } from '@rxdsp/filters';
 * import { complexDecimate, rtlTcp } from '@rxdsp/sdr';
 * rtlTcp({ port: 1234, frequency: 103.9e6, sampleRate: 2.4e6 })
 *   .pipe(complexDecimate(10, firwin(32, 200e3, { fs: 2.4e6 }))) // 240 kS/s
 *   .subscribe();
 * ```
 *
 * @param factor decimation factor, integer ≥ 1.
 * @param taps real impulse response (non-empty, finite), designed for the input rate.
 * @throws TypeError / RangeError naming the parameter at creation.
 */
export function complexDecimate(factor: number, taps: ArrayLike<number>): OperatorFunction<ComplexFrame, ComplexFrame> {
  const M = checkInt('complexDecimate', 'factor', factor, 1);
  const h = checkFiniteVector('complexDecimate', 'taps', taps);
  return complexKernelOperator('complexDecimate', () => new ComplexDecimatorKernel(h, M), M);
}
