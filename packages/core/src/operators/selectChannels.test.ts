import { describe, expect, it } from 'vitest';
import { f64, testScheduler } from '../../test/support/testing';
import { FrameFormatError } from '../types/errors';
import type { Frame } from '../types/Frame';
import { selectChannels } from './selectChannels';

const SR = 1000;

describe('selectChannels', () => {
  it('marbles: keeps, reorders, duplicates; shares the read-only arrays', () => {
    const a = f64(0, SR, [1], [2], [3]);
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('a-b|', { a, b: f64(1, SR, [4], [5], [6]) });
      expectObservable(src.pipe(selectChannels([2, 0, 0]))).toBe('a-b|', { a: f64(0, SR, [3], [1], [1]), b: f64(1, SR, [6], [4], [4]) });
      expectObservable(src.pipe(selectChannels([1]))).toBe('a-b|', { a: f64(0, SR, [2]), b: f64(1, SR, [5]) });
    });
    let out: Frame | undefined;
    testScheduler().run(({ cold }) => {
      cold('a|', { a }).pipe(selectChannels([1])).subscribe((f) => (out = f));
    });
    expect(out?.channels[0]).toBe(a.channels[1]);
  });

  it('marbles: empty, error, unsubscribe, missing channel', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      expectObservable(cold<Frame>('|').pipe(selectChannels([0]))).toBe('|');
      expectObservable(cold('a#', { a: f64(0, SR, [1]) }).pipe(selectChannels([0]))).toBe('a#', { a: f64(0, SR, [1]) });
      const src = cold('a-a-a', { a: f64(0, SR, [1], [2]) });
      expectObservable(src.pipe(selectChannels([1])), '^-!').toBe('a-', { a: f64(0, SR, [2]) });
      expectSubscriptions(src.subscriptions).toBe('^-!');
      expectObservable(cold('a', { a: f64(3, SR, [1], [2]) }).pipe(selectChannels([2]))).toBe(
        '#',
        undefined,
        new FrameFormatError('selectChannels: channel 2 requested but the frame at index 3 has 2 channels'),
      );
    });
    expect(() => selectChannels([])).toThrow(/selectChannels: indices must be a non-empty array, got \[\]/);
    expect(() => selectChannels([0, -1])).toThrow(/indices\[1\] must be an integer ≥ 0, got -1/);
    expect(() => selectChannels([0.5])).toThrow(RangeError);
  });
});
