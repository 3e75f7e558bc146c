import { queueScheduler, VirtualTimeScheduler } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { testScheduler } from '../../test/support/testing';
import { scheduleTicks } from './scheduleTicks';

describe('scheduleTicks', () => {
  it('ticks at start + firstMs + k·periodMs until tick returns false', () => {
    const ts = testScheduler();
    const at: [number, number][] = [];
    ts.run(({ flush }) => {
      ts.schedule(() => {
        scheduleTicks(ts, 3, 2.5, (k) => {
          at.push([k, ts.now()]);
          return k < 3;
        });
      }, 10);
      flush();
    });
    expect(at).toEqual([[0, 13], [1, 15.5], [2, 18], [3, 20.5]]);
  });

  it('unsubscribing stops it, also from inside a tick', () => {
    const ts = testScheduler();
    const seen: number[] = [];
    ts.run(({ flush }) => {
      const outer = scheduleTicks(ts, 0, 1, (k) => {
        seen.push(k);
        return true;
      });
      ts.schedule(() => outer.unsubscribe(), 2.5);
      const inner = scheduleTicks(ts, 0, 1, (k) => {
        seen.push(100 + k);
        if (k === 1) inner.unsubscribe();
        return true;
      });
      flush();
    });
    expect(seen).toEqual([0, 100, 1, 101, 2]);
  });

  it('on virtual time, 200 000 ticks hold one pending action and unsubscribe without recursion', () => {
    // An action rescheduling itself (this.schedule) chains one subscription per period on a
    // VirtualTimeScheduler: this overflowed the stack at its unsubscription after ~2 800 periods.
    const vts = new VirtualTimeScheduler();
    let ticks = 0;
    const sub = scheduleTicks(vts, 0, 21.333, () => ++ticks < 200_000);
    vts.maxFrames = 21.333 * 100_000;
    vts.flush();
    expect(ticks).toBe(100_001);
    expect(vts.actions).toHaveLength(1);
    vts.maxFrames = Number.POSITIVE_INFINITY;
    vts.flush();
    expect(ticks).toBe(200_000);
    expect(vts.actions).toHaveLength(0);
    expect(() => sub.unsubscribe()).not.toThrow();

    let more = 0;
    const endless = scheduleTicks(vts, 0, 1, () => ++more > 0);
    vts.maxFrames = vts.now() + 50_000;
    vts.flush();
    expect(() => endless.unsubscribe()).not.toThrow();
    expect(vts.actions).toHaveLength(0);
  });

  it('a scheduler that runs the first tick synchronously (queueScheduler) still works', () => {
    const seen: number[] = [];
    const sub = scheduleTicks(queueScheduler, 0, 0, (k) => {
      seen.push(k);
      return k < 4;
    });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(() => sub.unsubscribe()).not.toThrow();
  });
});
