import { Observable, type OperatorFunction, type Subscriber } from 'rxjs';
import { subscribeLinked } from './link';

/**
 * The one way rxdsp operators are built (in every package): subscribe to the source with
 * per-subscription state created by `init`, transform each value with `next`, forward errors,
 * and on completion call `complete` (which may emit a final value) before completing.
 *
 * ```text
 * operate(init, next, complete):  source  --a--b--|
 *                                 output  --A--B--(Z|)     Z: what complete() emits, if anything
 * ```
 *
 * - `init(out)` runs once per subscription (cold operators: two subscribers never share state).
 *   It may subscribe to parameter Observables (see {@link liveParameter}) or register teardown
 *   with `out.add(...)`: whatever is added there runs when the output completes, errors or is
 *   unsubscribed. A throw from `init` errors the output before the source is subscribed.
 * - A throw from `next` or `complete` errors the output and unsubscribes the source.
 * - When the output is unsubscribed (or completes/errors from inside `next`, e.g. `take(n)`
 *   downstream), the source is unsubscribed at once, even in the middle of a synchronous
 *   emission loop: an endless synchronous source followed by `take(3)` stops after 3 values.
 *
 * ## Example
 * ```ts
 * import { operate, frameFormatLock, makeFrame, type Frame } from '@rxdsp/core';
 * // a running sample counter: emits each frame with its samples replaced by their running sum
 * const runningSum = () =>
 *   operate<Frame<Float64Array>, Frame<Float64Array>, { lock: ReturnType<typeof frameFormatLock>; acc: number }>(
 *     () => ({ lock: frameFormatLock('runningSum', { types: 'float', channels: 1 }), acc: 0 }),
 *     (frame, s, out) => {
 *       s.lock.check(frame);
 *       const y = frame.channels[0]!.map((v) => (s.acc += v));
 *       out.next(makeFrame([y], frame.sampleRate, frame.index, frame.time));
 *     },
 *   );
 * ```
 *
 * @param init creates the per-subscription state; receives the output subscriber
 * @param next handles one source value (may emit any number of values on `out`)
 * @param complete called when the source completes, before the output completes
 * @param error called when the source errors, before the error is forwarded (to finalise a
 *   resource, for example); a throw from it is forwarded instead of the source's error
 */
export function operate<T, R, S>(
  init: (out: Subscriber<R>) => S,
  next: (value: T, state: S, out: Subscriber<R>) => void,
  complete?: (state: S, out: Subscriber<R>) => void,
  error?: (state: S, err: unknown) => void,
): OperatorFunction<T, R> {
  return (source) =>
    new Observable<R>((out) => {
      let state: S;
      try {
        state = init(out);
      } catch (err) {
        out.error(err);
        return;
      }
      if (out.closed) return;
      return subscribeLinked(source, out, {
        next(value) {
          if (out.closed) return;
          try {
            next(value, state, out);
          } catch (err) {
            out.error(err);
          }
        },
        error(err) {
          if (error !== undefined && !out.closed) {
            try {
              error(state, err);
            } catch (thrown) {
              out.error(thrown);
              return;
            }
          }
          out.error(err);
        },
        complete() {
          if (out.closed) return;
          try {
            complete?.(state, out);
          } catch (err) {
            out.error(err);
            return;
          }
          out.complete();
        },
      });
    });
}
