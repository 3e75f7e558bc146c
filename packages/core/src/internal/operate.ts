import { Observable, type OperatorFunction, type Subscriber } from 'rxjs';

/**
 * The one internal helper for the common operator shape: subscribe to the source with
 * per-subscription state created by `init`, transform each value with `next`, forward
 * errors and completion (after `complete`, which may emit a final value).
 * A throw from `next` or `complete` errors the output and unsubscribes the source.
 */
export function operate<T, R, S>(
  init: () => S,
  next: (value: T, state: S, out: Subscriber<R>) => void,
  complete?: (state: S, out: Subscriber<R>) => void,
): OperatorFunction<T, R> {
  return (source) =>
    new Observable<R>((out) => {
      const state = init();
      return source.subscribe({
        next(value) {
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
