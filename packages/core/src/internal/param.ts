import { isObservable, Observable, Subscription, type OperatorFunction, type Subscriber } from 'rxjs';
import { subscribeLinked } from './link';
import { operate } from './operate';
import { ParameterError } from '../types/errors';

/**
 * An operator with one parameter that is either a constant or an Observable of values.
 *
 * - Constant: `check` runs at creation (its RangeError/TypeError reaches the caller).
 * - Observable: subscribed before the source (so a BehaviorSubject's value applies to the first
 *   frame); each value is checked and, if invalid, errors the output with a `ParameterError`;
 *   the latest value applies to each later frame; its completion keeps the last value; its error
 *   errors the output. A frame arriving before any value uses `initial`, or errors the output
 *   with a `ParameterError` when there is none.
 *
 * `step` may throw: the throw errors the output.
 */
export function paramOperator<T, R, P, S>(
  fn: string,
  name: string,
  param: P | Observable<unknown>,
  check: (value: unknown) => P,
  initial: P | undefined,
  init: () => S,
  step: (value: T, p: P, state: S, out: Subscriber<R>) => void,
): OperatorFunction<T, R> {
  if (!isObservable(param)) {
    const p = check(param);
    return operate<T, R, S>(init, (v, state, out) => step(v, p, state, out));
  }
  const param$ = param;
  return (source) =>
    new Observable<R>((out) => {
      const state = init();
      let current = initial;
      const subs = new Subscription();
      subs.add(
        param$.subscribe({
          next(v) {
            try {
              current = check(v);
            } catch (err) {
              out.error(new ParameterError(err instanceof Error ? err.message : String(err)));
            }
          },
          error: (err: unknown) => out.error(err),
        }),
      );
      if (out.closed) return subs;
      subs.add(
        subscribeLinked(source, out, {
          next(v) {
            if (out.closed) return;
            if (current === undefined) {
              out.error(new ParameterError(`${fn}: a frame arrived before ${name} emitted a value and no initial value was given`));
              return;
            }
            try {
              step(v, current, state, out);
            } catch (err) {
              out.error(err);
            }
          },
          error: (err: unknown) => out.error(err),
          complete: () => out.complete(),
        }),
      );
      return subs;
    });
}
