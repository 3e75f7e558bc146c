import { Observable, type SchedulerLike } from 'rxjs';
import type { Frame, SampleArray } from '../types/Frame';
import { scheduleTicks } from './scheduleTicks';

/**
 * What one subscription of a source produces: at most `count` frames (may be Infinity), frame k
 * on demand; `frame` may return `undefined` to end the stream early (it then completes at once).
 */
export interface FrameProducer<T extends SampleArray> {
  readonly count: number;
  frame(k: number): Frame<T> | undefined;
}

/** Pacing period of a source in milliseconds: one frame every frameLength / sampleRate seconds. */
export function framePeriodMs(frameLength: number, sampleRate: number): number {
  return (1000 * frameLength) / sampleRate;
}

/**
 * The emission loop shared by core's sources.
 *
 * - With a scheduler: frame k is emitted at `(k + 1) · periodMs` after subscription (the moment
 *   its last sample would have been captured by a device), computed from `scheduler.now()` so
 *   real-time pacing does not drift; completion comes with the last frame, at the same instant.
 *   A source of zero frames completes at subscription.
 * - Without one: frames are emitted synchronously in a loop that checks `subscriber.closed`, so
 *   a consumer that unsubscribes (e.g. `take(n)`) stops an infinite source at once.
 *
 * `init` runs at every subscription (sources are cold); a throw from it or from `frame` errors
 * the Observable.
 */
export function frameSource<T extends SampleArray>(
  scheduler: SchedulerLike | undefined,
  periodMs: number,
  init: () => FrameProducer<T>,
): Observable<Frame<T>> {
  return new Observable<Frame<T>>((subscriber) => {
    const producer = init();
    const count = producer.count;
    if (count <= 0) {
      subscriber.complete();
      return undefined;
    }
    if (scheduler === undefined) {
      for (let k = 0; k < count && !subscriber.closed; k++) {
        const frame = producer.frame(k);
        if (frame === undefined) break;
        subscriber.next(frame);
      }
      subscriber.complete();
      return undefined;
    }
    return scheduleTicks(scheduler, periodMs, periodMs, (k) => {
      let frame: Frame<T> | undefined;
      try {
        frame = producer.frame(k);
      } catch (err) {
        subscriber.error(err);
        return false;
      }
      if (frame === undefined) {
        subscriber.complete();
        return false;
      }
      subscriber.next(frame);
      if (k + 1 >= count) {
        subscriber.complete();
        return false;
      }
      return !subscriber.closed;
    });
  });
}
