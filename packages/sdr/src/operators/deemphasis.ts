import type { OperatorFunction } from 'rxjs';
import { frameFormatLock, makeFrame, operate, type Frame, type FrameFormatLock, checkPositive } from '@rxdsp/core';
import { KernelDuplicator, LinearFilterKernel } from '@rxdsp/filters';
import { deemphasisDesign } from '../kernels/deemphasisDesign';

/** Options of {@link deemphasis}. */
export interface DeemphasisOptions {
  /** Time constant in seconds: 75e-6 (default; Americas, Korea) or 50e-6 (Europe, elsewhere); any value > 0. */
  readonly tau?: number;
}

/**
 * The FM de-emphasis lowpass on a real stream (after `fmDemod`): the one-pole `1/(1 + s·τ)`
 * discretised with its pole matched (`a = e^{−1/(τ·fs)}`, unity gain at 0 Hz,
 * `y[n] = (1 − a)·x[n] + a·y[n−1]`; see {@link deemphasisDesign}), run by `@rxdsp/filters`'
 * `LinearFilterKernel` with its state carried across frames, one per channel per subscription,
 * designed at the first frame for its sample rate.
 *
 * ```text
 * deemphasis({ tau: 75e-6 }):   --[x0]--[x1]--|
 *                               --[y0]--[y1]--|   y = lfilter([1 − a], [1, −a], x0‖x1)
 * ```
 *
 * New Float64 arrays, same `sampleRate`, `index`, `time`. `FrameFormatError` on Int16 frames or a
 * change of sample rate or channel count. Errors and completion pass through. Latency: 0 samples
 * (a one-pole IIR; its group delay at low frequencies is about τ·fs samples).
 *
 * ## Example
 * ```ts
 * import { fromSamples } from '@rxdsp/core';
 * import { deemphasis } from '@rxdsp/sdr';
 * fromSamples(new Float64Array(4800).fill(1), { sampleRate: 48000, frameLength: 480 })
 *   .pipe(deemphasis({ tau: 50e-6 }))
 *   .subscribe();
 * ```
 *
 * @param opts `tau` in seconds (> 0).
 * @throws RangeError / TypeError naming `opts.tau` at creation.
 */
export function deemphasis(opts: DeemphasisOptions = {}): OperatorFunction<Frame, Frame<Float64Array>> {
  const fn = 'deemphasis';
  const tau = checkPositive(fn, 'opts.tau', opts.tau ?? 75e-6);
  interface State {
    lock: FrameFormatLock;
    /** Created at the first frame: the design depends on its sample rate. */
    kernels: KernelDuplicator<LinearFilterKernel> | undefined;
  }
  return operate<Frame, Frame<Float64Array>, State>(
    () => ({ lock: frameFormatLock(fn, { types: 'float' }), kernels: undefined }),
    (frame, s, out) => {
      s.lock.check(frame);
      if (s.kernels === undefined) {
        const { b, a } = deemphasisDesign({ tau, sampleRate: s.lock.sampleRate });
        s.kernels = new KernelDuplicator(() => new LinearFilterKernel(b, a));
      }
      const chans = s.kernels.process(frame.channels as readonly (Float64Array | Float32Array)[]);
      out.next(makeFrame(chans, frame.sampleRate, frame.index, frame.time));
    },
  );
}
