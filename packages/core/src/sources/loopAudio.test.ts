import { lastValueFrom, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { at, concatChannel, f64, i16, testScheduler } from '../../test/support/testing';
import { loopAudio } from './loopAudio';

describe('loopAudio', () => {
  it('loops a mono signal from startOffset, wrapping inside frames', async () => {
    const frames = await lastValueFrom(loopAudio([1, 2, 3, 4, 5], { sampleRate: 10, frameLength: 3, startOffset: 1 }).pipe(take(4), toArray()));
    expect(frames.map((f) => Array.from(f.channels[0] ?? []))).toEqual([
      [2, 3, 4],
      [5, 1, 2],
      [3, 4, 5],
      [1, 2, 3],
    ]);
    expect(frames.map((f) => [f.index, f.time])).toEqual([
      [0, 0],
      [3, 0.3],
      [6, 0.6],
      [9, 0.9],
    ]);
  });

  it('wraps several times when frameLength exceeds the signal; stereo keeps its type', async () => {
    const l = Int16Array.of(1, 2);
    const r = Int16Array.of(-1, -2);
    const frames = await lastValueFrom(loopAudio([l, r], { sampleRate: 8000, frameLength: 5, seconds: 7 / 8000 }).pipe(toArray()));
    expect(frames[0]?.channels[0]).toBeInstanceOf(Int16Array);
    expect(concatChannel(frames, 0)).toEqual([1, 2, 1, 2, 1, 2, 1]);
    expect(concatChannel(frames, 1)).toEqual([-1, -2, -1, -2, -1, -2, -1]);
    expect(frames.map((f) => f.channels[0]?.length)).toEqual([5, 2]);
  });

  it('accepts interleaved stereo', async () => {
    const frames = await lastValueFrom(loopAudio(Float32Array.of(1, -1, 2, -2), { sampleRate: 1, frameLength: 3, channels: 2, seconds: 3 }).pipe(toArray()));
    expect(concatChannel(frames, 0)).toEqual([1, 2, 1]);
    expect(concatChannel(frames, 1)).toEqual([-1, -2, -1]);
  });

  it('marbles: paced, completes after seconds, unsubscribes mid-way', () => {
    const ts = testScheduler();
    ts.run(({ expectObservable }) => {
      const src = loopAudio([1, 2, 3], { sampleRate: 1000, frameLength: 2, seconds: 0.005, scheduler: ts });
      expectObservable(src).toBe('2ms a 1ms b 1ms (c|)', {
        a: at(f64(0, 1000, [1, 2]), 0),
        b: at(f64(2, 1000, [3, 1]), 0.002),
        c: at(f64(4, 1000, [2]), 0.004),
      });
      const endless = loopAudio(Int16Array.of(7), { sampleRate: 1000, frameLength: 2, scheduler: ts });
      expectObservable(endless, '^ 4ms !').toBe('2ms a 1ms b', { a: at(i16(0, 1000, [7, 7]), 0), b: at(i16(2, 1000, [7, 7]), 0.002) });
    });
  });

  it('rejects bad parameters', () => {
    expect(() => loopAudio([], { sampleRate: 1, frameLength: 1 })).toThrow(/loopAudio: x must not be empty/);
    expect(() => loopAudio([1, 2], { sampleRate: 1, frameLength: 1, startOffset: 2 })).toThrow(/startOffset must be < the length of x \(2\), got 2/);
    expect(() => loopAudio([1, 2], { sampleRate: 1, frameLength: 1, startOffset: -1 })).toThrow(/startOffset must be an integer ≥ 0, got -1/);
    expect(() => loopAudio([1, 2, 3], { sampleRate: 1, frameLength: 1, channels: 2 })).toThrow(/channels = 2 does not divide the sample count 3/);
    expect(() => loopAudio([1], { sampleRate: Number.NaN, frameLength: 1 })).toThrow(/sampleRate must be a finite number > 0, got NaN/);
  });
});
