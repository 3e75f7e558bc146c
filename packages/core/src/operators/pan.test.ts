import { describe, expect, it } from 'vitest';
import { expectClose } from '@rxdsp/test-utils';
import { f64, i16, testScheduler } from '../../test/support/testing';
import { FrameFormatError, ParameterError } from '../types/errors';
import type { Frame } from '../types/Frame';
import { pan } from './pan';

const SR = 1000;
// centre gains: cos(π/4) and sin(π/4) (equal to 1/√2 within one ulp; computed the way pan does)
const hl = Math.cos(Math.PI / 4);
const hr = Math.sin(Math.PI / 4);

describe('pan', () => {
  it('mono → stereo with the constant-power law (power gL² + gR² = 1 at every position)', () => {
    for (const p of [-1, -0.5, 0, 0.3, 1]) {
      let got: Frame | undefined;
      testScheduler().run(({ cold }) => {
        cold('a|', { a: f64(0, SR, [1]) }).pipe(pan(p)).subscribe((f) => (got = f));
      });
      const l = got?.channels[0]?.[0] as number;
      const r = got?.channels[1]?.[0] as number;
      const th = ((p + 1) * Math.PI) / 4;
      expectClose([l, r], [Math.cos(th), Math.sin(th)], { atol: 1e-15, label: `p=${p}` });
      expect(l * l + r * r).toBeCloseTo(1, 14);
    }
  });

  it('marbles: many frames, linear law, stereo balance, Int16 promoted', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const mono = cold('a-b|', { a: f64(0, SR, [1, 2]), b: f64(2, SR, [4, 0]) });
      expectObservable(mono.pipe(pan(0))).toBe('a-b|', { a: f64(0, SR, [hl, 2 * hl], [hr, 2 * hr]), b: f64(2, SR, [4 * hl, 0], [4 * hr, 0]) });
      expectObservable(mono.pipe(pan(0.5, { law: 'linear' }))).toBe('a-b|', {
        a: f64(0, SR, [0.25, 0.5], [0.75, 1.5]),
        b: f64(2, SR, [1, 0], [3, 0]),
      });
      const stereo = cold('a|', { a: f64(0, SR, [1, 1], [2, 2]) });
      expectObservable(stereo.pipe(pan(0.5))).toBe('a|', { a: f64(0, SR, [0.5, 0.5], [2, 2]) });
      expectObservable(stereo.pipe(pan(-1))).toBe('a|', { a: f64(0, SR, [1, 1], [0, 0]) });
      expectObservable(stereo.pipe(pan(0))).toBe('a|', { a: f64(0, SR, [1, 1], [2, 2]) });
      const int = cold('a|', { a: i16(0, SR, [100]) });
      expectObservable(int.pipe(pan(1))).toBe('a|', { a: f64(0, SR, [100 * Math.cos(Math.PI / 2)], [100]) });
    });
  });

  it('marbles: empty, error, unsubscribe, pan Observable, bad values, 3 channels', () => {
    testScheduler().run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      expectObservable(cold<Frame<Float64Array>>('|').pipe(pan(0))).toBe('|');
      expectObservable(cold('a#', { a: f64(0, SR, [1], [1]) }).pipe(pan(0))).toBe('a#', { a: f64(0, SR, [1], [1]) });
      const src = cold('a-a-a-a', { a: f64(0, SR, [1], [1]) });
      expectObservable(src.pipe(pan(1)), '^--!').toBe('a-a', { a: f64(0, SR, [0], [1]) });
      expectSubscriptions(src.subscriptions).toBe('^--!');
      const p$ = hot<number>('--x-y', { x: -1, y: 2 });
      expectObservable(cold('a-a-a-a', { a: f64(0, SR, [1], [1]) }).pipe(pan(p$, { initial: 1 }))).toBe(
        'a-b-#',
        { a: f64(0, SR, [0], [1]), b: f64(0, SR, [1], [0]) },
        new ParameterError('pan: p must be in [-1, 1], got 2'),
      );
      expectObservable(cold('a', { a: f64(4, SR, [1], [1], [1]) }).pipe(pan(0))).toBe(
        '#',
        undefined,
        new FrameFormatError('pan: expected a mono or stereo frame, got 3 channels at index 4'),
      );
    });
    expect(() => pan(1.5)).toThrow(/pan: p must be in \[-1, 1\], got 1.5/);
    expect(() => pan(0, { law: 'sine' as never })).toThrow(/opts.law must be one of/);
    expect(() => pan(Number.NaN)).toThrow(RangeError);
  });
});
