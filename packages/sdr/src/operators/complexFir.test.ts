// Stream behaviour of complexFir (marble tests).
import { FrameFormatError, type Frame } from '@rxdsp/core';
import { describe, expect, it } from 'vitest';
import { testScheduler } from '@rxdsp/test-utils';
import { ComplexFirKernel } from '../kernels/ComplexFirKernel';
import type { ComplexFrame } from '../types/ComplexFrame';
import { complexFir } from './complexFir';

const cf = (index: number, i: number[], q: number[], sampleRate = 1000, centerFrequency = 100e6): ComplexFrame => ({
  i: [Float64Array.from(i)],
  q: [Float64Array.from(q)],
  sampleRate,
  index,
  centerFrequency,
});
const rf = (index: number, sampleRate: number, ...channels: number[][]): Frame<Float64Array> => ({ channels: channels.map((c) => Float64Array.from(c)), sampleRate, index });

const X = [1, 2, 3, 4, 5, 6, 7];
const Y = [0, -1, 2, 0.5, 1, -2, 3];

describe('complexFir', () => {
  const taps = [0.5, 0.3, 0.2];
  const k = new ComplexFirKernel(taps);
  const whole = k.process(X, Y);
  it('frames in = frames out, the delay line carried (same as one block); completion passes', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('-a--b-|', { a: cf(0, X.slice(0, 3), Y.slice(0, 3)), b: cf(3, X.slice(3), Y.slice(3)) });
      expectObservable(src.pipe(complexFir(taps))).toBe('-a--b-|', {
        a: cf(0, [...whole.i.subarray(0, 3)], [...whole.q.subarray(0, 3)]),
        b: cf(3, [...whole.i.subarray(3)], [...whole.q.subarray(3)]),
      });
    });
  });
  it('empty source completes; an error passes; an endless source is unsubscribed', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      expectObservable(cold<ComplexFrame>('--|').pipe(complexFir(taps))).toBe('--|');
      expectObservable(cold<ComplexFrame>('-#', {}, new Error('boom')).pipe(complexFir(taps))).toBe('-#', {}, new Error('boom'));
      const endless = cold('-a-a-a-a-', { a: cf(0, [1], [0]) });
      expectObservable(endless.pipe(complexFir(taps)), '^---!').toBe('-a-a', { a: expect.anything() as unknown as ComplexFrame });
      expectSubscriptions(endless.subscriptions).toBe('^---!');
    });
  });
  it('a sample-rate change errors with FrameFormatError; bad taps throw at creation', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('ab|', { a: cf(0, [1], [1]), b: cf(1, [1], [1], 2000) });
      expectObservable(src.pipe(complexFir(taps))).toBe('a#', { a: expect.anything() as unknown as ComplexFrame }, new FrameFormatError('complexFir: sample rate changed mid-stream from 1000 Hz to 2000 Hz at index 1'));
    });
    expect(() => complexFir([])).toThrow(/complexFir: taps must not be empty/);
  });
});
