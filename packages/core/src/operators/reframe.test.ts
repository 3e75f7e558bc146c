import fc from 'fast-check';
import { from, Observable, take, tap } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { at, concatChannel, f64, i16, testScheduler } from '../../test/support/testing';
import { FrameFormatError } from '../types/errors';
import type { Frame } from '../types/Frame';
import { reframe } from './reframe';

const SR = 1000;

describe('reframe (marbles)', () => {
  it('empty source completes without output', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold<Frame<Float64Array>>('---|').pipe(reframe(4))).toBe('---|');
    });
  });

  it('one exact frame passes as a new frame with the same samples', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const a = f64(0, SR, [1, 2, 3, 4]);
      expectObservable(cold('-a-|', { a }).pipe(reframe(4))).toBe('-a-|', { a: f64(0, SR, [1, 2, 3, 4]) });
    });
  });

  it('regroups many uneven frames, emitting when full, and flushes the tail on completion', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('a-b-----c-|', {
        a: f64(0, SR, [1, 2, 3], [-1, -2, -3]),
        b: f64(3, SR, [4, 5, 6, 7, 8], [-4, -5, -6, -7, -8]),
        c: f64(8, SR, [9, 10, 11, 12, 13], [-9, -10, -11, -12, -13]),
      });
      expectObservable(src.pipe(reframe(4))).toBe('--(xy)--z-(w|)', {
        x: f64(0, SR, [1, 2, 3, 4], [-1, -2, -3, -4]),
        y: f64(4, SR, [5, 6, 7, 8], [-5, -6, -7, -8]),
        z: f64(8, SR, [9, 10, 11, 12], [-9, -10, -11, -12]),
        w: f64(12, SR, [13], [-13]),
      });
    });
  });

  it("tail 'pad' zero-pads and 'drop' discards the partial frame", () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('a-|', { a: f64(0, SR, [1, 2, 3, 4, 5, 6]) });
      expectObservable(src.pipe(reframe(4, { tail: 'pad' }))).toBe('a-(b|)', {
        a: f64(0, SR, [1, 2, 3, 4]),
        b: f64(4, SR, [5, 6, 0, 0]),
      });
      expectObservable(src.pipe(reframe(4, { tail: 'drop' }))).toBe('a-|', { a: f64(0, SR, [1, 2, 3, 4]) });
    });
  });

  it('forwards a source error and drops the partial frame', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('a-#', { a: f64(0, SR, [1, 2, 3, 4, 5]) }, new Error('boom'));
      expectObservable(src.pipe(reframe(4))).toBe('a-#', { a: f64(0, SR, [1, 2, 3, 4]) }, new Error('boom'));
    });
  });

  it('keeps going on a never-completing source and unsubscribes the source mid-way', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const src = cold('a-a-a-a-a-a', { a: f64(0, SR, [1, 2]) });
      const out = src.pipe(reframe(4));
      expectObservable(out, '^------!').toBe('--x---y', {
        x: f64(0, SR, [1, 2, 1, 2]),
        y: f64(4, SR, [1, 2, 1, 2]),
      });
      expectSubscriptions(src.subscriptions).toBe('^------!');
    });
  });

  it('carries time from the input frame of the first sample', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('a 9ms b 9ms |', { a: at(f64(10, 100, [1, 2, 3]), 5), b: at(f64(13, 100, [4, 5, 6]), 5.03) });
      expectObservable(src.pipe(reframe(2))).toBe('a 9ms (bc) 6ms |', {
        a: at(f64(10, 100, [1, 2]), 5),
        b: at(f64(12, 100, [3, 4]), 5.02),
        c: at(f64(14, 100, [5, 6]), 5.04),
      });
    });
  });

  it('errors with FrameFormatError when the sample rate, channel count or type changes', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const rate = cold('ab', { a: f64(0, SR, [1]), b: f64(1, 2 * SR, [2]) });
      expectObservable(rate.pipe(reframe(4))).toBe(
        '-#',
        undefined,
        new FrameFormatError('reframe: sample rate changed mid-stream from 1000 Hz to 2000 Hz at index 1'),
      );
      const chans = cold('ab', { a: f64(0, SR, [1]), b: f64(1, SR, [2], [3]) });
      expectObservable(chans.pipe(reframe(4))).toBe(
        '-#',
        undefined,
        new FrameFormatError('reframe: channel count changed mid-stream from 1 to 2 at index 1'),
      );
      const type = cold<Frame>('ab', { a: f64(0, SR, [1]), b: i16(1, SR, [2]) });
      expectObservable(type.pipe(reframe(4))).toBe(
        '-#',
        undefined,
        new FrameFormatError('reframe: sample type changed mid-stream from Float64Array to Int16Array at index 1'),
      );
    });
  });

  it('rejects bad arguments at creation', () => {
    expect(() => reframe(0)).toThrow(/reframe: frameLength must be an integer ≥ 1, got 0/);
    expect(() => reframe(1.5)).toThrow(RangeError);
    expect(() => reframe(4, { tail: 'keep' as never })).toThrow(/opts.tail must be one of 'emit', 'drop', 'pad', got "keep"/);
  });

  it('stops a long input frame early when the consumer unsubscribes', () => {
    const produced: number[] = [];
    new Observable<Frame<Float64Array>>((s) => s.next(f64(0, SR, Array.from({ length: 100 }, (_, i) => i))))
      .pipe(
        reframe(10),
        tap((f) => produced.push(f.index)),
        take(2),
      )
      .subscribe();
    expect(produced).toEqual([0, 10]);
  });
});

