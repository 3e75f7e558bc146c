import { zip } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { at, f64, i16, testScheduler } from '../../test/support/testing';
import { FrameMismatchError } from '../types/errors';
import type { Frame, SampleArray } from '../types/Frame';
import { mergeChannels } from './mergeChannels';

const SR = 1000;

describe('mergeChannels', () => {
  it('marbles: zips mono streams into one stereo stream, index/time of the first input', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const l = cold('a-b-|', { a: at(f64(0, SR, [1, 2]), 0), b: at(f64(2, SR, [3, 4]), 0.002) });
      const r = cold('-c--d|', { c: f64(100, SR, [-1, -2]), d: f64(102, SR, [-3, -4]) });
      // zip completes at 4: l has completed and its buffer is empty
      expectObservable(zip(l, r).pipe(mergeChannels())).toBe('-x--(y|)', {
        x: at(f64(0, SR, [1, 2], [-1, -2]), 0),
        y: at(f64(2, SR, [3, 4], [-3, -4]), 0.002),
      });
    });
  });

  it('marbles: empty, error, unsubscribe, multichannel inputs', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      expectObservable(zip(cold<Frame>('|'), cold<Frame>('--|')).pipe(mergeChannels())).toBe('|');
      const e = cold('a#', { a: f64(0, SR, [1]) });
      expectObservable(zip(e, cold('a', { a: f64(0, SR, [2]) })).pipe(mergeChannels())).toBe('a#', { a: f64(0, SR, [1], [2]) });
      const src = cold('a-a-a', { a: f64(0, SR, [1], [2]) });
      expectObservable(zip(src, cold('b-b-b', { b: f64(0, SR, [3]) })).pipe(mergeChannels()), '^-!').toBe('a-', { a: f64(0, SR, [1], [2], [3]) });
      expectSubscriptions(src.subscriptions).toBe('^-!');
    });
  });

  it('errors with FrameMismatchError on different lengths, rates or types', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const a = cold('a', { a: f64(0, SR, [1, 2]) });
      expectObservable(zip(a, cold('b', { b: f64(0, SR, [1]) })).pipe(mergeChannels())).toBe(
        '#',
        undefined,
        new FrameMismatchError('mergeChannels: input 1 has a frame of 1 samples, input 0 one of 2 (frame index 0); reframe the inputs to one length first'),
      );
      expectObservable(zip(a, cold('b', { b: f64(0, 2 * SR, [1, 2]) })).pipe(mergeChannels())).toBe(
        '#',
        undefined,
        new FrameMismatchError('mergeChannels: input 1 has sample rate 2000 Hz, input 0 has 1000 Hz (frame index 0)'),
      );
      expectObservable(zip(a, cold<Frame>('b', { b: i16(0, SR, [1, 2]) })).pipe(mergeChannels<SampleArray>())).toBe(
        '#',
        undefined,
        new FrameMismatchError('mergeChannels: input 1 carries Int16Array, input 0 Float64Array'),
      );
      expectObservable(cold<Frame[]>('a', { a: [] }).pipe(mergeChannels())).toBe('#', undefined, new FrameMismatchError('mergeChannels: received an empty list of frames'));
    });
    expect(new FrameMismatchError('x').code).toBe('FRAME_MISMATCH');
  });

  it('keeps the index offset of the first tuple; a frame dropped on one input errors instead of pairing samples from different times', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      // right counts from 100: offset +100, kept while both advance together
      const l = cold('a-b-c|', { a: f64(0, SR, [1, 2]), b: f64(2, SR, [3, 4]), c: f64(4, SR, [5, 6]) });
      const r = cold('a-b-c|', { a: f64(100, SR, [7, 8]), b: f64(102, SR, [9, 9]), c: f64(104, SR, [0, 0]) });
      expectObservable(zip(l, r).pipe(mergeChannels())).toBe('a-b-c|', {
        a: f64(0, SR, [1, 2], [7, 8]),
        b: f64(2, SR, [3, 4], [9, 9]),
        c: f64(4, SR, [5, 6], [0, 0]),
      });
      // right lost its frame 102: its next frame (104) would be paired with left's 2
      const gap = cold('a-c|', { a: f64(100, SR, [7, 8]), c: f64(104, SR, [0, 0]) });
      expectObservable(zip(l, gap).pipe(mergeChannels())).toBe(
        'a-#',
        { a: f64(0, SR, [1, 2], [7, 8]) },
        new FrameMismatchError('mergeChannels: input 1 is at index 104 where 102 was expected (input 0 at 2); a frame was dropped or repeated on one input'),
      );
      expectSubscriptions(gap.subscriptions).toBe('^-!');
    });
  });
});
