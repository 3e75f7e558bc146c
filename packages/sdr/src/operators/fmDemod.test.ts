// Stream behaviour of fmDemod (marble tests).
import { FrameFormatError, type Frame } from '@rxdsp/core';
import { describe, expect, it } from 'vitest';
import { testScheduler } from '@rxdsp/test-utils';
import { FmDemodKernel } from '../kernels/FmDemodKernel';
import type { ComplexFrame } from '../types/ComplexFrame';
import { fmDemod } from './fmDemod';

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

describe('fmDemod', () => {
  it('complex → real radians per sample, previous sample carried across frames', () => {
    const whole = new FmDemodKernel().process(X, Y);
    const pd = new FmDemodKernel({ method: 'phaseDifference' }).process(X, Y);
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('-a-b|', { a: cf(0, X.slice(0, 2), Y.slice(0, 2)), b: cf(2, X.slice(2), Y.slice(2)) });
      expectObservable(src.pipe(fmDemod())).toBe('-a-b|', { a: rf(0, 1000, [...whole.subarray(0, 2)]), b: rf(2, 1000, [...whole.subarray(2)]) });
      expectObservable(src.pipe(fmDemod({ method: 'phaseDifference' }))).toBe('-a-b|', { a: rf(0, 1000, [...pd.subarray(0, 2)]), b: rf(2, 1000, [...pd.subarray(2)]) });
    });
    expect(() => fmDemod({ method: 'slope' as never })).toThrow(/fmDemod: opts.method must be one of/);
  });
  it('a frame without channels errors with FrameFormatError', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('a', { a: { i: [], q: [], sampleRate: 1, index: 0, centerFrequency: 0 } as ComplexFrame }).pipe(fmDemod())).toBe(
        '#',
        {},
        new FrameFormatError('fmDemod: complex frame at index 0 has no channels'),
      );
    });
  });
});
