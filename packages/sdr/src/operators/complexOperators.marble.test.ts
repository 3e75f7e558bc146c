// Stream behaviour of the complex operators (marble tests): one frame, many frames, empty, errors,
// a source that never completes and is unsubscribed, format changes, live parameters.
import { FrameFormatError, ParameterError, type Frame } from '@rxdsp/core';
import { firwin } from '@rxdsp/filters';
import { TestScheduler } from 'rxjs/testing';
import { describe, expect, it } from 'vitest';
import { ComplexDecimatorKernel } from '../kernels/ComplexDecimatorKernel';
import { ComplexFirKernel } from '../kernels/ComplexFirKernel';
import { FmDemodKernel } from '../kernels/FmDemodKernel';
import { MixKernel } from '../kernels/MixKernel';
import type { ComplexFrame } from '../types/ComplexFrame';
import { complexDecimate } from './complexDecimate';
import { complexFir } from './complexFir';
import { fmDemod } from './fmDemod';
import { fromComplex } from './fromComplex';
import { mix } from './mix';
import { toComplex } from './toComplex';

const ts = () => new TestScheduler((a, b) => expect(a).toEqual(b));
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
    ts().run(({ cold, expectObservable }) => {
      const src = cold('-a--b-|', { a: cf(0, X.slice(0, 3), Y.slice(0, 3)), b: cf(3, X.slice(3), Y.slice(3)) });
      expectObservable(src.pipe(complexFir(taps))).toBe('-a--b-|', {
        a: cf(0, [...whole.i.subarray(0, 3)], [...whole.q.subarray(0, 3)]),
        b: cf(3, [...whole.i.subarray(3)], [...whole.q.subarray(3)]),
      });
    });
  });
  it('empty source completes; an error passes; an endless source is unsubscribed', () => {
    ts().run(({ cold, expectObservable, expectSubscriptions }) => {
      expectObservable(cold<ComplexFrame>('--|').pipe(complexFir(taps))).toBe('--|');
      expectObservable(cold<ComplexFrame>('-#', {}, new Error('boom')).pipe(complexFir(taps))).toBe('-#', {}, new Error('boom'));
      const endless = cold('-a-a-a-a-', { a: cf(0, [1], [0]) });
      expectObservable(endless.pipe(complexFir(taps)), '^---!').toBe('-a-a', { a: expect.anything() as unknown as ComplexFrame });
      expectSubscriptions(endless.subscriptions).toBe('^---!');
    });
  });
  it('a sample-rate change errors with FrameFormatError; bad taps throw at creation', () => {
    ts().run(({ cold, expectObservable }) => {
      const src = cold('ab|', { a: cf(0, [1], [1]), b: cf(1, [1], [1], 2000) });
      expectObservable(src.pipe(complexFir(taps))).toBe('a#', { a: expect.anything() as unknown as ComplexFrame }, new FrameFormatError('complexFir: sample rate changed mid-stream from 1000 Hz to 2000 Hz at index 1'));
    });
    expect(() => complexFir([])).toThrow(/complexFir: taps must not be empty/);
  });
});

describe('complexDecimate', () => {
  const taps = firwin(5, 0.3);
  it('decimates across frames like one block; no frame when no output is due; rate and index follow', () => {
    const whole = new ComplexDecimatorKernel(taps, 3).process(X, Y); // outputs at inputs 0, 3, 6
    ts().run(({ cold, expectObservable }) => {
      const src = cold('-a-b-c|', { a: cf(0, X.slice(0, 2), Y.slice(0, 2)), b: cf(2, X.slice(2, 3), Y.slice(2, 3)), c: cf(3, X.slice(3), Y.slice(3)) });
      expectObservable(src.pipe(complexDecimate(3, taps))).toBe('-a---c|', {
        a: cf(0, [whole.i[0]!], [whole.q[0]!], 1000 / 3),
        c: cf(1, [whole.i[1]!, whole.i[2]!], [whole.q[1]!, whole.q[2]!], 1000 / 3),
      });
    });
  });
  it('bad arguments throw at creation naming them', () => {
    expect(() => complexDecimate(0, [1])).toThrow(/complexDecimate: factor must be an integer ≥ 1, got 0/);
    expect(() => complexDecimate(2, [Number.POSITIVE_INFINITY])).toThrow(/complexDecimate: taps\[0\] must be a finite number, got Infinity/);
  });
});

