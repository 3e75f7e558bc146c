import { describe, expect, it } from 'vitest';
import { f64, testScheduler } from '../../test/support/testing';
import type { Frame } from '../types/Frame';
import { process } from './process';

const SR = 1000;

/** Running sum across frames: state = sum of all previous samples. */
const cumsum = (frame: Frame<Float64Array>, acc: number): readonly [Frame<Float64Array>, number] => {
  const x = frame.channels[0] as Float64Array;
  const y = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) y[i] = acc += x[i] as number;
  return [{ ...frame, channels: [y] }, acc];
};

describe('process', () => {
  it('marbles: carries state across frames; each subscription restarts from initialState', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('a-b-c|', { a: f64(0, SR, [1, 2]), b: f64(2, SR, [3]), c: f64(3, SR, [4, 5]) });
      const out = src.pipe(process(cumsum, 10));
      const expected = { a: f64(0, SR, [11, 13]), b: f64(2, SR, [16]), c: f64(3, SR, [20, 25]) };
      expectObservable(out).toBe('a-b-c|', expected);
      expectObservable(out).toBe('a-b-c|', expected);
    });
  });

  it('marbles: empty, error, unsubscribe, null result emits nothing', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      expectObservable(cold<Frame<Float64Array>>('--|').pipe(process(cumsum, 0))).toBe('--|');
      expectObservable(cold('a#', { a: f64(0, SR, [1]) }).pipe(process(cumsum, 0))).toBe('a#', { a: f64(0, SR, [1]) });
      const src = cold('a-a-a-a', { a: f64(0, SR, [1]) });
      expectObservable(src.pipe(process(cumsum, 0)), '^---!').toBe('a-b-', { a: f64(0, SR, [1]), b: f64(0, SR, [2]) });
      expectSubscriptions(src.subscriptions).toBe('^---!');
      // emit every second frame only: state counts frames
      const every2 = process<Float64Array, Float64Array, number>((f, k) => [k % 2 === 1 ? f : null, k + 1], 0);
      const s = cold('abcd|', { a: f64(0, SR, [1]), b: f64(1, SR, [2]), c: f64(2, SR, [3]), d: f64(3, SR, [4]) });
      expectObservable(s.pipe(every2)).toBe('-b-d|', { b: f64(1, SR, [2]), d: f64(3, SR, [4]) });
    });
  });

  it('a throwing callback or a malformed result errors the stream and unsubscribes the source', () => {
    const boom = new Error('dsp failed');
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const src = cold('a-b-c', { a: f64(0, SR, [1]), b: f64(1, SR, [2]), c: f64(2, SR, [3]) });
      const failing = process<Float64Array, Float64Array, number>((f, n) => {
        if (n === 1) throw boom;
        return [f, n + 1];
      }, 0);
      expectObservable(src.pipe(failing)).toBe('a-#', { a: f64(0, SR, [1]) }, boom);
      expectSubscriptions(src.subscriptions).toBe('^-!');
      const bad = process<Float64Array, Float64Array, number>((() => 5) as never, 0);
      expectObservable(cold('a', { a: f64(0, SR, [1]) }).pipe(bad)).toBe(
        '#',
        undefined,
        new TypeError('process: fn must return [outFrame | null, nextState], got 5 at frame index 0'),
      );
    });
    expect(() => process(42 as never, 0)).toThrow(/process: fn must be a function, got 42/);
  });
});
