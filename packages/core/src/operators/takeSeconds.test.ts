import fc from 'fast-check';
import { from, lastValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { concatChannel, f64, testScheduler } from '../../test/support/testing';
import { tone } from '../sources/tone';
import { FrameFormatError } from '../types/errors';
import type { Frame } from '../types/Frame';
import { takeSeconds } from './takeSeconds';

const SR = 1000;

describe('takeSeconds', () => {
  it('marbles: passes whole frames, cuts the last one, completes and unsubscribes the source', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const four = f64(0, SR, [1, 2, 3, 4]);
      const src = cold('a-b-c-d-|', { a: four, b: { ...four, index: 4 }, c: { ...four, index: 8 }, d: { ...four, index: 12 } });
      // 0.01 s at 1 kHz = 10 samples = 4 + 4 + 2
      expectObservable(src.pipe(takeSeconds(0.01))).toBe('a-b-(c|)', { a: four, b: { ...four, index: 4 }, c: f64(8, SR, [1, 2]) });
      expectSubscriptions(src.subscriptions).toBe('^---!');
      // exactly on a frame boundary: the frame passes untouched
      const src2 = cold('a-b-c-d-|', { a: four, b: { ...four, index: 4 }, c: { ...four, index: 8 }, d: { ...four, index: 12 } });
      expectObservable(src2.pipe(takeSeconds(0.008))).toBe('a-(b|)', { a: four, b: { ...four, index: 4 } });
    });
  });

  it('marbles: empty, zero seconds, shorter source, error, unsubscribe, rate change', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      expectObservable(cold<Frame>('--|').pipe(takeSeconds(1))).toBe('--|');
      const z = cold('a-|', { a: f64(0, SR, [1]) });
      expectObservable(z.pipe(takeSeconds(0))).toBe('|');
      expectObservable(cold('a-|', { a: f64(0, SR, [1]) }).pipe(takeSeconds(0.0004))).toBe('|'); // round(0.4) = 0 samples
      expectObservable(z.pipe(takeSeconds(5))).toBe('a-|', { a: f64(0, SR, [1]) });
      expectObservable(cold('a#', { a: f64(0, SR, [1]) }).pipe(takeSeconds(5))).toBe('a#', { a: f64(0, SR, [1]) });
      const src = cold('a-a-a-a', { a: f64(0, SR, [1]) });
      expectObservable(src.pipe(takeSeconds(1)), '^--!').toBe('a-a', { a: f64(0, SR, [1]) });
      expectSubscriptions(src.subscriptions).toBe('^--!');
      expectObservable(cold('ab', { a: f64(0, SR, [1]), b: f64(1, 2 * SR, [1]) }).pipe(takeSeconds(1))).toBe(
        'a#',
        { a: f64(0, SR, [1]) },
        new FrameFormatError('takeSeconds: sample rate changed mid-stream from 1000 Hz to 2000 Hz at index 1'),
      );
    });
  });

  it('stops an endless synchronous source after exactly round(s·fs) samples', async () => {
    const frames = await lastValueFrom(tone(440, { sampleRate: 48000, frameLength: 1024 }).pipe(takeSeconds(2), toArray()));
    expect(frames).toHaveLength(94);
    expect(concatChannel(frames, 0)).toHaveLength(96000);
    expect(frames.at(-1)?.channels[0]?.length).toBe(96000 - 93 * 1024);
  });

  it('property: for any chunking and duration, exactly min(round(s·fs), total) samples pass, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 0.0001, max: 0.5, noNaN: true }),
        (chunks, fs, s) => {
          let idx = 0;
          const frames = chunks.map((n) => {
            const fr: Frame<Float64Array> = { channels: [Float64Array.from({ length: n }, (_, i) => idx + i)], sampleRate: fs, index: idx };
            idx += n;
            return fr;
          });
          const out: Frame[] = [];
          let completed = false;
          from(frames).pipe(takeSeconds<Float64Array>(s)).subscribe({ next: (f) => out.push(f), complete: () => (completed = true) });
          const want = Math.min(Math.round(s * fs), idx);
          expect(completed).toBe(true);
          expect(concatChannel(out, 0)).toEqual(Array.from({ length: want }, (_, i) => i));
        },
      ),
      { verbose: true },
    );
  });

  it('rejects bad seconds', () => {
    expect(() => takeSeconds(-1)).toThrow(/takeSeconds: seconds must be a finite number ≥ 0, got -1/);
    expect(() => takeSeconds(Number.NaN)).toThrow(RangeError);
    expect(() => takeSeconds('1' as never)).toThrow(TypeError);
  });
});
