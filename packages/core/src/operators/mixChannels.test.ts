import { BehaviorSubject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { f64, i16, testScheduler } from '../../test/support/testing';
import { FrameFormatError, ParameterError } from '../types/errors';
import type { Frame } from '../types/Frame';
import { mixChannels, type MixMatrix } from './mixChannels';

const SR = 1000;

describe('mixChannels', () => {
  it('marbles: down-mix, mid/side, swap, up-mix; Int16 promoted', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const st = cold('a-b|', { a: f64(0, SR, [1, 2], [3, 4]), b: f64(2, SR, [5], [-5]) });
      expectObservable(st.pipe(mixChannels([[0.5, 0.5]]))).toBe('a-b|', { a: f64(0, SR, [2, 3]), b: f64(2, SR, [0]) });
      expectObservable(st.pipe(mixChannels([[0.5, 0.5], [0.5, -0.5]]))).toBe('a-b|', {
        a: f64(0, SR, [2, 3], [-1, -1]),
        b: f64(2, SR, [0], [5]),
      });
      expectObservable(st.pipe(mixChannels([[0, 1], [1, 0]]))).toBe('a-b|', { a: f64(0, SR, [3, 4], [1, 2]), b: f64(2, SR, [-5], [5]) });
      const mono = cold('a|', { a: i16(0, SR, [30000]) });
      expectObservable(mono.pipe(mixChannels([[1], [2], [-1]]))).toBe('a|', { a: f64(0, SR, [30000], [60000], [-30000]) });
    });
  });

  it('marbles: empty, error, unsubscribe, wrong channel count', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      expectObservable(cold<Frame<Float64Array>>('-|').pipe(mixChannels([[1]]))).toBe('-|');
      expectObservable(cold('a#', { a: f64(0, SR, [1]) }).pipe(mixChannels([[2]]))).toBe('a#', { a: f64(0, SR, [2]) });
      const src = cold('a-a-a-a', { a: f64(0, SR, [1]) });
      expectObservable(src.pipe(mixChannels([[3]])), '^--!').toBe('a-a', { a: f64(0, SR, [3]) });
      expectSubscriptions(src.subscriptions).toBe('^--!');
      expectObservable(cold('a', { a: f64(9, SR, [1]) }).pipe(mixChannels([[1, 1]]))).toBe(
        '#',
        undefined,
        new FrameFormatError('mixChannels: the matrix has 2 columns but the frame at index 9 has 1 channels'),
      );
    });
  });

  it('follows a matrix Observable; errors without a value or initial, and on a bad matrix', () => {
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const src = cold('a-a-a', { a: f64(0, SR, [1], [2]) });
      const m$ = hot<MixMatrix>('--x-y', { x: [[1, 0]], y: [[1, Number.NaN]] });
      expectObservable(src.pipe(mixChannels(m$, { initial: [[0, 1]] }))).toBe('a-b-#', { a: f64(0, SR, [2]), b: f64(0, SR, [1]) }, new ParameterError('mixChannels: matrix[0][1] must be a finite number, got NaN'));
      expectObservable(src.pipe(mixChannels(hot<MixMatrix>('-----')))).toBe(
        '#',
        undefined,
        new ParameterError('mixChannels: a frame arrived before matrix$ emitted a value and no initial value was given (start it with a BehaviorSubject or startWith)'),
      );
      expectObservable(src.pipe(mixChannels(new BehaviorSubject<MixMatrix>([[1, 1]])))).toBe('a-a-a', { a: f64(0, SR, [3]) });
    });
    expect(() => mixChannels([])).toThrow(/mixChannels: matrix must be a non-empty array of rows, got \[\]/);
    expect(() => mixChannels([[1, 2], [1]])).toThrow(/matrix\[1\] has 1 gains, matrix\[0\] has 2/);
    expect(() => mixChannels([[1, Number.NaN]])).toThrow(/matrix\[0\]\[1\] must be a finite number, got NaN/);
  });
});
