import { asyncScheduler, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { at, concatChannel, f64, i16, testScheduler } from '../../test/support/testing';
import { fromSamples } from './fromSamples';

describe('fromSamples', () => {
  it('cuts mono samples into frames, last one short, with index and time', () => {
    const frames: unknown[] = [];
    fromSamples([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { sampleRate: 4, frameLength: 4 }).subscribe((f) => frames.push(f));
    expect(frames).toEqual([at(f64(0, 4, [1, 2, 3, 4]), 0), at(f64(4, 4, [5, 6, 7, 8]), 1), at(f64(8, 4, [9, 10]), 2)]);
  });

  it('deinterleaves an interleaved Int16Array and keeps the type', () => {
    const frames: unknown[] = [];
    fromSamples(Int16Array.of(1, -1, 2, -2, 3, -3), { sampleRate: 8000, frameLength: 2, channels: 2 }).subscribe((f) => frames.push(f));
    expect(frames).toEqual([at(i16(0, 8000, [1, 2], [-1, -2]), 0), at(i16(2, 8000, [3], [-3]), 2 / 8000)]);
  });

  it('accepts one array per channel and emits copies, never the input arrays', () => {
    const l = Float32Array.of(1, 2, 3);
    const r = Float32Array.of(4, 5, 6);
    const frames: { channels: readonly Float32Array[] }[] = [];
    fromSamples([l, r], { sampleRate: 10, frameLength: 3 }).subscribe((f) => frames.push(f));
    expect(frames).toHaveLength(1);
    expect(frames[0]?.channels[0]).toBeInstanceOf(Float32Array);
    expect(frames[0]?.channels[0]).not.toBe(l);
    expect(Array.from(frames[0]?.channels[1] ?? [])).toEqual([4, 5, 6]);
  });

  it('is cold: each subscription replays the whole signal', async () => {
    const src = fromSamples([1, 2, 3], { sampleRate: 1, frameLength: 2 });
    const { lastValueFrom } = await import('rxjs');
    const a = await lastValueFrom(src.pipe(toArray()));
    const b = await lastValueFrom(src.pipe(toArray()));
    expect(concatChannel(a, 0)).toEqual([1, 2, 3]);
    expect(b).toEqual(a);
  });

  it('paces frames in real time with a scheduler (marbles)', () => {
    // sampleRate 1000 Hz, frameLength 4 → one frame every 4 ms, completing with the last one.
    const ts = testScheduler();
    ts.run(({ expectObservable }) => {
      const src = fromSamples([1, 2, 3, 4, 5, 6, 7, 8, 9], { sampleRate: 1000, frameLength: 4, scheduler: ts });
      expectObservable(src).toBe('4ms a 3ms b 3ms (c|)', {
        a: at(f64(0, 1000, [1, 2, 3, 4]), 0),
        b: at(f64(4, 1000, [5, 6, 7, 8]), 0.004),
        c: at(f64(8, 1000, [9]), 0.008),
      });
    });
  });

  it('completes at once when empty, and stops on unsubscribe (marbles)', () => {
    const ts = testScheduler();
    ts.run(({ expectObservable }) => {
      expectObservable(fromSamples([], { sampleRate: 1000, frameLength: 4, scheduler: ts })).toBe('|');
      const src = fromSamples(new Float64Array(400), { sampleRate: 1000, frameLength: 4, scheduler: ts });
      expectObservable(src, '^ 9ms !').toBe('4ms a 3ms b', {
        a: at(f64(0, 1000, [0, 0, 0, 0]), 0),
        b: at(f64(4, 1000, [0, 0, 0, 0]), 0.004),
      });
    });
  });

  it('paces in real time on asyncScheduler without drift: 10 frames of 20 ms complete after ~200 ms', async () => {
    const times: number[] = [];
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) =>
      fromSamples(new Float64Array(1600), { sampleRate: 8000, frameLength: 160, scheduler: asyncScheduler }).subscribe({
        next: () => times.push(performance.now() - t0),
        error: reject,
        complete: resolve,
      }),
    );
    expect(times).toHaveLength(10);
    // frame k is due at (k + 1)·20 ms; timers may fire late (loaded machine) but never early by
    // more than the clocks' granularity: the schedule is kept in Date.now() whole ms (up to 1 ms
    // truncation) and Node's timers compare against libuv's cached whole-ms loop time (up to 1 ms
    // more), while this test reads performance.now(): 2 ms in all (1 ms failed once in ~40 runs
    // on a loaded machine, 118.9 ms for frame 6). Lateness does not accumulate.
    times.forEach((t, k) => expect(t).toBeGreaterThanOrEqual((k + 1) * 20 - 2));
    expect((times[9] as number) - 200).toBeLessThan(150);
  });

  it('stops a synchronous emission loop when the consumer unsubscribes', () => {
    let n = 0;
    fromSamples(new Float64Array(1e6), { sampleRate: 1, frameLength: 1 })
      .pipe(take(3))
      .subscribe(() => n++);
    expect(n).toBe(3);
  });

  it('throws RangeError/TypeError naming the parameter and value', () => {
    expect(() => fromSamples([1], { sampleRate: 0, frameLength: 1 })).toThrow(/fromSamples: sampleRate must be a finite number > 0, got 0/);
    expect(() => fromSamples([1], { sampleRate: -5, frameLength: 1 })).toThrow(RangeError);
    expect(() => fromSamples([1], { sampleRate: 1, frameLength: 0 })).toThrow(/frameLength must be an integer ≥ 1, got 0/);
    expect(() => fromSamples([1], { sampleRate: 1, frameLength: 2.5 })).toThrow(/frameLength must be an integer ≥ 1, got 2.5/);
    expect(() => fromSamples([1, 2, 3], { sampleRate: 1, frameLength: 2, channels: 2 })).toThrow(
      /channels = 2 does not divide the sample count 3/,
    );
    expect(() => fromSamples([[1, 2], [1]], { sampleRate: 1, frameLength: 2 })).toThrow(/x\[1\] has 1 samples, x\[0\] has 2/);
    expect(() => fromSamples([[1], [2]], { sampleRate: 1, frameLength: 2, channels: 3 })).toThrow(/channels = 3 but x has 2/);
    expect(() => fromSamples('abc' as never, { sampleRate: 1, frameLength: 2 })).toThrow(TypeError);
    expect(() => fromSamples([1, 'a'] as never, { sampleRate: 1, frameLength: 2 })).toThrow(/x\[1\] must be a number, got "a"/);
  });
});
