// The stream contract every frame-by-frame core operator keeps, checked the same way for each
// (STYLE.md "Tests"): empty source, one frame, many frames, a synchronous burst, an error from the
// source after frames, a never-completing source unsubscribed mid-way (expectSubscriptions), and
// what completion flushes (nothing: these operators hold no partial frame; `reframe`, which does,
// has its own flush tests). Each row gives two input frames and the outputs worked out by hand in
// the comment beside it, so a row is a small golden vector, not the operator run twice.
import { NEVER, type Observable, type OperatorFunction } from 'rxjs';
import { describe, it } from 'vitest';
import { at, f64, i16, testScheduler } from '../../test/support/testing';
import { ParameterError } from '../types/errors';
import type { Frame } from '../types/Frame';
import { gain } from './gain';
import { mergeChannels } from './mergeChannels';
import { mixChannels } from './mixChannels';
import { pan } from './pan';
import { process } from './process';
import { selectChannels } from './selectChannels';
import { takeSeconds } from './takeSeconds';
import { toFloat } from './toFloat';
import { toInt16 } from './toInt16';

const SR = 1000;

interface Row {
  readonly name: string;
  readonly op: () => OperatorFunction<unknown, unknown>;
  readonly a: unknown;
  readonly b: unknown;
  readonly A: unknown;
  readonly B: unknown;
}

const row = <I, O>(name: string, op: () => OperatorFunction<I, O>, a: I, b: I, A: O, B: O): Row => ({
  name,
  op: op as unknown as () => OperatorFunction<unknown, unknown>,
  a,
  b,
  A,
  B,
});

const sa = at(f64(0, SR, [0.25, -0.5], [1, 2]), 0);
const sb = f64(2, SR, [2, 0], [-1, 0.5]);
const ma = at(f64(0, SR, [1, -2]), 0);
const mb = f64(2, SR, [4, 0.5]);

const rows: readonly Row[] = [
  // 2·x per sample
  row('gain(2)', () => gain(2), sa, sb, at(f64(0, SR, [0.5, -1], [2, 4]), 0), f64(2, SR, [4, 0], [-2, 1])),
  // channels swapped
  row('selectChannels([1, 0])', () => selectChannels([1, 0]), sa, sb, at(f64(0, SR, [1, 2], [0.25, -0.5]), 0), f64(2, SR, [-1, 0.5], [2, 0])),
  // (L + R) / 2: [(0.25 + 1)/2, (−0.5 + 2)/2] = [0.625, 0.75]; [(2 − 1)/2, (0 + 0.5)/2] = [0.5, 0.25]
  row('mixChannels([[0.5, 0.5]])', () => mixChannels([[0.5, 0.5]]), sa, sb, at(f64(0, SR, [0.625, 0.75]), 0), f64(2, SR, [0.5, 0.25])),
  // linear law at p = 0.5: gL = (1 − 0.5)/2 = 0.25, gR = (1 + 0.5)/2 = 0.75
  row('pan(0.5, linear)', () => pan(0.5, { law: 'linear' }), ma, mb, at(f64(0, SR, [0.25, -0.5], [0.75, -1.5]), 0), f64(2, SR, [1, 0.125], [3, 0.375])),
  // stereo balance at p = −0.5: gL = min(1, 1.5) = 1, gR = min(1, 0.5) = 0.5
  row('pan(−0.5) on stereo', () => pan(-0.5), sa, sb, at(f64(0, SR, [0.25, -0.5], [0.5, 1]), 0), f64(2, SR, [2, 0], [-0.5, 0.25])),
  // rounded to nearest, halves away from zero: 0.25 → 0, −0.5 → −1, 0.5 → 1
  row('toInt16(int16)', () => toInt16({ scale: 'int16' }), sa, sb, at(i16(0, SR, [0, -1], [1, 2]), 0), i16(2, SR, [2, 0], [-1, 1])),
  // ÷ 32768: 16384 → 0.5, −32768 → −1, 8192 → 0.25
  row(
    'toFloat(unit)',
    () => toFloat({ scale: 'unit' }),
    at(i16(0, SR, [16384, -32768]), 0),
    i16(2, SR, [8192, 0]),
    at(f64(0, SR, [0.5, -1]), 0),
    f64(2, SR, [0.25, 0]),
  ),
  // a stateless callback (state passes through unchanged): −x
  row(
    'process(negate)',
    () => process<Float64Array, Float64Array, number>((f, s) => [{ ...f, channels: f.channels.map((c) => c.map((v) => -v)) }, s], 0),
    ma,
    mb,
    at(f64(0, SR, [-1, 2]), 0),
    f64(2, SR, [-4, -0.5]),
  ),
  // far longer than any pattern below (10 s = 10 000 samples): every frame passes unchanged
  row('takeSeconds(10)', () => takeSeconds(10), ma, mb, ma, mb),
  // zipped mono inputs → one stereo frame, index/time of input 0
  row('mergeChannels()', () => mergeChannels(), [ma, f64(0, SR, [3, 3])], [mb, f64(2, SR, [5, 6])], at(f64(0, SR, [1, -2], [3, 3]), 0), f64(2, SR, [4, 0.5], [5, 6])),
];

