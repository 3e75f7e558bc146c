// Stream behaviour of toComplex / fromComplex (marble tests).
import { FrameFormatError, type Frame } from '@rxdsp/core';
import { describe, expect, it } from 'vitest';
import { testScheduler } from '@rxdsp/test-utils';
import type { ComplexFrame } from '../types/ComplexFrame';
import { fromComplex } from './fromComplex';
import { toComplex } from './toComplex';

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

describe('toComplex / fromComplex', () => {
  it('real → complex (Q = 0, or channel pairs as I/Q) and back', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('-a|', { a: rf(5, 8000, [1, 2], [3, 4]) });
      expectObservable(src.pipe(toComplex({ centerFrequency: 7 }))).toBe('-a|', {
        a: { i: [Float64Array.from([1, 2]), Float64Array.from([3, 4])], q: [new Float64Array(2), new Float64Array(2)], sampleRate: 8000, index: 5, centerFrequency: 7 },
      });
      expectObservable(src.pipe(toComplex({ layout: 'iq' }))).toBe('-a|', { a: { ...cf(5, [1, 2], [3, 4], 8000, 0) } });
      expectObservable(src.pipe(toComplex({ layout: 'iq' }), fromComplex('iq'))).toBe('-a|', { a: rf(5, 8000, [1, 2], [3, 4]) });
      expectObservable(src.pipe(toComplex({ layout: 'iq' }), fromComplex('magnitude'))).toBe('-a|', { a: rf(5, 8000, [Math.hypot(1, 3), Math.hypot(2, 4)]) });
      expectObservable(src.pipe(toComplex({ layout: 'iq' }), fromComplex('power'))).toBe('-a|', { a: rf(5, 8000, [10, 20]) });
      expectObservable(src.pipe(toComplex({ layout: 'iq' }), fromComplex('phase'))).toBe('-a|', { a: rf(5, 8000, [Math.atan2(3, 1), Math.atan2(4, 2)]) });
      expectObservable(src.pipe(toComplex({ layout: 'iq' }), fromComplex('imag'))).toBe('-a|', { a: rf(5, 8000, [3, 4]) });
    });
  });
  it('Int16 frames are copied as counts; an odd channel count with layout iq errors', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const int: Frame<Int16Array> = { channels: [Int16Array.from([100, -200])], sampleRate: 8000, index: 0 };
      expectObservable(cold('a|', { a: int }).pipe(toComplex(), fromComplex('real'))).toBe('a|', { a: rf(0, 8000, [100, -200]) });
      expectObservable(cold('a|', { a: int }).pipe(toComplex({ layout: 'iq' }))).toBe('#', {}, new FrameFormatError("toComplex: layout 'iq' needs an even channel count, got 1 at index 0"));
    });
    expect(() => fromComplex('abs' as never)).toThrow(/fromComplex: part must be one of 'real', 'imag', 'magnitude', 'power', 'phase', 'iq', got "abs"/);
    expect(() => toComplex({ centerFrequency: Number.NaN })).toThrow(/toComplex: opts.centerFrequency must be a finite number, got NaN/);
  });
});
