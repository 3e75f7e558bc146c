import { frameFormatLock, makeFrame, nonFiniteGuard, operate, type FrameFormatLock, type NonFiniteOptions, type NonFiniteReporting } from '@rxdsp/core';
import { type Observable, type OperatorFunction, Subject } from 'rxjs';
import { LmsKernel, type LmsOptions } from '../kernels/LmsKernel';
import type { FloatArray } from '../kernels/FilterKernel';
import type { FloatFrame } from './filterOperator';

/** The operator returned by {@link lms}: use it in `pipe`, and watch the weights on `weights$`. */
export interface LmsOperator<T extends FloatFrame = FloatFrame> extends OperatorFunction<T, T>, NonFiniteReporting {
  /**
   * The weights after each processed frame (a new Float64Array each time; w[k] multiplies x[n−k]), from
   * every active subscription of the operator, synchronously after that frame's output. Hot: it emits
   * only while a subscription runs and does not replay; it never completes or errors (the filtered stream
   * carries completion and errors).
   */
  readonly weights$: Observable<Float64Array>;
}

const fn = 'lms';

/**
 * An LMS / NLMS adaptive filter operator (see {@link LmsKernel}): each frame carries two channels —
 * channel 0 the input x, channel 1 the desired signal d — and the output frame carries channel 0 the
 * filter output y and channel 1 the error e = d − y. The weights adapt sample by sample inside each frame,
 * so the result does not depend on the framing. The weights are published on `weights$` after every frame.
 *
 * ```text
 * source:     --[x0|d0]----[x1|d1]--|
 * lms(opts):  --[y0|e0]----[y1|e1]--|
 * weights$:   --w0---------w1--------     (weights after each frame)
 * ```
 *
 * - One {@link LmsKernel} per subscription (cold): created at the first frame, dropped on teardown;
 *   resubscribing starts again from `initialWeights`.
 * - Output arrays are new, of the input's type; `sampleRate`, `index`, `time` are kept. Latency: 0 samples.
 * - `FrameFormatError` when a frame does not have exactly 2 float channels, or the sample rate changes.
 * - Non-finite samples follow `options.nonFinite` (default `'reset'`: a NaN/Inf input sample counts as 0
 *   for the adaptation; weights that diverge to non-finite values are reset to `initialWeights`; each
 *   event is reported on `events$`). `'error'` errors with `NonFiniteError`; `'propagate'` lets them in.
 * - Completion and errors of the source pass straight through; nothing is buffered (zero latency), so
 *   completion flushes nothing. Teardown unsubscribes the source.
 *
 * ## Example
 * ```ts
 * import { fromSamples } from '@rxdsp/core';
 * import { lms, lfilter } from '@rxdsp/filters';
 * const x = Float64Array.from({ length: 48000 }, () => Math.random() * 2 - 1);
 * const d = lfilter([0.5, -0.3, 0.1], [1], x).y;          // unknown system to identify
 * const op = lms({ taps: 4, mu: 0.5, normalized: true });
 * op.weights$.subscribe((w) => console.log(w));           // → [0.5, -0.3, 0.1, 0]
 * fromSamples([x, d], { sampleRate: 48000, frameLength: 1024 }).pipe(op).subscribe();
 * ```
 *
 * @param options `taps` (≥ 1), `mu` (> 0; < 2 for NLMS), `normalized`, `eps` (NLMS, default 1e-8), `initialWeights`,
 *   `nonFinite` policy and `onNonFinite` callback
 * @throws RangeError / TypeError naming the option when it is invalid
 */
export function lms<T extends FloatFrame = FloatFrame>(options: LmsOptions & NonFiniteOptions): LmsOperator<T> {
  const template = new LmsKernel(options, fn); // validates now, at creation
  const guard = nonFiniteGuard(fn, options);
  const weights = new Subject<Float64Array>();
  interface State {
    readonly lock: FrameFormatLock;
    kernel: LmsKernel | undefined;
  }
  const op = operate<T, T, State>(
    (out) => {
      const s: State = { lock: frameFormatLock(fn, { types: 'float', typeMayChange: true, channels: 2 }), kernel: undefined };
      out.add(() => {
        s.kernel = undefined;
      });
      return s;
    },
    (frame, s, out) => {
      const n = s.lock.check(frame);
      const x = guard.input(frame.channels[0] as FloatArray, frame.index, 0);
      const d = guard.input(frame.channels[1] as FloatArray, frame.index, 1);
      let kernel = s.kernel;
      if (kernel === undefined) {
        kernel = template.copy();
        kernel.reset();
        s.kernel = kernel;
      }
      const y = x instanceof Float32Array ? new Float32Array(n) : new Float64Array(n);
      const e = x instanceof Float32Array ? new Float32Array(n) : new Float64Array(n);
      kernel.process(x, d, y, e);
      // The weights feed back through the error: a divergent adaptation (mu too large) shows as
      // non-finite outputs; the policy resets the weights there and adapts on from the next sample.
      let from = 0;
      for (;;) {
        const atY = guard.output(y, frame.index, 0, from);
        const atE = guard.output(e, frame.index, 1, from);
        if (atY < 0 && atE < 0) break;
        const at = atY < 0 ? atE : atE < 0 ? atY : Math.min(atY, atE);
        y[at] = 0;
        e[at] = 0;
        kernel.reset();
        from = at + 1;
        if (from < n) kernel.process(x.subarray(from), d.subarray(from), y.subarray(from), e.subarray(from));
      }
      out.next(makeFrame([y, e], frame.sampleRate, frame.index, frame.time) as T);
      weights.next(kernel.weights);
    },
  );
  return Object.assign(op, { weights$: weights.asObservable(), events$: guard.events$ }) as LmsOperator<T>;
}
