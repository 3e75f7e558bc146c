import { BehaviorSubject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { at, f64, i16, testScheduler } from '../../test/support/testing';
import { ParameterError } from '../types/errors';
import type { Frame } from '../types/Frame';
import { gain } from './gain';

const SR = 1000;

describe('gain', () => {
  it('constant gain: many frames, Float32 keeps its type, Int16 is promoted to Float64 without wrapping', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('a-b|', { a: at(f64(0, SR, [1, -2], [3, 4]), 0), b: f64(2, SR, [0.5, 0], [1, 1]) });
      expectObservable(src.pipe(gain(-2))).toBe('a-b|', { a: at(f64(0, SR, [-2, 4], [-6, -8]), 0), b: f64(2, SR, [-1, -0], [-2, -2]) });
      const f32 = cold('a|', { a: { channels: [Float32Array.of(1.5)], sampleRate: SR, index: 0 } as Frame<Float32Array> });
      expectObservable(f32.pipe(gain(2))).toBe('a|', { a: { channels: [Float32Array.of(3)], sampleRate: SR, index: 0 } });
      const int = cold('a|', { a: i16(0, SR, [30000, -30000]) });
      expectObservable(int.pipe(gain(2))).toBe('a|', { a: f64(0, SR, [60000, -60000]) });
    });
  });

  it('marbles: empty, error, unsubscribe from a never-completing source', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      expectObservable(cold<Frame<Float64Array>>('|').pipe(gain(2))).toBe('|');
      const err = cold('a#', { a: f64(0, SR, [1]) });
      expectObservable(err.pipe(gain(3))).toBe('a#', { a: f64(0, SR, [3]) });
      const src = cold('a-a-a-a', { a: f64(0, SR, [1]) });
      expectObservable(src.pipe(gain(0.5)), '^--!').toBe('a-a', { a: f64(0, SR, [0.5]) });
      expectSubscriptions(src.subscriptions).toBe('^--!');
    });
  });

  it('follows a gain Observable: initial until it emits, latest value per frame, errors pass', () => {
    testScheduler().run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const frames = cold('a-a-a-a-a|', { a: f64(0, SR, [1, 2]) });
      const g = hot('---x---y|', { x: 3, y: 0 });
      expectObservable(frames.pipe(gain(g))).toBe('a-a-b-b-c|', {
        a: f64(0, SR, [1, 2]),
        b: f64(0, SR, [3, 6]),
        c: f64(0, SR, [0, 0]),
      });
      expectSubscriptions(g.subscriptions).toBe('^-------!'); // g$ completes at 8; its last value (0) stays in force
      const g2 = hot<number>('--#', undefined, new Error('slider'));
      expectObservable(frames.pipe(gain(g2, { initial: 0.5 }))).toBe('a-#', { a: f64(0, SR, [0.5, 1]) }, new Error('slider'));
    });
  });

  it('a BehaviorSubject value applies to the first frame; a bad value errors with ParameterError', () => {
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const frames = cold('a-a', { a: f64(0, SR, [1]) });
      expectObservable(frames.pipe(gain(new BehaviorSubject(4)))).toBe('a-a', { a: f64(0, SR, [4]) });
      const bad = hot('-x', { x: Number.NaN });
      expectObservable(frames.pipe(gain(bad))).toBe('a#', { a: f64(0, SR, [1]) }, new ParameterError('gain: g must be a finite number, got NaN'));
    });
  });

  it('rejects a bad constant gain at creation', () => {
    expect(() => gain(Number.POSITIVE_INFINITY)).toThrow(/gain: g must be a finite number, got Infinity/);
    expect(() => gain('2' as never)).toThrow(TypeError);
    expect(() => gain(1, { initial: Number.NaN })).toThrow(/opts.initial/);
  });
});
