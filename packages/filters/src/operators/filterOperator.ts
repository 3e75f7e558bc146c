// Internal: the shared body of linearFilter, sosFilter and firFilter. One kernel per channel per
// subscription (created at the first frame, dropped on teardown), fixed or live coefficients, frame
// format checks. Written with the public RxJS API only.
import { FrameFormatError, ParameterError, type Frame } from '@rxdsp/core';
import { isObservable, Observable, type OperatorFunction, type Subscription } from 'rxjs';
import type { FloatArray } from '../kernels/validate';

/** What a filter operator needs from its kernel family. `C` is the validated coefficient value. */
export interface KernelFamily<C, K> {
  /** Operator name for messages. */
  readonly fn: string;
  /** Validates raw coefficients (throws RangeError/TypeError with the operator's name). */
  validate(raw: unknown): C;
  /** A kernel for one channel; `first` is that channel's first input sample (for steady-state zi). */
  create(c: C, frameLength: number, first: number): K;
  /** Applies new coefficients at a frame boundary; returns the kernel to use from now on. */
  update(k: K, c: C, frameLength: number): K;
  /** Filters one channel of one frame into `out`. */
  process(k: K, input: FloatArray, out: FloatArray): void;
}

/** Float frames the filter operators accept (Int16 frames error: convert with `toFloat` first). */
export type FloatFrame = Frame<Float32Array> | Frame<Float64Array>;

function emitFrame<T extends FloatFrame>(frame: T, channels: FloatArray[]): T {
  const out: { channels: FloatArray[]; sampleRate: number; index: number; time?: number } = {
    channels,
    sampleRate: frame.sampleRate,
    index: frame.index,
  };
  if (frame.time !== undefined) out.time = frame.time;
  return out as unknown as T;
}

/**
 * Builds the operator. `fixed` is a validated coefficient value, or `live` an Observable of raw ones.
 */
export function filterOperator<C, K, T extends FloatFrame>(
  family: KernelFamily<C, K>,
  source: { fixed: C } | { live: Observable<unknown> },
): OperatorFunction<T, T> {
  const { fn } = family;
  return (frames$) =>
    new Observable<T>((out) => {
      let kernels: K[] | undefined;
      let current: C | undefined = 'fixed' in source ? source.fixed : undefined;
      let pending: C | undefined;
      let sampleRate = 0;
      let nch = 0;
      let coeffSub: Subscription | undefined;
      if ('live' in source) {
        coeffSub = source.live.subscribe({
          next(raw) {
            let c: C;
            try {
              c = family.validate(raw);
            } catch (err) {
              out.error(new ParameterError(err instanceof Error ? err.message : String(err)));
              return;
            }
            // Before the first frame the latest value simply replaces the previous one.
            if (kernels === undefined) current = c;
            else pending = c;
          },
          error(err) {
            out.error(err);
          },
        });
        if (out.closed) {
          coeffSub.unsubscribe();
          return undefined;
        }
      }
      const frameSub = frames$.subscribe({
        next(frame) {
          if (out.closed) return;
          try {
            const chans = frame.channels;
            const c0 = chans[0];
            if (c0 === undefined) throw new FrameFormatError(`${fn}: frame at index ${frame.index} has no channels`);
            const n = c0.length;
            for (let c = 0; c < chans.length; c++) {
              const a = chans[c] as unknown;
              if (!(a instanceof Float64Array) && !(a instanceof Float32Array)) {
                const what = a instanceof Int16Array ? 'Int16Array' : typeof a === 'object' && a !== null ? a.constructor.name : typeof a;
                throw new FrameFormatError(
                  `${fn}: channel ${c} of the frame at index ${frame.index} is a ${what}; filters take Float32Array or ` +
                    `Float64Array frames (convert Int16 with toFloat() from @rxdsp/core first)`,
                );
              }
              if (a.length !== n) {
                throw new FrameFormatError(`${fn}: frame at index ${frame.index} has channel ${c} of length ${a.length}, channel 0 of length ${n}`);
              }
            }
            if (kernels === undefined) {
              sampleRate = frame.sampleRate;
              nch = chans.length;
            } else {
              if (frame.sampleRate !== sampleRate) {
                throw new FrameFormatError(`${fn}: sample rate changed from ${sampleRate} to ${frame.sampleRate} Hz at frame index ${frame.index}`);
              }
              if (chans.length !== nch) {
                throw new FrameFormatError(`${fn}: channel count changed from ${nch} to ${chans.length} at frame index ${frame.index}`);
              }
            }
            if (current === undefined) {
              throw new ParameterError(
                `${fn}: a frame (index ${frame.index}) arrived before the coefficients Observable emitted; ` +
                  'give it an initial value (BehaviorSubject, startWith)',
              );
            }
            if (kernels === undefined) {
              const cur = current;
              kernels = chans.map((ch) => family.create(cur, n, ch.length > 0 ? (ch[0] as number) : 0));
              pending = undefined;
            } else if (pending !== undefined) {
              const next = pending;
              current = next;
              pending = undefined;
              for (let c = 0; c < kernels.length; c++) kernels[c] = family.update(kernels[c] as K, next, n);
            }
            const outs: FloatArray[] = [];
            for (let c = 0; c < chans.length; c++) {
              const x = chans[c] as FloatArray;
              const y = x instanceof Float32Array ? new Float32Array(n) : new Float64Array(n);
              family.process(kernels[c] as K, x, y);
              outs.push(y);
            }
            out.next(emitFrame(frame, outs));
          } catch (err) {
            out.error(err);
          }
        },
        error(err) {
          out.error(err);
        },
        complete() {
          out.complete();
        },
      });
      return () => {
        frameSub.unsubscribe();
        coeffSub?.unsubscribe();
        kernels = undefined;
      };
    });
}

/** Splits the overloaded "coefficients or Observable" argument, validating fixed ones now. */
export function coefficientSource<C>(family: KernelFamily<C, unknown>, raw: unknown): { fixed: C } | { live: Observable<unknown> } {
  if (isObservable(raw)) return { live: raw };
  return { fixed: family.validate(raw) };
}