describe('mix', () => {
  it('constant frequency: phase continuous across frames; centerFrequency moves by −f', () => {
    const whole = new MixKernel({ frequencyHz: 100, sampleRate: 1000 }).process(X, Y);
    ts().run(({ cold, expectObservable }) => {
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
    ts().run(({ cold, hot, expectObservable }) => {
      const f$ = hot('x-y---z', { x: 100, y: -250, z: Number.NaN });
      const src = cold('-a-b-----c|', { a: cf(0, X.slice(0, 4), Y.slice(0, 4)), b: cf(4, X.slice(4), Y.slice(4)), c: cf(7, [1], [1]) });
      expectObservable(src.pipe(mix(f$))).toBe(
        '-a-b-----#',
        { a: cf(0, [...a.i], [...a.q], 1000, 100e6 - 100), b: cf(4, [...b.i], [...b.q], 1000, 100e6 + 250) },
        new ParameterError('mix: frequency must be a finite number, got NaN'),
      );
    });
  });
  it('a frame before the Observable emitted: ParameterError unless initial is given; its error passes', () => {
    ts().run(({ cold, hot, expectObservable }) => {
      expectObservable(cold('-a|', { a: cf(0, [1], [0]) }).pipe(mix(hot<number>('---')))).toBe(
        '-#',
        {},
        new ParameterError('mix: a frame arrived before frequency emitted a value and no initial value was given'),
      );
      expectObservable(cold('-a|', { a: cf(0, [1], [0]) }).pipe(mix(hot<number>('---'), { initial: 0 }))).toBe('-a|', { a: cf(0, [1], [0]) });
      expectObservable(cold('-a|', { a: cf(0, [1], [0]) }).pipe(mix(hot<number>('#', {}, new Error('knob'))))).toBe('#', {}, new Error('knob'));
    });
  });
});

describe('fmDemod', () => {
  it('complex → real radians per sample, previous sample carried across frames', () => {
    const whole = new FmDemodKernel().process(X, Y);
    const pd = new FmDemodKernel({ method: 'phaseDifference' }).process(X, Y);
    ts().run(({ cold, expectObservable }) => {
      const src = cold('-a-b|', { a: cf(0, X.slice(0, 2), Y.slice(0, 2)), b: cf(2, X.slice(2), Y.slice(2)) });
      expectObservable(src.pipe(fmDemod())).toBe('-a-b|', { a: rf(0, 1000, [...whole.subarray(0, 2)]), b: rf(2, 1000, [...whole.subarray(2)]) });
      expectObservable(src.pipe(fmDemod({ method: 'phaseDifference' }))).toBe('-a-b|', { a: rf(0, 1000, [...pd.subarray(0, 2)]), b: rf(2, 1000, [...pd.subarray(2)]) });
    });
    expect(() => fmDemod({ method: 'slope' as never })).toThrow(/fmDemod: opts.method must be one of/);
  });
  it('a frame without channels errors with FrameFormatError', () => {
    ts().run(({ cold, expectObservable }) => {
      expectObservable(cold('a', { a: { i: [], q: [], sampleRate: 1, index: 0, centerFrequency: 0 } as ComplexFrame }).pipe(fmDemod())).toBe(
        '#',
        {},
        new FrameFormatError('fmDemod: complex frame at index 0 has no channels'),
      );
    });
  });
});

describe('toComplex / fromComplex', () => {
  it('real → complex (Q = 0, or channel pairs as I/Q) and back', () => {
    ts().run(({ cold, expectObservable }) => {
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
    ts().run(({ cold, expectObservable }) => {
      const int: Frame<Int16Array> = { channels: [Int16Array.from([100, -200])], sampleRate: 8000, index: 0 };
      expectObservable(cold('a|', { a: int }).pipe(toComplex(), fromComplex('real'))).toBe('a|', { a: rf(0, 8000, [100, -200]) });
      expectObservable(cold('a|', { a: int }).pipe(toComplex({ layout: 'iq' }))).toBe('#', {}, new FrameFormatError("toComplex: layout 'iq' needs an even channel count, got 1 at index 0"));
    });
    expect(() => fromComplex('abs' as never)).toThrow(/fromComplex: part must be one of 'real', 'imag', 'magnitude', 'power', 'phase', 'iq', got "abs"/);
    expect(() => toComplex({ centerFrequency: Number.NaN })).toThrow(/toComplex: opts.centerFrequency must be a finite number, got NaN/);
  });
});
