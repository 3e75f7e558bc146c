import { FrameFormatError, type Frame } from '@rxdsp/core';
import { LinearFilterKernel } from '@rxdsp/filters';
import { describe, expect, it } from 'vitest';
import { testScheduler } from '@rxdsp/test-utils';
import { deemphasisDesign } from '../kernels/deemphasisDesign';
import { deemphasis } from './deemphasis';

const rf = (index: number, sampleRate: number, ...channels: number[][]): Frame<Float64Array> => ({ channels: channels.map((c) => Float64Array.from(c)), sampleRate, index });

describe('deemphasis', () => {
  it('state carried across frames, per channel: = lfilter([1 − a], [1, −a]) of the whole signal', () => {
    const { b, a } = deemphasisDesign({ tau: 50e-6, sampleRate: 48000 });
    const x0 = [1, 0, 0, 2, -1];
    const x1 = [3, 3, 3, 3, 3];
    const y0 = new LinearFilterKernel(b, a).process(x0);
    const y1 = new LinearFilterKernel(b, a).process(x1);
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('-a--b|', { a: rf(0, 48000, x0.slice(0, 2), x1.slice(0, 2)), b: rf(2, 48000, x0.slice(2), x1.slice(2)) });
      expectObservable(src.pipe(deemphasis({ tau: 50e-6 }))).toBe('-a--b|', {
        a: rf(0, 48000, [...y0.subarray(0, 2)], [...y1.subarray(0, 2)]),
        b: rf(2, 48000, [...y0.subarray(2)], [...y1.subarray(2)]),
      });
    });
  });
  it('Int16 frames and rate changes error with FrameFormatError; an endless source is unsubscribed; bad tau throws', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const int: Frame<Int16Array> = { channels: [Int16Array.from([1])], sampleRate: 8000, index: 0 };
      expectObservable(cold('a', { a: int }).pipe(deemphasis())).toBe('#', {}, new FrameFormatError('deemphasis: channel 0 of the frame at index 0 is an Int16Array; deemphasis takes Float32Array or Float64Array frames (convert Int16 with toFloat() from @rxdsp/core first)'));
      expectObservable(cold('ab', { a: rf(0, 8000, [1]), b: rf(1, 16000, [1]) }).pipe(deemphasis())).toBe(
        'a#',
        { a: expect.anything() as unknown as Frame<Float64Array> },
        new FrameFormatError('deemphasis: sample rate changed mid-stream from 8000 Hz to 16000 Hz at index 1'),
      );
      const endless = cold('a-a-a-', { a: rf(0, 8000, [1]) });
      expectObservable(endless.pipe(deemphasis()), '^--!').toBe('a-a', { a: expect.anything() as unknown as Frame<Float64Array> });
      expectSubscriptions(endless.subscriptions).toBe('^--!');
    });
    expect(() => deemphasis({ tau: -75e-6 })).toThrow(/deemphasis: opts.tau must be a finite number > 0, got -0.000075/);
  });
});
