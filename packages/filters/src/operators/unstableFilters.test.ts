// Issue 13, finding 7: an IIR with poles on or outside the unit circle is refused when it is set
// (fixed coefficients: RangeError at creation; live coefficients: ParameterError on the stream),
// unless the caller passes allowUnstable: true.
import { ParameterError, type Frame } from '@rxdsp/core';
import { lastValueFrom, of, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { testScheduler } from '@rxdsp/test-utils';
import { butter } from '../design/iir/butter';
import { lfilter } from '../kernels/lfilter';
import { linearFilter } from './linearFilter';
import { sosFilter } from './sosFilter';

type F64 = Frame<Float64Array>;
const fr = (index: number, x: ArrayLike<number>): F64 => ({ channels: [Float64Array.from(x)], sampleRate: 48000, index });
const ones = (n: number) => new Float64Array(n).fill(1);

describe('linearFilter / sosFilter refuse unstable filters', () => {
  it('fixed ba with a pole outside or on the unit circle: RangeError at creation naming linearFilter', () => {
    expect(() => linearFilter([1], [1, -1.01])).toThrow(RangeError);
    expect(() => linearFilter([1], [1, -1.01])).toThrow(/^linearFilter: a has a pole on or outside the unit circle .*allowUnstable: true/);
    expect(() => linearFilter([1], [1, -1])).toThrow(/linearFilter: a has a pole on or outside the unit circle/); // integrator
    expect(() => linearFilter([1], [2, 0, 2])).toThrow(/linearFilter: a has a pole/); // poles at ±j after a[0] normalisation
    // a mirrored (maximum-phase denominator) 4th-order Butterworth: reversed a
    const { a } = butter(4, 0.2);
    expect(() => linearFilter([1], Array.from(a).reverse())).toThrow(/linearFilter: a has a pole/);
    expect(() => linearFilter([1], a)).not.toThrow();
    expect(() => linearFilter([1], [1, -1.01], { allowUnstable: 'yes' as never })).toThrow(/linearFilter: opts.allowUnstable must be a boolean/);
  });

  it('fixed sos: RangeError naming sosFilter and the section', () => {
    const good = butter(6, 0.3, { output: 'sos' });
    const bad = [...good.map((r) => [...r]), [1, 0, 0, 1, -2, 1.1]];
    expect(() => sosFilter(bad)).toThrow(RangeError);
    expect(() => sosFilter(bad)).toThrow(/^sosFilter: sos\[3\] has a pole on or outside the unit circle \(pole radius 1\.04880884817015\d*\)/);
    expect(() => sosFilter([[1, 0, 0, 2, 0, 2]])).toThrow(/sosFilter: sos\[0\] has a pole/); // a0-normalised: a2 = 1
    expect(() => sosFilter(good)).not.toThrow();
  });

  it('allowUnstable: true runs the filter as given (same numbers as lfilter)', async () => {
    const frames = await lastValueFrom(of(fr(0, ones(4)), fr(4, ones(4))).pipe(linearFilter<F64>([1], [1, -1], { allowUnstable: true }), toArray()));
    expect(frames.flatMap((f) => Array.from(f.channels[0]!))).toEqual(Array.from(lfilter([1], [1, -1], ones(8)).y));
    const s = await lastValueFrom(of(fr(0, ones(3))).pipe(sosFilter<F64>([[1, 0, 0, 1, -1, 0]], { allowUnstable: true }), toArray()));
    expect(Array.from(s[0]!.channels[0]!)).toEqual([1, 2, 3]);
  });

  it('live coefficients turning unstable mid-stream: ParameterError at the frame after they arrive', () => {
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const c$ = hot('a--b---', { a: { b: [0.5], a: [1, -0.5] }, b: { b: [0.5], a: [1, -1.5] } });
      const src = cold<F64>('-x-y-z|', { x: fr(0, [1]), y: fr(1, [1]), z: fr(2, [1]) });
      expectObservable(src.pipe(linearFilter<F64>(c$))).toBe(
        '-x-#',
        { x: fr(0, [0.5]) },
        new ParameterError('linearFilter: a has a pole on or outside the unit circle (Schur–Cohn test: reflection coefficient k1 = -1.5, |k1| ≥ 1): the filter is unstable; pass { allowUnstable: true } to run it anyway'),
      );
    });
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const s$ = hot('a--b---', { a: [[1, 0, 0, 1, -0.5, 0]], b: [[1, 0, 0, 1, 0, -1]] });
      const src = cold<F64>('-x-y-z|', { x: fr(0, [1]), y: fr(1, [1]), z: fr(2, [1]) });
      expectObservable(src.pipe(sosFilter<F64>(s$))).toBe(
        '-x-#',
        { x: fr(0, [1]) },
        new ParameterError('sosFilter: sos[0] has a pole on or outside the unit circle (pole radius 1): the filter is unstable; pass { allowUnstable: true } to run it anyway'),
      );
      // opted out: the unstable set is used, state kept (DF2T): y0 = 1, z = [0.5, 0]; then
      // y[n] = x[n] + y[n − 2] with the carried state: y1 = 1 + 0.5 = 1.5, y2 = 1 + 0 = 1
      expectObservable(src.pipe(sosFilter<F64>(s$, { allowUnstable: true }))).toBe('-x-y-z|', { x: fr(0, [1]), y: fr(1, [1.5]), z: fr(2, [1]) });
    });
  });
});
