import { isObservable, type Observable, type OperatorFunction, type Subscriber } from 'rxjs';
import { ParameterError } from '../types/errors';
import { operate } from './operate';

/** One subscription's view of a {@link liveParameter}: the value to use for the next frame. */
export interface LiveParameterValue<P> {
  /**
   * The value that applies to the frame now being processed: the latest valid value received
   * (or the constant, or the initial value before the first one).
   * @throws ParameterError when a frame arrives before the Observable emitted and there is no initial value
   */
  get(): P;
  /** Increases by one each time a new value arrives (compare it to see whether the value changed). */
  readonly version: number;
}

/** A parameter that is a constant or an Observable of values; connect it once per subscription. */
export interface LiveParameter<P> {
  /** Whether the parameter is an Observable (live) rather than a constant. */
  readonly live: boolean;
  /**
   * Subscribes the parameter for one subscription of the operator: values go to the returned
   * handle; an invalid value errors `out` with {@link ParameterError}; an error of the
   * Observable errors `out`; its completion keeps the last value. Unsubscribed when `out` closes.
   */
  connect(out: Subscriber<unknown>): LiveParameterValue<P>;
}

/** Options of {@link liveParameter}. */
export interface LiveParameterOptions<P> {
  /** The value used for frames that arrive before the Observable emits (default: none, such a frame errors). */
  readonly initial?: P | undefined;
}

/**
 * The one way rxdsp operators take a parameter that may change while streaming (a gain slider,
 * filter coefficients from an equaliser): a constant or an Observable of values.
 *
 * ```text
 * gain(g$):   g$      0.5----------2-------
 *             frames  --[a]---[b]----[c]--|
 *             used    --0.5---0.5----2----|      the latest value at each frame boundary
 * ```
 *
 * - Constant: `check` runs now, at creation, so a bad value throws its RangeError/TypeError to
 *   the caller.
 * - Observable: subscribed in `init` before the source (so a `BehaviorSubject`'s value applies
 *   to the first frame); each value is checked and, if invalid, errors the output with a
 *   `ParameterError` carrying the same message; the latest value applies from the next frame on;
 *   its completion keeps the last value; its error errors the output. A frame arriving before any
 *   value uses `opts.initial`, or errors with `ParameterError` when there is none.
 *
 * ## Example
 * ```ts
 * import { BehaviorSubject } from 'rxjs';
 * import { liveParameter, operate, frameFormatLock, makeFrame, type Frame } from '@rxdsp/core';
 * const offset = (o: number | BehaviorSubject<number>) => {
 *   const param = liveParameter('offset', 'o', o, (v) => { if (typeof v !== 'number') throw new TypeError('offset: o must be a number'); return v; });
 *   return operate<Frame<Float64Array>, Frame<Float64Array>, { lock: ReturnType<typeof frameFormatLock>; o: ReturnType<typeof param.connect> }>(
 *     (out) => ({ lock: frameFormatLock('offset', { types: 'float' }), o: param.connect(out) }),
 *     (frame, s, out) => {
 *       s.lock.check(frame);
 *       const k = s.o.get();
 *       out.next(makeFrame(frame.channels.map((c) => c.map((v) => v + k)), frame.sampleRate, frame.index, frame.time));
 *     },
 *   );
 * };
 * ```
 *
 * @param fn the public function's name, for messages
 * @param name the parameter's name as the user knows it (e.g. `'g$'`, `'coefficients'`)
 * @param param a constant or an Observable of raw values
 * @param check validates a raw value and returns the value to use (throws RangeError/TypeError)
 * @param opts `initial` value before the Observable emits
 */
export function liveParameter<P>(
  fn: string,
  name: string,
  param: P | Observable<unknown>,
  check: (value: unknown) => P,
  opts: LiveParameterOptions<P> = {},
): LiveParameter<P> {
  if (!isObservable(param)) {
    const value = check(param);
    const handle: LiveParameterValue<P> = { get: () => value, version: 0 };
    return { live: false, connect: () => handle };
  }
  const param$ = param;
  const initial = opts.initial;
  return {
    live: true,
    connect(out) {
      let current = initial;
      const handle = {
        version: 0,
        get(): P {
          if (current === undefined) {
            throw new ParameterError(
              `${fn}: a frame arrived before ${name} emitted a value and no initial value was given ` +
                '(start it with a BehaviorSubject or startWith)',
            );
          }
          return current;
        },
      };
      out.add(
        param$.subscribe({
          next(v) {
            try {
              current = check(v);
              handle.version++;
            } catch (err) {
              out.error(new ParameterError(err instanceof Error ? err.message : String(err)));
            }
          },
          error: (err: unknown) => out.error(err),
        }),
      );
      return handle;
    },
  };
}

/**
 * An operator with one live parameter: {@link operate} + {@link liveParameter}. `step` receives
 * the value that applies to each source value. Internal shorthand for core's channel operators.
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
  const live = liveParameter(fn, name, param, check, { initial });
  return operate<T, R, { p: LiveParameterValue<P>; s: S }>(
    (out) => ({ p: live.connect(out), s: init() }),
    (v, st, out) => step(v, st.p.get(), st.s, out),
  );
}
