import { isObservable, map, of, startWith, withLatestFrom, type Observable, type OperatorFunction } from 'rxjs';
import { ParameterError } from '@rxdsp/core';

/**
 * Pairs every value of the source with the latest value of a parameter that is a constant or an
 * Observable (public RxJS only: `withLatestFrom`). The parameter Observable is subscribed before
 * the source, so a BehaviorSubject's value applies to the first frame. Each value is checked with
 * `check` when it is used; an invalid one, or a frame before any value when there is no `initial`,
 * errors the output with `ParameterError`. The parameter's error errors the output; its completion
 * keeps the last value.
 */
export function withParam<T, P>(
  fn: string,
  name: string,
  param: P | Observable<unknown>,
  check: (value: unknown) => P,
  initial: P | undefined,
): OperatorFunction<T, readonly [T, P]> {
  if (!isObservable(param)) {
    const p = check(param);
    return map((v: T) => [v, p] as const);
  }
  const latest$: Observable<unknown> = param.pipe(startWith(initial));
  return (source) =>
    source.pipe(
      withLatestFrom(latest$),
      map(([v, raw]) => {
        if (raw === undefined) throw new ParameterError(`${fn}: a frame arrived before ${name} emitted a value and no initial value was given`);
        try {
          return [v, check(raw)] as const;
        } catch (err) {
          throw new ParameterError(err instanceof Error ? err.message : String(err));
        }
      }),
    );
}

/** The latest value of a constant-or-Observable parameter, for sources (`rtlTcp`'s frequency and gain). */
export function paramObservable<P>(param: P | Observable<P>): Observable<P> {
  return isObservable(param) ? param : of(param);
}
