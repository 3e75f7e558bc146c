import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { of, Subject } from 'rxjs';
import * as wavefileModule from 'wavefile';
import type { Frame } from '@rxdsp/core';
import { capture } from './capture';

type WaveFileClass = typeof wavefileModule.WaveFile;
const WaveFile: WaveFileClass =
  (wavefileModule as { WaveFile?: WaveFileClass }).WaveFile ??
  (wavefileModule as unknown as { default: { WaveFile: WaveFileClass } }).default.WaveFile;

const fs = 10; // 10 Hz keeps ring sizes readable: seconds 1 → 10 samples
/** Stereo frame of n samples starting at index: left = index…, right = −(index…). */
function st(index: number, n = 4): Frame<Float64Array> {
  const l = Float64Array.from({ length: n }, (_, i) => index + i);
  return { channels: [l, l.map((v) => -v)], sampleRate: fs, index };
}
const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);
const scheduler = () => new TestScheduler((a, b) => expect(a).toEqual(b));

describe('capture (marble)', () => {
  it('passes the very same frames through and keeps the newest seconds in a ring', () => {
    const ts = scheduler();
    ts.run(({ cold, expectObservable }) => {
      const cap = capture({ seconds: 1 });
      const frames = { a: st(0), b: st(4), c: st(8), d: st(12) };
      expectObservable(cold('-a-b-c-d|', frames).pipe(cap)).toBe('-a-b-c-d|', frames);
      ts.flush();
      expect(cap.samplesSeen).toBe(16);
      expect(cap.length).toBe(10);
      expect(cap.capacity).toBe(10);
      expect(Array.from(cap.left)).toEqual(range(6, 16));
      expect(Array.from(cap.right)).toEqual(range(6, 16).map((v) => -v));
      expect(Array.from(cap.channel(1))).toEqual(Array.from(cap.right));
      expect(cap.channelCount).toBe(2);
      expect(cap.sampleRate).toBe(fs);
    });
  });

  it('returns an unwrapped copy before the ring fills, and after a frame longer than the ring', () => {
    const cap = capture({ seconds: 1 });
    const s = new Subject<Frame>();
    s.pipe(cap).subscribe();
    s.next(st(0, 3));
    expect(Array.from(cap.left)).toEqual([0, 1, 2]);
    s.next(st(3, 25));
    expect(Array.from(cap.left)).toEqual(range(18, 28));
    s.next(st(28, 3));
    expect(Array.from(cap.left)).toEqual(range(21, 31));
    expect(cap.capacity).toBe(10); // never reallocated
  });

  it('keeps everything without seconds, growing by doubling', () => {
    const cap = capture();
    const frames = range(0, 3000).map((k) => st(4 * k));
    of(...frames).pipe(cap).subscribe();
    expect(cap.length).toBe(12000);
    expect(cap.samplesSeen).toBe(12000);
    expect(Array.from(cap.left)).toEqual(range(0, 12000));
    expect(cap.capacity).toBeGreaterThanOrEqual(12000);
    expect(Math.log2(cap.capacity / 4096) % 1).toBe(0); // 4096 · 2^k
  });

  it('records only the requested channels, in the frames’ sample type', () => {
    const cap = capture({ channels: 1 });
    const f: Frame<Int16Array> = { channels: [Int16Array.of(1, 2), Int16Array.of(3, 4)], sampleRate: 8000, index: 0 };
    of(f).pipe(cap).subscribe();
    expect(cap.left).toBeInstanceOf(Int16Array);
    expect(Array.from(cap.left)).toEqual([1, 2]);
    expect(() => cap.right).toThrow(/capture.right: the capture has 1 channel/);
    expect(() => cap.channel(1)).toThrow(/capture.channel: i = 1 but the capture has 1 channel/);
  });

  it('keeps the recording after an error and forwards the error', () => {
    const ts = scheduler();
    ts.run(({ cold, expectObservable }) => {
      const cap = capture();
      const err = new Error('device lost');
      expectObservable(cold('-a-#', { a: st(0) }, err).pipe(cap)).toBe('-a-#', { a: st(0) }, err);
      ts.flush();
      expect(Array.from(cap.left)).toEqual([0, 1, 2, 3]);
    });
  });

  it('stops recording on unsubscribe and never completes with a never-completing source', () => {
    const ts = scheduler();
    ts.run(({ hot, expectObservable, expectSubscriptions }) => {
      const cap = capture();
      const src = hot('-a-b-c-d-', { a: st(0), b: st(4), c: st(8), d: st(12) });
      expectObservable(src.pipe(cap), '^----!').toBe('-a-b--', { a: st(0), b: st(4) });
      expectSubscriptions(src.subscriptions).toBe('^----!');
      ts.flush();
      expect(cap.samplesSeen).toBe(8);
    });
  });

  it('completes an empty source with nothing captured', () => {
    const ts = scheduler();
    ts.run(({ cold, expectObservable }) => {
      const cap = capture({ seconds: 1 });
      expectObservable(cold<Frame>('|').pipe(cap)).toBe('|');
      ts.flush();
      expect(cap.left.length).toBe(0);
      expect(cap.samplesSeen).toBe(0);
      expect(() => cap.toWavBuffer()).toThrow(/capture.toWavBuffer: nothing captured yet/);
    });
  });

  it('errors with FrameFormatError on a change of sample rate, channel count or sample type', () => {
    const ts = scheduler();
    ts.run(({ cold, expectObservable }) => {
      const other = { ...st(4), sampleRate: 20 };
      const mono: Frame = { channels: [new Float64Array(4)], sampleRate: fs, index: 4 };
      const f32: Frame = { channels: [new Float32Array(4), new Float32Array(4)], sampleRate: fs, index: 4 };
      const fmt = expect.objectContaining({ name: 'FrameFormatError' });
      expectObservable(cold('ab|', { a: st(0), b: other }).pipe(capture())).toBe('a#', { a: st(0) }, fmt);
      expectObservable(cold('ab|', { a: st(0), b: mono }).pipe(capture())).toBe('a#', { a: st(0) }, fmt);
      expectObservable(cold('ab|', { a: st(0), b: f32 }).pipe(capture())).toBe('a#', { a: st(0) }, fmt);
      expectObservable(cold('a|', { a: mono }).pipe(capture({ channels: 2 }))).toBe('#', undefined, fmt);
    });
  });

  it('starts a new recording on each subscription', () => {
    const cap = capture();
    of(st(0), st(4)).pipe(cap).subscribe();
    of(st(100)).pipe(cap).subscribe();
    expect(Array.from(cap.left)).toEqual([100, 101, 102, 103]);
    expect(cap.samplesSeen).toBe(4);
    cap.clear();
    expect(cap.length).toBe(0);
  });

  it('never modifies the frames it passes on', () => {
    const f = st(0, 64);
    const before = f.channels.map((c) => c.slice());
    of(f).pipe(capture({ seconds: 1 })).subscribe();
    f.channels.forEach((c, i) => expect(c).toEqual(before[i]));
  });

  it('rejects bad options', () => {
    expect(() => capture({ seconds: 0 })).toThrow(/capture: seconds must be a finite number > 0, got 0/);
    expect(() => capture({ channels: 1.5 })).toThrow(/capture: channels must be a positive integer, got 1.5/);
    expect(() => capture().channel(-1)).toThrow(/capture.channel: i must be a non-negative integer, got -1/);
  });
});