describe('reframe: gaps in the input index (a frame dropped upstream)', () => {
  const gapped = { a: f64(0, SR, [1, 2]), b: f64(4, SR, [5, 6]) }; // samples 2 and 3 are missing
  it("'ignore' (default) joins the samples: the output index counts samples received", () => {
    testScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('a-b|', gapped).pipe(reframe(3))).toBe('--b(c|)', { b: f64(0, SR, [1, 2, 5]), c: f64(3, SR, [6]) });
    });
  });

  it("'zero' fills the dropout with zeros: samples keep their positions, frames keep their length", () => {
    testScheduler().run(({ cold, expectObservable }) => {
      // positions 0..5 = [1, 2, 0, 0, 5, 6] → [1 2 0]@0 (completed by the zero fill), [0 5 6]@3
      expectObservable(cold('a-b---|', { a: at(gapped.a, 0), b: at(gapped.b, 0.004) }).pipe(reframe(3, { gaps: 'zero' }))).toBe('--(bc)|', {
        b: at(f64(0, SR, [1, 2, 0]), 0),
        c: at(f64(3, SR, [0, 5, 6]), 0.003), // the fill's first zero is at 4 − 1 samples = 3 ms
      });
      // a gap longer than a frame emits whole frames of silence
      const long = { a: f64(0, SR, [1]), b: f64(7, SR, [8]) };
      expectObservable(cold('a-b---|', long).pipe(reframe(3, { gaps: 'zero' }))).toBe('--(bc)(d|)', {
        b: f64(0, SR, [1, 0, 0]),
        c: f64(3, SR, [0, 0, 0]),
        d: f64(6, SR, [0, 8]),
      });
    });
  });

  it("'error' rejects a gap; 'zero' rejects an input that goes back; both name the indices", () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const src = cold('a-b-a|', gapped);
      expectObservable(src.pipe(reframe(2, { gaps: 'error' }))).toBe(
        'a-#',
        { a: f64(0, SR, [1, 2]) },
        new FrameFormatError('reframe: input frame at index 4 where 2 was expected (2 samples missing)'),
      );
      const back = cold('a-b|', { a: f64(0, SR, [1, 2, 3]), b: f64(2, SR, [9]) });
      expectObservable(back.pipe(reframe(2, { gaps: 'zero' }))).toBe(
        'a-#',
        { a: f64(0, SR, [1, 2]) },
        new FrameFormatError('reframe: input frame at index 2 where 3 was expected (1 samples repeated)'),
      );
      expectSubscriptions(src.subscriptions).toBe('^-!');
    });
    expect(() => reframe(4, { gaps: 'skip' as never })).toThrow(/reframe: opts.gaps must be one of 'ignore', 'zero', 'error', got "skip"/);
  });

  it("property ('zero'): for any chunking with any gaps, each sample lands at its index, zeros in between, exact frames", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 20 })), { maxLength: 15 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 100 }),
        (chunks, len, start) => {
          let idx = start;
          const expected: number[] = [];
          const frames = chunks.map(([gap, n]) => {
            idx += gap;
            for (let k = 0; k < gap; k++) expected.push(0);
            const ch = Float64Array.from({ length: n }, (_, i) => idx + i + 1); // never 0
            for (const v of ch) expected.push(v);
            const fr = f64(idx, SR, Array.from(ch));
            idx += n;
            return fr;
          });
          // the first frame's gap is not a gap: the stream starts where it starts
          const lead = chunks[0]?.[0] ?? 0;
          const want = expected.slice(lead);
          const out: Frame<Float64Array>[] = [];
          from(frames).pipe(reframe<Float64Array>(len, { gaps: 'zero' })).subscribe((f) => out.push(f));
          expect(concatChannel(out, 0)).toEqual(want);
          out.forEach((f, k) => {
            expect(f.index).toBe(start + lead + k * len);
            if (k < out.length - 1) expect(f.channels[0]).toHaveLength(len);
          });
        },
      ),
      { verbose: true },
    );
  });
});

describe('reframe (property)', () => {
  it('for any chunking, the output concatenates to exactly the input with continuous index', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 37 }), { maxLength: 25 }),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom<'emit' | 'drop' | 'pad'>('emit', 'drop', 'pad'),
        fc.integer({ min: 0, max: 1000 }),
        (chunks, len, nch, tail, start) => {
          let idx = start;
          const frames = chunks.map((n) => {
            const chans = Array.from({ length: nch }, (_, c) => Int16Array.from({ length: n }, (_, i) => (idx + i) * (c + 1)));
            const fr: Frame<Int16Array> = { channels: chans, sampleRate: SR, index: idx };
            idx += n;
            return fr;
          });
          const total = idx - start;
          const out: Frame<Int16Array>[] = [];
          from(frames).pipe(reframe<Int16Array>(len, { tail })).subscribe((f) => out.push(f));
          const full = Math.floor(total / len);
          const rest = total - full * len;
          const expectedCount = full + (rest > 0 && tail !== 'drop' ? 1 : 0);
          expect(out).toHaveLength(expectedCount);
          let next = start;
          out.forEach((f, k) => {
            expect(f.index).toBe(next);
            expect(f.channels).toHaveLength(nch);
            expect(f.channels[0]).toBeInstanceOf(Int16Array);
            const isTail = k === full;
            expect(f.channels[0]?.length).toBe(isTail && tail === 'emit' ? rest : len);
            next += len;
          });
          const kept = tail === 'drop' ? full * len : total;
          for (let c = 0; c < nch; c++) {
            const flat = concatChannel(out, c).slice(0, kept);
            expect(flat).toEqual(Array.from({ length: kept }, (_, i) => ((start + i) * (c + 1) << 16) >> 16));
            if (tail === 'pad' && rest > 0) expect(concatChannel(out, c).slice(total)).toEqual(new Array(len - rest).fill(0));
          }
        },
      ),
      { verbose: true },
    );
  });
});
