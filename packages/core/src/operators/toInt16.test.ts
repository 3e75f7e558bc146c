import { describe, expect, it } from 'vitest';
import { at, f64, i16, testScheduler } from '../../test/support/testing';
import { FrameFormatError } from '../types/errors';
import type { Frame } from '../types/Frame';
import { clipCounter } from './clipCounter';
import { toFloat } from './toFloat';
import { toInt16, type ClipEvent } from './toInt16';

const SR = 8000;

describe('toInt16', () => {
  it('saturates instead of wrapping, rounds half away from zero, NaN → 0, and reports clips and non-finite samples apart', () => {
    const events: ClipEvent[] = [];
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('a-b|', {
        a: f64(0, SR, [1.4, -2.5, 2.5, 32767.49, 32767.5, 40000, -32768.49, -32768.5, -1e9, Number.NaN], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        b: f64(10, SR, [1, 2], [0, 0]),
      });
      expectObservable(src.pipe(toInt16({ scale: 'int16', onClip: (e) => events.push(e) }))).toBe('a-b|', {
        a: i16(0, SR, [1, -3, 3, 32767, 32767, 32767, -32768, -32768, -32768, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        b: i16(10, SR, [1, 2], [0, 0]),
      });
    });
    // frame a: clipped 32767.5, 40000, −32768.5, −1e9 = 4; non-finite: NaN = 1; of 20 samples; frame b has none (no event)
    expect(events).toEqual([{ clipped: 4, nonFinite: 1, samples: 20, index: 0 }]);
  });

  it('±Infinity and NaN become 0 and count as nonFinite, never as clipped, in both scales and dtypes (clipCounter totals)', () => {
    const c = clipCounter();
    const events: ClipEvent[] = [];
    const onClip = (e: ClipEvent) => {
      events.push(e);
      c.onClip(e);
    };
    testScheduler().run(({ cold, expectObservable }) => {
      const a = cold('a|', { a: f64(0, SR, [Infinity, -Infinity, Number.NaN, 1e308, -1e308, 0.25], [3, Number.NaN, -5, 0, 0, 0]) });
      expectObservable(a.pipe(toInt16({ scale: 'unit', onClip }))).toBe('a|', {
        a: i16(0, SR, [0, 0, 0, 32767, -32768, 8192], [32767, 0, -32768, 0, 0, 0]),
      });
      const b = cold('b|', { b: { channels: [Float32Array.of(Infinity, 2.5, 70000)], sampleRate: SR, index: 6 } as Frame<Float32Array> });
      expectObservable(b.pipe(toInt16({ scale: 'int16', onClip }))).toBe('b|', { b: i16(6, SR, [0, 3, 32767]) });
    });
    // unit: 1e308·32768 overflows to Infinity but the sample itself is finite → clipped, not non-finite
    expect(events).toEqual([
      { clipped: 4, nonFinite: 4, samples: 12, index: 0 },
      { clipped: 1, nonFinite: 1, samples: 3, index: 6 },
    ]);
    expect([c.clipped, c.nonFinite, c.frames]).toEqual([5, 5, 2]);
    c.reset();
    expect([c.clipped, c.nonFinite, c.frames]).toEqual([0, 0, 0]);
  });

  it("unit scale multiplies by 32768, so +1.0 saturates and the round trip with toFloat is exact", () => {
    const c = clipCounter();
    const all = Int16Array.from({ length: 65536 }, (_, i) => i - 32768);
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('a|', { a: { channels: [all], sampleRate: SR, index: 0 } as Frame<Int16Array> });
      expectObservable(src.pipe(toFloat({ scale: 'unit' }), toInt16({ scale: 'unit', onClip: c.onClip }))).toBe('a|', {
        a: { channels: [all], sampleRate: SR, index: 0 },
      });
      const one = cold('a|', { a: at(f64(3, SR, [0.5, -1, 1]), 1) });
      expectObservable(one.pipe(toInt16({ scale: 'unit', onClip: c.onClip }))).toBe('a|', { a: at(i16(3, SR, [16384, -32768, 32767]), 1) });
    });
    expect(c.clipped).toBe(1);
    expect(c.frames).toBe(1);
    c.reset();
    expect(c.clipped).toBe(0);
  });

  it('marbles: empty, error, never-completing with unsubscribe, throwing onClip', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      expectObservable(cold<Frame<Float64Array>>('-|').pipe(toInt16({ scale: 'unit' }))).toBe('-|');
      const err = cold('a#', { a: f64(0, SR, [0.25]) }, new Error('x'));
      expectObservable(err.pipe(toInt16({ scale: 'unit' }))).toBe('a#', { a: i16(0, SR, [8192]) }, new Error('x'));
      const never = cold('a-a-a', { a: f64(0, SR, [1e6]) });
      const boom = new Error('onClip failed');
      expectObservable(
        never.pipe(
          toInt16({
            scale: 'int16',
            onClip: () => {
              throw boom;
            },
          }),
        ),
      ).toBe('#', undefined, boom);
      expectSubscriptions(never.subscriptions).toBe('(^!)');
      const never2 = cold('a-a-a-a', { a: f64(0, SR, [2]) });
      expectObservable(never2.pipe(toInt16({ scale: 'int16' })), '^--!').toBe('a-a', { a: i16(0, SR, [2]) });
      expectSubscriptions(never2.subscriptions).toBe('^--!');
    });
  });

  it('passes Int16 input through with int16 scale and rejects it with unit scale', () => {
    const frame = i16(0, SR, [5]);
    testScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('a', { a: frame }).pipe(toInt16({ scale: 'int16' }))).toBe('a', { a: frame });
      expectObservable(cold('a', { a: frame }).pipe(toInt16({ scale: 'unit' }))).toBe(
        '#',
        undefined,
        new FrameFormatError("toInt16: got Int16Array channels with scale 'unit' at index 0; the input must be float"),
      );
    });
    expect(() => toInt16({ scale: 'x' as never })).toThrow(/toInt16: opts.scale must be one of/);
    expect(() => toInt16({ scale: 'unit', onClip: 5 as never })).toThrow(/opts.onClip must be a function, got 5/);
  });
});
