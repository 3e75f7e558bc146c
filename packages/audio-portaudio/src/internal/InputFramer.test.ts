import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Frame } from '@rxdsp/core';
import { InputFramer } from './InputFramer';

/** Interleaved ramp: channel c of sample n = n * 10 + c (mod 32768). */
function ramp(start: number, frames: number, ch: number): Int16Array {
  const a = new Int16Array(frames * ch);
  for (let i = 0; i < frames; i++) for (let c = 0; c < ch; c++) a[i * ch + c] = ((start + i) * 10 + c) % 32768;
  return a;
}

describe('InputFramer', () => {
  it('cuts [abc][defgh][ij] into [abcd][efgh] and holds [ij]', () => {
    const f = new InputFramer(1, 4, 8);
    const out: Frame<Int16Array>[] = [];
    f.push(Int16Array.of(1, 2, 3), 10, (x) => out.push(x));
    f.push(Int16Array.of(4, 5, 6, 7, 8), 10.375, (x) => out.push(x));
    f.push(Int16Array.of(9, 10), 11, (x) => out.push(x));
    expect(out.map((x) => [...x.channels[0]!])).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    expect(out.map((x) => x.index)).toEqual([0, 4]);
    // frame 0 starts at sample 0 of chunk 0 (t = 10); frame 1 at sample 1 of chunk 1: 10.375 + 1/8
    expect(out[0]!.time).toBe(10);
    expect(out[1]!.time).toBe(10.5);
    expect(f.pending).toBe(2);
    expect(f.position).toBe(10);
  });

  it('omits time when PortAudio gives no timestamp (0)', () => {
    const f = new InputFramer(1, 2, 8);
    const out: Frame<Int16Array>[] = [];
    f.push(Int16Array.of(1, 2), 0, (x) => out.push(x));
    expect('time' in out[0]!).toBe(false);
  });

  it('skip() discards the incomplete frame and leaves a gap in index', () => {
    const f = new InputFramer(1, 4, 8);
    const out: Frame<Int16Array>[] = [];
    f.push(Int16Array.of(1, 2, 3, 4, 5, 6), 1, (x) => out.push(x));
    f.skip(3); // samples 6, 7, 8 lost; 4 and 5 were in the incomplete frame
    f.push(Int16Array.of(9, 10, 11, 12), 2, (x) => out.push(x));
    expect(out.map((x) => x.index)).toEqual([0, 9]);
    expect([...out[1]!.channels[0]!]).toEqual([9, 10, 11, 12]);
  });

  it('never reuses an emitted array', () => {
    const f = new InputFramer(2, 3, 8);
    const out: Frame<Int16Array>[] = [];
    f.push(ramp(0, 9, 2), 1, (x) => out.push(x));
    const arrays = out.flatMap((x) => x.channels);
    expect(new Set(arrays).size).toBe(arrays.length);
    expect([...out[0]!.channels[1]!]).toEqual([1, 11, 21]);
  });

  it('property: any chunk sizes give exact frames, continuous index, deinterleaved samples, times', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 300 }),
        fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 1, maxLength: 40 }),
        (ch, frameLength, chunks) => {
          const fs = 48000;
          const f = new InputFramer(ch, frameLength, fs);
          const out: Frame<Int16Array>[] = [];
          let pos = 0;
          for (const n of chunks) {
            f.push(ramp(pos, n, ch), 5 + pos / fs, (x) => out.push(x));
            pos += n;
          }
          expect(out.length).toBe(Math.floor(pos / frameLength));
          let bad = 0;
          out.forEach((x, k) => {
            if (x.index !== k * frameLength || x.channels.length !== ch || x.sampleRate !== fs) bad++;
            if (!(Math.abs(x.time! - (5 + x.index / fs)) < 1e-9)) bad++;
            for (let c = 0; c < ch; c++) {
              const a = x.channels[c]!;
              if (a.length !== frameLength) bad++;
              for (let i = 0; i < frameLength; i++) if (a[i] !== ((x.index + i) * 10 + c) % 32768) bad++;
            }
          });
          expect(bad).toBe(0);
          expect(f.pending).toBe(pos % frameLength);
        },
      ),
      { numRuns: 200 },
    );
  });
});
