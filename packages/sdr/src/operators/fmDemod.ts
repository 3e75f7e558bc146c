import { makeFrame, operate, type Frame, checkOneOf } from '@rxdsp/core';
import { KernelDuplicator } from '@rxdsp/filters';
import type { OperatorFunction } from 'rxjs';
import { checkComplexFrame, newComplexLock, type ComplexLock } from '../internal/complexLock';
import { FmDemodKernel, type FmDemodMethod } from '../kernels/FmDemodKernel';
import type { ComplexFrame } from '../types/ComplexFrame';

/** Options of {@link fmDemod}. */
export interface FmDemodOptions {
  /** `'discriminator'` (default: the course's (X·dY − Y·dX)/(X² + Y²)) or `'phaseDifference'` (arg(x[n]·conj(x[n−1]))). */
  readonly method?: FmDemodMethod;
}

/**
 * FM-demodulates a complex baseband stream: one real output channel per complex channel, one output
 * sample per input sample, in radians per sample (multiply by sampleRate/(2π) for Hz of deviation),
 * the previous sample carried across frames (see {@link FmDemodKernel} for the two formulas).
 *
 * ```text
 * fmDemod():   --[x0]--[x1]--[x2]--|        complex, 240 kS/s
 *              --[z0]--[z1]--[z2]--|        real Float64, 240 kS/s, same index and time
 * ```
 *
 * One kernel per channel per subscription. `FrameFormatError` on a change of sample rate or channel
 * count. Errors and completion pass through; nothing is buffered. Latency: 0 samples (the
 * discriminator's difference is a half-sample delay of the frequency estimate).
 *
 * ## Example
 * ```ts
 * import { firwin } from '@rxdsp/filters';
 * import { complexDecimate, fmDemod, rtlTcp } from '@rxdsp/sdr';
 * rtlTcp({ port: 1234, frequency: 103.9e6 })
 *   .pipe(complexDecimate(10, firwin(32, 200e3, { fs: 2.4e6 })), fmDemod())
 *   .subscribe((f) => console.log(f.channels[0]!.length));
 * ```
 *
 * @param opts `method`.
 * @throws RangeError naming `opts.method` at creation.
 */
export function fmDemod(opts: FmDemodOptions = {}): OperatorFunction<ComplexFrame, Frame<Float64Array>> {
  const fn = 'fmDemod';
  const method = checkOneOf(fn, 'opts.method', opts.method ?? 'discriminator', ['discriminator', 'phaseDifference'] as const);
  interface State {
    lock: ComplexLock;
    kernels: KernelDuplicator<FmDemodKernel>;
  }
  return operate<ComplexFrame, Frame<Float64Array>, State>(
    () => ({ lock: newComplexLock(), kernels: new KernelDuplicator(() => new FmDemodKernel({ method })) }),
    (frame, s, out) => {
      checkComplexFrame(fn, s.lock, frame);
      const chans = s.kernels.prepare(s.lock.channels).map((k, c) => k.process(frame.i[c] as Float64Array, frame.q[c] as Float64Array));
      out.next(makeFrame(chans, frame.sampleRate, frame.index, frame.time));
    },
  );
}
