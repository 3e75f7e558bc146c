import type { OperatorFunction } from 'rxjs';
import { complexKernelOperator } from '../internal/complexKernelOperator';
import { checkFiniteVector } from '@rxdsp/core';
import { ComplexFirKernel } from '../kernels/ComplexFirKernel';
import type { ComplexFrame } from '../types/ComplexFrame';

/**
 * Filters every channel of a complex frame stream with a real-tap FIR filter
 * (`lfilter(taps, [1], i + j·q)`), the delay lines carried from frame to frame: identical to filtering
 * the whole signal at once whatever the framing.
 *
 * ```text
 * complexFir(taps):   --[x0]--[x1]--[x2]--|
 *                     --[y0]--[y1]--[y2]--|     y = lfilter(taps, [1], x0‖x1‖x2), same cuts
 * ```
 *
 * One {@link ComplexFirKernel} per channel per subscription; new arrays, same `sampleRate`, `index`,
 * `centerFrequency`, `time`. A change of sample rate or channel count errors with `FrameFormatError`.
 * Errors and completion pass through; completion flushes nothing (no buffering). Latency: the
 * filter's group delay ((taps − 1)/2 samples for linear phase).
 *
 * ## Example
 * ```ts
 * import { firwin } from '@rxdsp/filters';
 * import { complexFir, readIq } from '@rxdsp/sdr';
 * readIq('capture.cu8', { format: 'cu8', sampleRate: 2.4e6, frameLength: 16384 })
 *   .pipe(complexFir(firwin(64, 100e3, { fs: 2.4e6 })))
 *   .subscribe();
 * ```
 *
 * @param taps real impulse response (non-empty, finite).
 * @throws TypeError / RangeError naming `taps` at creation.
 */
export function complexFir(taps: ArrayLike<number>): OperatorFunction<ComplexFrame, ComplexFrame> {
  const h = checkFiniteVector('complexFir', 'taps', taps);
  return complexKernelOperator('complexFir', () => new ComplexFirKernel(h));
}
