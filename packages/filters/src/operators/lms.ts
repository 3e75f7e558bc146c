import { FrameFormatError } from '@rxdsp/core';
import { Observable, type OperatorFunction, Subject } from 'rxjs';
import { LmsKernel, type LmsOptions } from '../kernels/LmsKernel';
import type { FloatArray } from '../kernels/validate';
import type { FloatFrame } from './filterOperator';

/** The operator returned by {@link lms}: use it in `pipe`, and watch the weights on `weights$`. */
export interface LmsOperator<T extends FloatFrame = FloatFrame> extends OperatorFunction<T, T> {
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
 * @param options `taps` (≥ 1), `mu` (> 0; < 2 for NLMS), `normalized`, `eps` (NLMS, default 1e-8), `initialWeights`
 * @throws RangeError / TypeError naming the option when it is invalid
 */
export function lms<T extends FloatFrame = FloatFrame>(options: LmsOptions): LmsOperator<T> {
  const template = new LmsKernel(options, fn); // validates now, at creation
  const weights = new Subject<Float64Array>();
  const op = (frames$: Observable<T>): Observable<T> =>
    new Observable<T>((out) => {
      let kernel: LmsKernel | undefined;
      let sampleRate = 0;
      const sub = frames$.subscribe({
        next(frame) {
          if (out.closed) return;
          try {
            const ch = frame.channels;
            if (ch.length !== 2) {
              throw new FrameFormatError(`${fn}: frame at index ${frame.index} has ${ch.length} channels, expected 2 (input, desired)`);
            }
            const x = ch[0] as unknown;
            const d = ch[1] as unknown;
            for (const [c, a] of [x, d].entries()) {
              if (!(a instanceof Float64Array) && !(a instanceof Float32Array)) {
                throw new FrameFormatError(
                  `${fn}: channel ${c} of the frame at index ${frame.index} is not a Float32Array/Float64Array (convert Int16 with toFloat() first)`,
                );
              }
            }
            const xs = x as FloatArray;
            const ds = d as FloatArray;
            if (xs.length !== ds.length) {
              throw new FrameFormatError(`${fn}: frame at index ${frame.index} has channel 1 of length ${ds.length}, channel 0 of length ${xs.length}`);
            }
            if (kernel === undefined) {
              kernel = template.copy();
              kernel.reset();
              sampleRate = frame.sampleRate;
            } else if (frame.sampleRate !== sampleRate) {
              throw new FrameFormatError(`${fn}: sample rate changed from ${sampleRate} to ${frame.sampleRate} Hz at frame index ${frame.index}`);
            }
            const n = xs.length;
            const y = xs instanceof Float32Array ? new Float32Array(n) : new Float64Array(n);
            const e = xs instanceof Float32Array ? new Float32Array(n) : new Float64Array(n);
            kernel.process(xs, ds, y, e);
            const res: { channels: FloatArray[]; sampleRate: number; index: number; time?: number } = {
              channels: [y, e],
              sampleRate: frame.sampleRate,
              index: frame.index,
            };
            if (frame.time !== undefined) res.time = frame.time;
            out.next(res as unknown as T);
            weights.next(kernel.weights);
          } catch (err) {
            out.error(err);
          }
        },
        error: (err) => out.error(err),
        complete: () => out.complete(),
      });
      return () => {
        sub.unsubscribe();
        kernel = undefined;
      };
    });
  return Object.assign(op, { weights$: weights.asObservable() }) as LmsOperator<T>;
}