describe('capture WAV output', () => {
  it('writes 16-bit PCM for Int16 frames and float32 otherwise, readable back', async () => {
    const cap16 = capture();
    of<Frame>({ channels: [Int16Array.of(1, -2, 300), Int16Array.of(-4, 5, -32768)], sampleRate: 48000, index: 0 }).pipe(cap16).subscribe();
    const w16 = new WaveFile(cap16.toWavBuffer());
    expect((w16.fmt as { sampleRate: number; numChannels: number; bitsPerSample: number })).toMatchObject({ sampleRate: 48000, numChannels: 2, bitsPerSample: 16 });
    expect(Array.from(w16.getSamples(true, Int16Array) as unknown as Int16Array)).toEqual([1, -4, -2, 5, 300, -32768]);

    const capF = capture({ seconds: 1 });
    of(st(0, 12)).pipe(capF).subscribe(); // ring of 10 keeps 2 … 11
    const dir = mkdtempSync(join(tmpdir(), 'rxdsp-capture-'));
    try {
      const path = join(dir, 'cap.wav');
      await capF.toWav(path);
      const wf = new WaveFile(readFileSync(path));
      expect((wf.fmt as { bitsPerSample: number; numChannels: number }).bitsPerSample).toBe(32);
      const samples = wf.getSamples(false, Float64Array) as unknown as Float64Array[];
      expect(Array.from(samples[0]!)).toEqual(range(2, 12));
      expect(Array.from(samples[1]!)).toEqual(range(2, 12).map((v) => -v));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
// Per-frame overhead is measured by `pnpm bench` (benchmarks/suites/welch.ts), not by a timed unit test.
