import { FrameFormatError, ParameterError, type Frame } from '@rxdsp/core';
import { randn, testScheduler } from '@rxdsp/test-utils';
import { from, lastValueFrom, Subject, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { type AsrcStatus, asrc } from './asrc';
import { FractionalResamplerKernel } from './FractionalResamplerKernel';

type F64 = Frame<Float64Array>;
const fr = (index: number, sampleRate: number, channels: ArrayLike<number>[], time?: number): F64 => ({
  channels: channels.map((c) => Float64Array.from(c)),
  sampleRate,
  index,
  ...(time === undefined ? {} : { time }),
});
const small = { tapsPerPhase: 4, phases: 4 } as const;

describe('asrc (operator)', () => {
  // Derivation: with ratio$ the operator is the kernel run at nominal·ratio per frame; the reference kernel
  // here gets the same frames and ratios (8 → 8 kHz: nominal 1; ratio$ 1 then 1.25 from the 2nd frame).
  it('marbles (ratio$ mode): ratio from the next frame, continuous index, flush on completion', () => {
    const x = randn(12, 1);
    const k = new FractionalResamplerKernel(small);
    const a = k.process(x.subarray(0, 6), 1);
    const b = k.process(x.subarray(6), 1.25);
    const t = k.flush(1.25);
    testScheduler().run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const ratio$ = hot('a--b----', { a: 1, b: 1.25 });
      const src = cold<F64>('-x--y--|', { x: fr(0, 8000, [x.subarray(0, 6)]), y: fr(6, 8000, [x.subarray(6)]) });
      expectObservable(src.pipe(asrc({ ...small, ratio$ }))).toBe('-a--b--(t|)', {
        a: fr(0, 8000, [a]),
        b: fr(a.length, 8000, [b]),
        t: fr(a.length + b.length, 8000, [t]),
      });
      expectSubscriptions(src.subscriptions).toBe('^------!');
    });
  });

  it('marbles: empty source; error passes through; unsubscribe in the middle; a never-ending source', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      expectObservable(cold<F64>('|').pipe(asrc(small))).toBe('|');
      const x = fr(0, 8000, [randn(10, 2)], 0);
      const k = new FractionalResamplerKernel(small);
      const y = fr(0, 8000, [k.process(x.channels[0]!, 1)], 0);
      expectObservable(cold<F64>('-x-#', { x }).pipe(asrc(small))).toBe('-y-#', { y });
      const long = cold<F64>('-x-x-x-|', { x });
      expectObservable(long.pipe(asrc(small)), '^--!').toBe('-y-', { y });
      expectSubscriptions(long.subscriptions).toBe('^--!');
      expectObservable(cold<F64>('-x--', { x }).pipe(asrc(small))).toBe('-y--', { y });
    });
  });

  it('timestamp mode: a frame without time, or time going back, errors with FrameFormatError; bad ratio$ with ParameterError', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold<F64>('-x|', { x: fr(0, 8000, [[1, 2]]) }).pipe(asrc(small))).toBe(
        '-#',
        undefined,
        new FrameFormatError('asrc: frame at index 0 has no time; the loop needs frame times on the output clock (seconds), or give options.ratio$'),
      );
      const back = cold<F64>('-x-y|', { x: fr(0, 8000, [randn(8, 1)], 10), y: fr(8, 8000, [randn(8, 2)], 5) });
      expectObservable(back.pipe(asrc(small))).toBe(
        '-a-#',
        { a: fr(0, 8000, [new FractionalResamplerKernel(small).process(randn(8, 1), 1)], 10) },
        new FrameFormatError('asrc: frame time went back from 10.001 to 5 s at index 8'),
      );
      const bad$ = cold('a', { a: -1 });
      expectObservable(cold<F64>('-x|', { x: fr(0, 8000, [[1, 2]]) }).pipe(asrc({ ...small, ratio$: bad$ }))).toBe(
        '-#',
        undefined,
        new ParameterError('asrc: ratio$ must emit finite numbers > 0, got -1'),
      );
    });
  });

  it('converts between nominal rates (44.1 → 48 kHz) and labels frames with the output rate; stereo channels stay aligned', async () => {
    const n = 44100;
    const left = Float64Array.from({ length: n }, (_, i) => Math.sin((2 * Math.PI * 1000 * i) / 44100));
    const frames: F64[] = [];
    for (let p = 0; p < n; p += 441) frames.push(fr(p, 44100, [left.subarray(p, p + 441), left.subarray(p, p + 441)], p / 44100));
    const status: AsrcStatus[] = [];
    const out = await lastValueFrom(from(frames).pipe(asrc({ outputSampleRate: 48000, onStatus: (s) => status.push(s) }), toArray()));
    const y = out.flatMap((f) => Array.from(f.channels[0]!));
    expect(out.every((f) => f.sampleRate === 48000)).toBe(true);
    expect(out.flatMap((f) => Array.from(f.channels[1]!))).toEqual(y);
    expect(Math.abs(y.length - 48000)).toBeLessThan(3);
    let err = 0;
    for (let k = 100; k < 47000; k++) err = Math.max(err, Math.abs(y[k]! - Math.sin((2 * Math.PI * 1000 * k) / 48000)));
    expect(err).toBeLessThan(1e-5); // timestamps exact → ratio stays nominal
    expect(Math.max(...status.map((s) => Math.abs(s.ppm)))).toBeLessThan(1e-6);
  });

  // With cutoff = 16/48 the −6 dB point is the new Nyquist frequency (8 kHz) and the stopband (120 dB) starts
  // 0.12·48 kHz above it, at ≈ 13.9 kHz: a 20 kHz tone, which would alias to 4 kHz, must vanish.
  it('converting down (48 → 16 kHz): a tone in the stopband above the new Nyquist frequency is removed, not aliased', async () => {
    const n = 48000;
    const x = Float64Array.from({ length: n }, (_, i) => Math.sin((2 * Math.PI * 20000 * i) / 48000)); // would alias to 4 kHz at 16 kHz
    const frames: F64[] = [];
    for (let p = 0; p < n; p += 480) frames.push(fr(p, 48000, [x.subarray(p, p + 480)], p / 48000));
    const out = await lastValueFrom(from(frames).pipe(asrc({ outputSampleRate: 16000 }), toArray()));
    const y = out.flatMap((f) => Array.from(f.channels[0]!)).slice(100, -100);
    const rms = Math.sqrt(y.reduce((s, v) => s + v * v, 0) / y.length);
    expect(20 * Math.log10(rms / Math.SQRT1_2)).toBeLessThan(-100);
  });

  it('ratio$ from a Subject: values between frames apply from the next frame; teardown unsubscribes it', async () => {
    const ratio$ = new Subject<number>();
    const src = new Subject<F64>();
    const got: F64[] = [];
    const sub = src.pipe(asrc({ ...small, ratio$ })).subscribe((f) => got.push(f));
    src.next(fr(0, 8000, [new Float64Array(20)]));
    ratio$.next(2);
    src.next(fr(20, 8000, [new Float64Array(20)]));
    expect(got.map((f) => f.channels[0]!.length)).toEqual([18, 10]);
    sub.unsubscribe();
    expect(ratio$.observed).toBe(false);
  });

  it('a throwing onStatus callback errors the stream and unsubscribes the source', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const src = cold<F64>('-x-x-|', { x: fr(0, 8000, [randn(8, 1)], 0) });
      const boom = new Error('boom');
      const op = src.pipe(
        asrc({
          ...small,
          onStatus: () => {
            throw boom;
          },
        }),
      );
      expectObservable(op).toBe('-(a#)', { a: fr(0, 8000, [new FractionalResamplerKernel(small).process(randn(8, 1), 1)], 0) }, boom);
      expectSubscriptions(src.subscriptions).toBe('^!');
    });
  });

  it('names the option and the value', () => {
    expect(() => asrc({ outputSampleRate: -1 })).toThrow(/asrc: options.outputSampleRate must be > 0, got -1/);
    expect(() => asrc({ tapsPerPhase: 5 })).toThrow(/asrc: options.tapsPerPhase must be an even integer from 4 to 256, got 5/);
    expect(() => asrc({ bandwidthHz: 0 })).toThrow(/asrc: options.bandwidthHz must be in \(0, 10\], got 0/);
    expect(() => asrc({ ratio$: 3 as never })).toThrow(/asrc: options.ratio\$ must be an Observable, got 3/);
    expect(() => asrc({ onStatus: 'x' as never })).toThrow(/asrc: options.onStatus must be a function/);
  });
});
