import { Subscription, type SchedulerAction, type SchedulerLike } from 'rxjs';

/**
 * Calls `tick(k)` for k = 0, 1, 2 … at `start + firstMs + k·periodMs` on `scheduler` (start =
 * `scheduler.now()` at the call; each delay is computed from the clock, so real-time pacing does
 * not drift) until `tick` returns false or the returned Subscription is unsubscribed.
 *
 * Every tick is scheduled as a new top-level action and only the pending one is held. An action
 * that reschedules itself (`this.schedule(…)` inside its work) would not do on virtual time:
 * RxJS's `VirtualTimeScheduler` (and so `TestScheduler`) turns each such call into a new action
 * added as a child subscription of the previous one, so a periodic task builds a chain one link
 * per period — memory that grows with the run, and an unsubscription that recurses through every
 * link: "Maximum call stack size exceeded" after a few thousand periods.
 *
 * @param scheduler the clock (any `SchedulerLike`).
 * @param firstMs delay of tick 0 in ms (≥ 0).
 * @param periodMs interval between ticks in ms (> 0).
 * @param tick the periodic work; return false to stop.
 */
export function scheduleTicks(scheduler: SchedulerLike, firstMs: number, periodMs: number, tick: (k: number) => boolean): Subscription {
  const start = scheduler.now();
  let pending: Subscription | undefined;
  let stopped = false;
  let ran = false;
  function run(this: SchedulerAction<number>, k = 0): void {
    ran = true;
    pending = undefined;
    if (stopped || !tick(k) || stopped) return;
    const due = start + firstMs + (k + 1) * periodMs;
    pending = scheduler.schedule(run, Math.max(0, due - scheduler.now()), k + 1);
  }
  const first = scheduler.schedule(run, Math.max(0, firstMs), 0);
  // a scheduler that ran the first tick synchronously (queueScheduler) has already moved on
  if (!ran) pending = first;
  return new Subscription(() => {
    stopped = true;
    pending?.unsubscribe();
    pending = undefined;
  });
}
