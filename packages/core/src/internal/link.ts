import { Subject, takeUntil, type Observable, type Observer, type Subscriber, type Subscription } from 'rxjs';

/**
 * Subscribes `observer` to `source` so that the source's subscriber is closed the moment `out`
 * closes, even while the source is still inside a synchronous emission loop. (A plain
 * `source.subscribe(...)` inside `new Observable(...)` only returns its subscription after the
 * loop ends, so an endless synchronous source followed by `take(n)` would never stop.)
 * Public RxJS API only: a `takeUntil` notifier fired by `out`'s finalizer.
 */
export function subscribeLinked<T>(source: Observable<T>, out: Subscriber<unknown>, observer: Partial<Observer<T>>): Subscription {
  const stop = new Subject<void>();
  out.add(() => stop.next());
  return source.pipe(takeUntil(stop)).subscribe(observer);
}
