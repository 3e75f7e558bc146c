import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Frame } from '../types/Frame';
import { Framer } from './Framer';

/** Interleaved ramp: channel c of sample n = n * 10 + c (mod 32768). */
function ramp(start: number, frames: number, ch: number): Int16Array {
  const a = new Int16Array(frames * ch);
  for (let i = 0; i < frames; i++) for (let c = 0; c < ch; c++) a[i * ch + c] = ((start + i) * 10 + c) % 32768;
  return a;
}

const int16 = (channels: number, frameLength: number, sampleRate: number) => new Framer<Int16Array>({ channels, frameLength, sampleRate, arrayType: Int16Array });

describe('Framer', () => {
  it('cuts [abc][defgh][ij] into [abcd][efgh] and holds [ij]; flush emits or pads it', () => {
    const f = new Framer({ channels: 1, frameLength: 4, sampleRate: 8 });
    const out: Frame<Float64Array>[] = [];
    const emit = (x: Frame<Float64Array>) => void out.push(x);
    f.push([Float64Array.of(1, 2, 3)], 10, emit);
    f.push([Float64Array.of(4, 5, 6, 7, 8)], 10.375, emit);
    f.push([Float64Array.of(9, 10)], 11, emit);
    expect(out.map((x) => [...x.channels[0]!])).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    expect(out.map((x) => x.index)).toEqual([0, 4]);
    // frame 0 starts at sample 0 of block 0 (t = 10); frame 1 at sample 1 of block 1: 10.375 + 1/8
    expect(out.map((x) => x.time)).toEqual([10, 10.5]);
    expect([f.pending, f.position]).toEqual([2, 10]);
    const padded = f.flush('pad')!;
    expect([...padded.channels[0]!]).toEqual([9, 10, 0, 0]);
    expect([padded.index, padded.time]).toEqual([8, 11]);
    expect(f.flush('emit')).toBeUndefined();
    f.push([Float64Array.of(11)], undefined, emit);
    const short = f.flush('emit')!;
    expect([...short.channels[0]!]).toEqual([11]);
    expect(short.index).toBe(10);
    expect('time' in short).toBe(false);
  });

  it('keeps the array type and starts at the given index', () => {
    const f = new Framer<Float32Array>({ channels: 2, frameLength: 2, sampleRate: 1, arrayType: Float32Array, index: 100 });
    const out: Frame<Float32Array>[] = [];
    f.push([Float32Array.of(1, 2, 3), Float32Array.of(4, 5, 6)], undefined, (x) => void out.push(x));
    expect(out[0]!.channels[1]).toBeInstanceOf(Float32Array);
    expect([...out[0]!.channels[1]!]).toEqual([4, 5]);
    expect(out[0]!.index).toBe(100);
    expect(f.position).toBe(103);
  });

  it('pushZeros fills a gap with silence, its time counted back from the sample after it', () => {
    const f = new Framer({ channels: 1, frameLength: 4, sampleRate: 4 });
    const out: Frame<Float64Array>[] = [];
    const emit = (x: Frame<Float64Array>) => void out.push(x);
    f.push([Float64Array.of(1, 2)], 0, emit);
    f.pushZeros(5, 1.75, emit); // samples 2…6 missing; sample 7 comes at 1.75 s
    f.push([Float64Array.of(7)], 1.75, emit);
    expect(out.map((x) => [...x.channels[0]!])).toEqual([
      [1, 2, 0, 0],
      [0, 0, 0, 7],
    ]);
    expect(out.map((x) => x.time)).toEqual([0, 1.75 - 3 / 4]);
  });

  it('stops taking a block when emit returns false', () => {
    const f = new Framer({ channels: 1, frameLength: 2, sampleRate: 1 });
    const out: Frame<Float64Array>[] = [];
    f.push([Float64Array.of(1, 2, 3, 4, 5, 6)], undefined, (x) => out.push(x) < 2);
    expect(out.map((x) => x.index)).toEqual([0, 2]);
    expect(f.position).toBe(4);
    f.pushZeros(100, undefined, () => false);
    expect(f.position).toBe(6);
  });

  it('skip() discards the incomplete frame and leaves a gap in index; reset() starts over', () => {
    const f = int16(1, 4, 8);
    const out: Frame<Int16Array>[] = [];
    f.pushInterleaved(Int16Array.of(1, 2, 3, 4, 5, 6), 1, (x) => void out.push(x));
    f.skip(3); // samples 6, 7, 8 lost; 4 and 5 were in the incomplete frame
    f.pushInterleaved(Int16Array.of(9, 10, 11, 12), 2, (x) => void out.push(x));
    expect(out.map((x) => x.index)).toEqual([0, 9]);
    expect([...out[1]!.channels[0]!]).toEqual([9, 10, 11, 12]);
    f.pushInterleaved(Int16Array.of(1), undefined, () => undefined);
    f.reset();
    expect([f.pending, f.position]).toEqual([0, 0]);
    expect(f.flush('emit')).toBeUndefined();
  });

  it('never reuses an emitted array', () => {
    const f = int16(2, 3, 8);
    const out: Frame<Int16Array>[] = [];
    f.pushInterleaved(ramp(0, 9, 2), 1, (x) => void out.push(x));
    const arrays = out.flatMap((x) => x.channels);
    expect(new Set(arrays).size).toBe(arrays.length);
    expect([...out[0]!.channels[1]!]).toEqual([1, 11, 21]);
  });

  it('refuses a block of the wrong channel count and bad options', () => {
    const f = new Framer({ channels: 2, frameLength: 4, sampleRate: 1 });
    expect(() => f.push([new Float64Array(1)], undefined, () => undefined)).toThrow(/Framer.push: block has 1 channels, expected 2/);
    expect(() => new Framer({ channels: 0, frameLength: 4, sampleRate: 1 })).toThrow(RangeError);
    expect(() => new Framer({ channels: 1, frameLength: 1.5, sampleRate: 1 })).toThrow(/Framer: opts.frameLength/);
    expect(() => new Framer({ channels: 1, frameLength: 4, sampleRate: 0 })).toThrow(/Framer: opts.sampleRate/);
    expect(() => new Framer({ channels: 1, frameLength: 4, sampleRate: 1, arrayType: Array as never })).toThrow(TypeError);
  });

  it('property: interleaved chunks of any sizes give exact frames, continuous index, deinterleaved samples, times', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 300 }),
        fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 1, maxLength: 40 }),
        (ch, frameLength, chunks) => {
          const fs = 48000;
          const f = int16(ch, frameLength, fs);
          const out: Frame<Int16Array>[] = [];
          let pos = 0;
          for (const n of chunks) {
            f.pushInterleaved(ramp(pos, n, ch), 5 + pos / fs, (x) => void out.push(x));
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

  it('property: planar blocks of any sizes, then flush, give the input back in frames of frameLength', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 30 }),
        (frameLength, sizes) => {
          const f = new Framer({ channels: 2, frameLength, sampleRate: 1 });
          const out: Frame<Float64Array>[] = [];
          let pos = 0;
          for (const n of sizes) {
            const a = Float64Array.from({ length: n }, (_, i) => pos + i);
            f.push([a, a.map((v) => -v)], undefined, (x) => void out.push(x));
            pos += n;
          }
          const last = f.flush('emit');
          if (last) out.push(last);
          const joined = out.flatMap((x) => [...x.channels[0]!]);
          expect(joined).toEqual(Array.from({ length: pos }, (_, i) => i));
          expect(out.flatMap((x) => [...x.channels[1]!])).toEqual(joined.map((v) => -v));
          expect(out.every((x, k) => x.index === k * frameLength && (k === out.length - 1 || x.channels[0]!.length === frameLength))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
