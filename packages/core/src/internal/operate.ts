import { Observable, type OperatorFunction, type Subscriber } from 'rxjs';
import { subscribeLinked } from './link';

/**
 * The one internal helper for the common operator shape: subscribe to the source with
 * per-subscription state created by `init`, transform each value with `next`, forward
 * errors and completion (after `complete`, which may emit a final value).
 * A throw from `next` or `complete` errors the output and unsubscribes the source.
 * When the output is unsubscribed (or completes/errors from inside `next`), the source is
 * unsubscribed at once, even in the middle of a synchronous emission loop.
 */
export function operate<T, R, S>(
  init: () => S,
  next: (value: T, state: S, out: Subscriber<R>) => void,
  complete?: (state: S, out: Subscriber<R>) => void,
): OperatorFunction<T, R> {
  return (source) =>
    new Observable<R>((out) => {
      const state = init();
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