describe.each(rows)('$name: the stream contract (marbles)', (r) => {
  const vals = { a: r.a, b: r.b };
  const outs = { A: r.A, B: r.B };

  it('empty source: completes at the same frame, no output, no flush', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const src = cold<unknown>('---|');
      expectObservable(src.pipe(r.op())).toBe('---|');
      expectSubscriptions(src.subscriptions).toBe('^--!');
    });
  });

  it('one frame, then completion', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold<unknown>('-a|', vals).pipe(r.op())).toBe('-A|', outs);
    });
  });

  it('many frames keep their timing; a synchronous burst stays synchronous', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold<unknown>('a-b--a---b|', vals).pipe(r.op())).toBe('A-B--A---B|', outs);
      expectObservable(cold<unknown>('(ab)|', vals).pipe(r.op())).toBe('(AB)|', outs);
    });
  });

  it('a source error after frames is forwarded as is', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const err = new Error('adc failed');
      const src = cold<unknown>('a-b#', vals, err);
      expectObservable(src.pipe(r.op())).toBe('A-B#', outs, err);
      expectSubscriptions(src.subscriptions).toBe('^--!');
    });
  });

  it('a never-completing source: frames keep coming until the consumer unsubscribes, which unsubscribes the source', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const src = cold<unknown>('a-b-a-b-a-b-', vals);
      expectObservable(src.pipe(r.op()), '^------!').toBe('A-B-A-B', outs);
      expectSubscriptions(src.subscriptions).toBe('^------!');
    });
  });
});

describe('operators with an Observable parameter before its first value (no frame is lost silently)', () => {
  const frames = { a: ma, b: mb };
  it('gain: frames before g$ emits use opts.initial (default 1: unity), then the latest value', () => {
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const g = hot<number>('----x', { x: 3 });
      expectObservable(cold('a-b-a-b|', frames).pipe(gain(g))).toBe('a-b-A-B|', { a: ma, b: mb, A: at(f64(0, SR, [3, -6]), 0), B: f64(2, SR, [12, 1.5]) });
      // a g$ that never emits: the whole stream passes at opts.initial
      expectObservable(cold('a-b|', frames).pipe(gain(NEVER as Observable<number>, { initial: 0.5 }))).toBe('A-B|', {
        A: at(f64(0, SR, [0.5, -1]), 0),
        B: f64(2, SR, [2, 0.25]),
      });
    });
  });

  it('pan: frames before p$ emits are placed at opts.initial (default 0: centre)', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      // linear law at p = 0: gL = gR = 0.5
      expectObservable(cold('a|', frames).pipe(pan(NEVER as Observable<number>, { law: 'linear' }))).toBe('A|', {
        A: at(f64(0, SR, [0.5, -1], [0.5, -1]), 0),
      });
    });
  });

  it('mixChannels: with no initial matrix a frame before matrix$ emits errors (ParameterError), never dropped or passed unmixed', () => {
    testScheduler().run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const src = cold('a-b|', { a: sa, b: sb });
      const m = hot<number[][]>('-x', { x: [[1, 0]] });
      expectObservable(src.pipe(mixChannels(m))).toBe(
        '#',
        undefined,
        new ParameterError('mixChannels: a frame arrived before matrix$ emitted a value and no initial value was given (start it with a BehaviorSubject or startWith)'),
      );
      // with opts.initial the first frame is mixed with it, later ones with matrix$'s [[1, 0]]
      expectObservable(src.pipe(mixChannels(m, { initial: [[0, 1]] }))).toBe('A-B|', { A: at(f64(0, SR, [1, 2]), 0), B: f64(2, SR, [2, 0]) });
      // the first subscription is dropped at once by the error
      expectSubscriptions(src.subscriptions).toBe(['(^!)', '^--!']);
    });
  });
});
