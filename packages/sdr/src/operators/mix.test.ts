// Stream behaviour of mix (marble tests).
import { ParameterError, type Frame } from '@rxdsp/core';
import { describe, expect, it } from 'vitest';
import { testScheduler } from '@rxdsp/test-utils';
import { MixKernel } from '../kernels/MixKernel';
import type { ComplexFrame } from '../types/ComplexFrame';
import { mix } from './mix';

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

describe('mix', () => {
  it('constant frequency: phase continuous across frames; centerFrequency moves by −f', () => {
    const whole = new MixKernel({ frequencyHz: 100, sampleRate: 1000 }).process(X, Y);
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('-a-b|', { a: cf(0, X.slice(0, 4), Y.slice(0, 4)), b: cf(4, X.slice(4), Y.slice(4)) });
      expectObservable(src.pipe(mix(100))).toBe('-a-b|', {
        a: cf(0, [...whole.i.subarray(0, 4)], [...whole.q.subarray(0, 4)], 1000, 100e6 - 100),
        b: cf(4, [...whole.i.subarray(4)], [...whole.q.subarray(4)], 1000, 100e6 - 100),
      });
    });
  });
  it('live frequency: applies from the next frame, no phase jump; a bad value errors with ParameterError', () => {
    const k = new MixKernel({ frequencyHz: 100, sampleRate: 1000 });
    const a = k.process(X.slice(0, 4), Y.slice(0, 4));
    k.setFrequency(-250);
    const b = k.process(X.slice(4), Y.slice(4));
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const f$ = hot('x-y---z', { x: 100, y: -250, z: Number.NaN });
      const src = cold('-a-b-----c|', { a: cf(0, X.slice(0, 4), Y.slice(0, 4)), b: cf(4, X.slice(4), Y.slice(4)), c: cf(7, [1], [1]) });
      // an invalid value errors the stream when it arrives (core's liveParameter), not at the next frame
      expectObservable(src.pipe(mix(f$))).toBe(
        '-a-b--#',
        { a: cf(0, [...a.i], [...a.q], 1000, 100e6 - 100), b: cf(4, [...b.i], [...b.q], 1000, 100e6 + 250) },
        new ParameterError('mix: frequency must be a finite number, got NaN'),
      );
    });
  });
  it('a frame before the Observable emitted: ParameterError unless initial is given; its error passes', () => {
    testScheduler().run(({ cold, hot, expectObservable }) => {
      expectObservable(cold('-a|', { a: cf(0, [1], [0]) }).pipe(mix(hot<number>('---')))).toBe(
        '-#',
        {},
        new ParameterError('mix: a frame arrived before frequency emitted a value and no initial value was given (start it with a BehaviorSubject or startWith)'),
      );
      expectObservable(cold('-a|', { a: cf(0, [1], [0]) }).pipe(mix(hot<number>('---'), { initial: 0 }))).toBe('-a|', { a: cf(0, [1], [0]) });
      expectObservable(cold('-a|', { a: cf(0, [1], [0]) }).pipe(mix(hot<number>('#', {}, new Error('knob'))))).toBe('#', {}, new Error('knob'));
    });
  });
});
