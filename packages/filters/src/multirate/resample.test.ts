import { FrameFormatError, type Frame } from '@rxdsp/core';
import { randn, testScheduler } from '@rxdsp/test-utils';
import fc from 'fast-check';
import { from, lastValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { resample } from './resample';
import { resamplePolyTaps } from './resamplePolyTaps';
import { upfirdn } from './upfirdn';

type F64 = Frame<Float64Array>;
const fr = (index: number, sampleRate: number, channels: ArrayLike<number>[], time?: number): F64 => ({
  channels: channels.map((c) => Float64Array.from(c)),
  sampleRate,
  index,
  ...(time === undefined ? {} : { time }),
});

/** Cuts planar channels into frames of the given lengths (cycled). */
function framesOf(chans: Float64Array[], lens: number[], sampleRate: number): F64[] {
  const out: F64[] = [];
  for (let pos = 0, i = 0; pos < chans[0]!.length; i++) {
    const l = Math.min(lens[i % lens.length]!, chans[0]!.length - pos);
    out.push(fr(pos, sampleRate, chans.map((c) => c.subarray(pos, pos + l)), pos / sampleRate));
    pos += l;
  }
  return out;
}

describe('resample (operator)', () => {
  // Derivation: taps [0.5, 1, 0.5] at up 2 (linear interpolation): upfirdn's y[2i] = (x[i−1] + x[i])/2 and
  // y[2i+1] = x[i], so x = [1 3 5 7 9] gives [0.5 1 2 3 4 5 6 7 8 9 4.5]. Output k needs inputs up to ⌊k/2⌋:
  // after 2 inputs 4 outputs are complete, after 3 six, after 5 ten; the last one (4.5 = 9/2) is the tail.
  it('marbles: framing, continuous index on the new rate, new sampleRate, time, tail on completion', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const src = cold<F64>('-a--b-c-|', { a: fr(0, 8000, [[1, 3]], 0), b: fr(2, 8000, [[5]], 0.25e-3), c: fr(3, 8000, [[7, 9]], 0.375e-3) });
      const op = src.pipe(resample({ up: 2, down: 1, taps: [0.5, 1, 0.5] }));
      expectObservable(op).toBe('-a--b-c-(t|)', {
        a: fr(0, 16000, [[0.5, 1, 2, 3]], 0),
        b: fr(4, 16000, [[4, 5]], 4 / 16000),
        c: fr(6, 16000, [[6, 7, 8, 9]], 6 / 16000),
        t: fr(10, 16000, [[4.5]], 10 / 16000),
      });
      expectSubscriptions(src.subscriptions).toBe('^-------!');
    });
  });

  it('marbles: empty source, error passes through, never-completing source, unsubscribe in the middle', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const op = () => resample<F64>({ up: 1, down: 2, taps: [1] });
      expectObservable(cold<F64>('|').pipe(op())).toBe('|');
      const err = cold<F64>('-a-#', { a: fr(0, 8000, [[1, 2, 3]]) });
      expectObservable(err.pipe(op())).toBe('-a-#', { a: fr(0, 4000, [[1, 3]]) });
      const never = cold<F64>('-a--', { a: fr(0, 8000, [[1, 2, 3, 4]]) });
      expectObservable(never.pipe(op())).toBe('-a--', { a: fr(0, 4000, [[1, 3]]) });
      const long = cold<F64>('-a-b-c-|', { a: fr(0, 8000, [[1]]), b: fr(1, 8000, [[2]]), c: fr(2, 8000, [[3]]) });
      // down 2: frame b (input 1) completes no output and emits nothing
      expectObservable(long.pipe(op()), '^----!').toBe('-a---', { a: fr(0, 4000, [[1]]) });
      expectSubscriptions(long.subscriptions).toBe('^----!');
    });
  });

  it('flush: false emits no tail; a frame change of sample rate or channels errors with FrameFormatError', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold<F64>('-a|', { a: fr(0, 8000, [[1, 3]]) }).pipe(resample({ up: 2, down: 1, taps: [0.5, 1, 0.5], flush: false }))).toBe('-a|', {
        a: fr(0, 16000, [[0.5, 1, 2, 3]]),
      });
      expectObservable(cold<F64>('-a-b|', { a: fr(0, 8000, [[1]]), b: fr(1, 16000, [[1]]) }).pipe(resample({ up: 1, down: 1, taps: [1] }))).toBe(
        '-a-#',
        { a: fr(0, 8000, [[1]]) },
        new FrameFormatError('resample: sample rate changed mid-stream from 8000 Hz to 16000 Hz at index 1'),
      );
      expectObservable(cold<F64>('-a-b|', { a: fr(0, 8000, [[1]]), b: fr(1, 8000, [[1], [2]]) }).pipe(resample({ up: 1, down: 1, taps: [1] }))).toBe(
        '-a-#',
        { a: fr(0, 8000, [[1]]) },
        new FrameFormatError('resample: channel count changed mid-stream from 1 to 2 at index 1'),
      );
      const int16 = { channels: [new Int16Array(2)], sampleRate: 8000, index: 0 } as unknown as F64;
      expectObservable(cold<F64>('-a|', { a: int16 }).pipe(resample({ up: 2, down: 1 }))).toBe(
        '-#',
        undefined,
        new FrameFormatError('resample: channel 0 of the frame at index 0 is an Int16Array; resample takes Float32Array or Float64Array frames (convert Int16 with toFloat() from @rxdsp/core first)'),
      );
    });
  });

  it('44.1 → 48 kHz stereo, default design: equals upfirdn per channel exactly, Float32 in → Float32 out', async () => {
    const chans = [randn(4410, 1), randn(4410, 2)];
    const out = await lastValueFrom(from(framesOf(chans, [441, 100, 1000], 44100)).pipe(resample({ up: 160, down: 147 }), toArray()));
    const { taps, up, down } = resamplePolyTaps(160, 147);
    for (let c = 0; c < 2; c++) {
      const y = Float64Array.from(out.flatMap((f) => Array.from(f.channels[c]!)));
      expect(y).toEqual(upfirdn(taps, chans[c]!, up, down));
    }
    let idx = 0;
    for (const f of out) {
      expect(f.sampleRate).toBe(48000);
      expect(f.index).toBe(idx);
      idx += f.channels[0]!.length;
    }
    const f32 = await lastValueFrom(from([{ channels: [new Float32Array([1, 2, 3])], sampleRate: 44100, index: 0 }]).pipe(resample({ up: 2, down: 1 }), toArray()));
    expect(f32[0]!.channels[0]).toBeInstanceOf(Float32Array);
  });

  it('property: any framing gives upfirdn of the whole signal, bit for bit (fast-check, seed printed on failure)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 12 }).filter((a) => a.some((l) => l > 0)),
        fc.integer({ min: 1, max: 300 }),
        async (up, down, ntaps, lens, n) => {
          const taps = randn(ntaps, up * 1000 + down * 10 + ntaps);
          const x = randn(n, n);
          const out = await lastValueFrom(from(framesOf([x], lens, 8000)).pipe(resample({ up, down, taps }), toArray()));
          const y = Float64Array.from(out.flatMap((f) => Array.from(f.channels[0]!)));
          expect(y).toEqual(upfirdn(taps, x, up, down));
          let idx = 0;
          for (const f of out) {
            expect(f.index).toBe(idx);
            idx += f.channels[0]!.length;
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('names the parameter and the value', () => {
    expect(() => resample({ up: 0, down: 1 })).toThrow(/resample: options.up must be an integer ≥ 1, got 0/);
    expect(() => resample({ up: 1, down: 2.5 })).toThrow(/resample: options.down must be an integer ≥ 1, got 2.5/);
    expect(() => resample({ up: 3, down: 2, taps: [1], window: 'hann' })).toThrow(/resample: give options.taps or options.window, not both/);
    expect(() => resample({ up: 3, down: 2, taps: [] })).toThrow(/resample: options.taps must not be empty/);
    expect(() => resample(null as unknown as { up: number; down: number })).toThrow(/resample: options must be an object, got null/);
  });
});
