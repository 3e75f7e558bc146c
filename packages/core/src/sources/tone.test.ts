import { lastValueFrom, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { concatChannel, testScheduler } from '../../test/support/testing';
import type { Frame } from '../types/Frame';
import { tone } from './tone';

interface ToneCase {
  freqHz: number;
  sampleRate: number;
  samples: number;
  amplitude: number;
  phase: number;
  stride: number;
  x: number[];
}
const fx = loadFixture<{ tone: ToneCase[] }>('../../fixtures/sources.json', import.meta.url);

async function collect(src: ReturnType<typeof tone>): Promise<Frame[]> {
  return lastValueFrom(src.pipe(toArray()));
}

describe('tone', () => {
  it.each(fx.tone.map((c) => [`${c.freqHz} Hz @ ${c.sampleRate} Hz, phase ${c.phase}, ${c.samples} samples`, c] as const))(
    'matches numpy: %s',
    async (_name, c) => {
      const frames = await collect(
        tone(c.freqHz, { sampleRate: c.sampleRate, frameLength: 1000, seconds: c.samples / c.sampleRate, amplitude: c.amplitude, phase: c.phase }),
      );
      const x = concatChannel(frames, 0);
      expect(x).toHaveLength(c.samples);
      const picked = c.stride === 1 ? x : c.x.map((_, k) => x[k * c.stride] as number);
      // numpy evaluates sin(2π f n / fs + φ) on the unreduced argument: its own rounding error is
      // about |arg|·2^-53 ≈ 2e5·1.1e-16 ≈ 2e-11 for the 30 s case; short cases agree to ~1e-15.
      expectClose(picked, c.x, { rtol: 0, atol: c.stride === 1 ? 1e-12 : 1e-10, label: 'tone' });
    },
  );

  it('frames carry index, time, dtype and the same signal on every channel', async () => {
    const frames = await collect(tone(1000, { sampleRate: 8000, frameLength: 3, seconds: 8 / 8000, channels: 2, dtype: 'float32', amplitude: 0.5 }));
    expect(frames.map((f) => f.index)).toEqual([0, 3, 6]);
    expect(frames.map((f) => f.time)).toEqual([0, 3 / 8000, 6 / 8000]);
    expect(frames.map((f) => f.channels[0]?.length)).toEqual([3, 3, 2]);
    expect(frames[0]?.channels[0]).toBeInstanceOf(Float32Array);
    expect(concatChannel(frames, 1)).toEqual(concatChannel(frames, 0));
    // sin(2π·1000·n/8000) at n = 2 is sin(π/2) = 1 → 0.5
    expect(frames[0]?.channels[0]?.[2]).toBe(0.5);
  });

  it('int16 dtype: full scale by default, rounded and saturated', async () => {
    const frames = await collect(tone(2000, { sampleRate: 8000, frameLength: 4, seconds: 4 / 8000, dtype: 'int16' }));
    // n = 0..3: sin(0), sin(π/2), sin(π), sin(3π/2) → 0, 32767, 0 (±1e-12 rounds to 0), −32767
    expect(Array.from(frames[0]?.channels[0] ?? [])).toEqual([0, 32767, 0, -32767]);
    const loud = await collect(tone(2000, { sampleRate: 8000, frameLength: 4, seconds: 4 / 8000, dtype: 'int16', amplitude: 40000 }));
    expect(Array.from(loud[0]?.channels[0] ?? [])).toEqual([0, 32767, 0, -32768]);
  });

  it('is endless without seconds and stops when the consumer unsubscribes', async () => {
    const frames = await lastValueFrom(tone(440, { sampleRate: 48000, frameLength: 64 }).pipe(take(5), toArray()));
    expect(frames.map((f) => f.index)).toEqual([0, 64, 128, 192, 256]);
  });

  it('marbles: paced one frame per frameLength / sampleRate, completes with the last frame, unsubscribes', () => {
    const ts = testScheduler();
    ts.run(({ expectObservable }) => {
      // fs = 1000 Hz, frameLength 5 → 5 ms per frame; 12 samples → frames at 5, 10, 15 ms
      const src = tone(0, { sampleRate: 1000, frameLength: 5, seconds: 0.012, amplitude: 2, phase: Math.PI / 2, scheduler: ts });
      const v = (index: number, n: number) => ({ channels: [new Float64Array(n).fill(2)], sampleRate: 1000, index, time: index / 1000 });
      expectObservable(src).toBe('5ms a 4ms b 4ms (c|)', { a: v(0, 5), b: v(5, 5), c: v(10, 2) });
      const endless = tone(0, { sampleRate: 1000, frameLength: 5, amplitude: 2, phase: Math.PI / 2, scheduler: ts });
      expectObservable(endless, '^ 11ms !').toBe('5ms a 4ms b', { a: v(0, 5), b: v(5, 5) });
      expectObservable(tone(100, { sampleRate: 1000, frameLength: 5, seconds: 0, scheduler: ts })).toBe('|');
    });
  });

  it('rejects bad parameters at creation, naming them', () => {
    expect(() => tone(Number.NaN, { sampleRate: 8000, frameLength: 4 })).toThrow(/tone: freqHz must be a finite number, got NaN/);
    expect(() => tone(1, { sampleRate: 0, frameLength: 4 })).toThrow(/tone: sampleRate must be a finite number > 0, got 0/);
    expect(() => tone(1, { sampleRate: 8000, frameLength: -1 })).toThrow(/tone: frameLength must be an integer ≥ 1, got -1/);
    expect(() => tone(1, { sampleRate: 8000, frameLength: 4, channels: 0 })).toThrow(/channels must be an integer ≥ 1, got 0/);
    expect(() => tone(1, { sampleRate: 8000, frameLength: 4, seconds: -1 })).toThrow(/seconds must be a finite number ≥ 0, got -1/);
    expect(() => tone(1, { sampleRate: 8000, frameLength: 4, dtype: 'int8' as never })).toThrow(/dtype must be one of/);
    expect(() => tone(1, { sampleRate: 8000, frameLength: 4, phase: Number.POSITIVE_INFINITY })).toThrow(/phase/);
  });
});
