import { describe, expect, it } from 'vitest';
import { at, f64, i16, testScheduler } from '../../test/support/testing';
import { FrameFormatError } from '../types/errors';
import type { Frame } from '../types/Frame';
import { toFloat } from './toFloat';

const SR = 8000;

describe('toFloat', () => {
  it('converts every int16 value exactly in unit and int16 scale (all 65536 codes)', () => {
    const all = Int16Array.from({ length: 65536 }, (_, i) => i - 32768);
    const frames: Frame[] = [];
    const src = testScheduler();
    src.run(({ cold, expectObservable }) => {
      const s = cold('a|', { a: { channels: [all], sampleRate: SR, index: 0 } as Frame<Int16Array> });
      expectObservable(s.pipe(toFloat({ scale: 'unit' }))).toBe('a|', {
        a: { channels: [Float64Array.from(all, (v) => v / 32768)], sampleRate: SR, index: 0 },
      });
      expectObservable(s.pipe(toFloat({ scale: 'int16', dtype: 'float32' }))).toBe('a|', {
        a: { channels: [Float32Array.from(all)], sampleRate: SR, index: 0 },
      });
    });
    void frames;
    // derivation: −32768/32768 = −1 and 32767/32768 = 1 − 2^−15 are the ends of [−1, 1)
    expect(-32768 / 32768).toBe(-1);
  });

  it('marbles: empty, many frames with time, error, unsubscribe', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      expectObservable(cold<Frame<Int16Array>>('--|').pipe(toFloat({ scale: 'unit' }))).toBe('--|');
      const src = cold('a-b-#', { a: at(i16(0, SR, [16384], [-16384]), 0), b: i16(1, SR, [8192], [0]) }, new Error('adc'));
      expectObservable(src.pipe(toFloat({ scale: 'unit' }))).toBe(
        'a-b-#',
        { a: at(f64(0, SR, [0.5], [-0.5]), 0), b: f64(1, SR, [0.25], [0]) },
        new Error('adc'),
      );
      const never = cold('a-a-a-', { a: i16(0, SR, [2]) });
      expectObservable(never.pipe(toFloat({ scale: 'int16' })), '^--!').toBe('a-a', { a: f64(0, SR, [2]) });
      expectSubscriptions(never.subscriptions).toBe('^--!');
    });
  });

  it('errors with FrameFormatError on float input and rejects bad options', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('a', { a: f64(7, SR, [1]) as unknown as Frame<Int16Array> });
      expectObservable(src.pipe(toFloat({ scale: 'unit' }))).toBe(
        '#',
        undefined,
        new FrameFormatError('toFloat: channel 0 of the frame at index 7 is a Float64Array, expected an Int16Array'),
      );
    });
    expect(() => toFloat({ scale: 'db' as never })).toThrow(/toFloat: opts.scale must be one of 'int16', 'unit', got "db"/);
    expect(() => toFloat({ scale: 'unit', dtype: 'int8' as never })).toThrow(RangeError);
    expect(() => toFloat(undefined as never)).toThrow(TypeError);
  });
});
