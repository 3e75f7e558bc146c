// Issue 10, finding 2: one NaN or Inf must not silence a filter for the rest of the stream.
// Policy `nonFinite`: 'reset' (default) | 'error' | 'propagate' (scipy's behaviour).
import { fromSamples, NonFiniteError, type Frame, type NonFiniteEvent } from '@rxdsp/core';
import { randn } from '@rxdsp/test-utils';
import { lastValueFrom, toArray, type OperatorFunction } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { butter, ellip, firFilter, firwin, lfilter, linearFilter, lms, sosfilt, sosFilter } from '../src/index';

const sos = ellip(4, 0.5, 50, 0.2, { output: 'sos' });
const { b, a } = butter(4, 0.25);
const taps = firwin(41, 0.3);
const N = 4096;
const FRAME = 256;

type F = Frame<Float64Array>;
async function run(x: Float64Array | Float64Array[], op: OperatorFunction<F, F>): Promise<Float64Array[]> {
  const frames = await lastValueFrom(fromSamples(x, { sampleRate: 48000, frameLength: FRAME }).pipe(op as never, toArray()));
  const chans = (frames as F[])[0]!.channels.length;
  return Array.from({ length: chans }, (_, c) => Float64Array.from((frames as F[]).flatMap((f) => Array.from(f.channels[c]!))));
}
const allFinite = (y: ArrayLike<number>) => Array.prototype.every.call(y, (v: number) => Number.isFinite(v));

const filters: { name: string; make: (opts: object) => OperatorFunction<F, F> & { events$: import('rxjs').Observable<NonFiniteEvent> }; ref: (x: Float64Array) => Float64Array }[] = [
  { name: 'sosFilter', make: (o) => sosFilter(sos, o) as never, ref: (x) => sosfilt(sos, x).y },
  { name: 'linearFilter', make: (o) => linearFilter(b, a, o) as never, ref: (x) => lfilter(b, a, x).y },
  { name: 'firFilter', make: (o) => firFilter(taps, o as never) as never, ref: (x) => lfilter(taps, [1], x).y },
];

describe.each(filters)('$name: non-finite input samples', ({ make, ref }) => {
  const x = randn(N, 5);
  for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
    it(`'reset' (default): a ${bad} counts as 0 for the state; the output equals the filter of the zeroed input; the event is reported`, async () => {
      const xb = x.slice();
      xb[300] = bad;
      const op = make({});
      const events: NonFiniteEvent[] = [];
      const callbacks: NonFiniteEvent[] = [];
      const sub = op.events$.subscribe((e) => events.push(e));
      const [y] = await run(xb, make({ onNonFinite: (e: NonFiniteEvent) => callbacks.push(e) }));
      await run(xb, op);
      sub.unsubscribe();
      const x0 = x.slice();
      x0[300] = 0;
      const want = ref(x0);
      expect(allFinite(y!)).toBe(true);
      for (let i = 0; i < N; i++) expect(Math.abs(y![i]! - want[i]!)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(want[i]!)));
      const expected = { kind: 'input', frameIndex: 256, channel: 0, offset: 44, count: 1 };
      expect(events).toEqual([{ fn: expect.any(String), ...expected }]);
      expect(callbacks).toEqual(events);
    });
  }

  it("'error': NonFiniteError (code NON_FINITE) naming the frame index, channel and offset", async () => {
    const xb = x.slice();
    xb[1000] = Number.NaN;
    const err = await run([x, xb], make({ nonFinite: 'error' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NonFiniteError);
    expect(err).toMatchObject({ code: 'NON_FINITE', frameIndex: 768, channel: 1, offset: 232 });
    expect((err as Error).message).toMatch(/non-finite input sample NaN at sample 232 of channel 1 of the frame at index 768/);
  });

  it("'propagate': scipy's behaviour, the NaN goes into the state", async () => {
    const xb = x.slice();
    xb[300] = Number.NaN;
    const [y] = await run(xb, make({ nonFinite: 'propagate' }));
    expect(Number.isNaN(y![300])).toBe(true);
  });

  it('rejects an unknown policy at creation, naming the function', () => {
    expect(() => make({ nonFinite: 'ignore' })).toThrow(/opts.nonFinite must be one of 'reset', 'error', 'propagate', got "ignore"/);
  });
});

describe('IIR state that becomes non-finite from finite input (overflow) is reset under the default policy', () => {
  it('sosFilter: a section overflowing to Infinity is reset where it shows; the rest of the frame and the stream go on', async () => {
    // y[n] = x[n] + x[n−1] as one section: two consecutive 1e308 inputs overflow to +Inf.
    const x = new Float64Array(1024).fill(0.5);
    x[10] = 1e308;
    x[11] = 1e308;
    const op = sosFilter([[1, 1, 0, 1, 0, 0]]);
    const events: NonFiniteEvent[] = [];
    op.events$.subscribe((e) => events.push(e));
    const [y] = await run(x, op as never);
    expect(allFinite(y!)).toBe(true);
    expect(events).toEqual([{ fn: 'sosFilter', kind: 'state', frameIndex: 0, channel: 0, offset: 11, count: 1 }]);
    // y[10] = 1e308 + 0.5 (finite); y[11] overflows → 0 and the state is reset there; from sample 12
    // on the filter runs from zero state: y[12] = 0.5 (x[11] forgotten), then 0.5 + 0.5.
    expect(y![10]).toBe(1e308);
    expect(y![11]).toBe(0);
    expect(y![12]).toBe(0.5);
    expect(y![13]).toBe(1);
    expect(y![300]).toBe(1);
  });
});

describe('lms: non-finite inputs and divergent weights', () => {
  it("'reset': a NaN in the desired signal counts as 0; the weights still converge; reported", async () => {
    const x = randn(N, 8);
    const d = lfilter([0.5, -0.3, 0.1], [1], x).y;
    d[500] = Number.NaN;
    const op = lms({ taps: 4, mu: 0.5, normalized: true });
    const events: NonFiniteEvent[] = [];
    op.events$.subscribe((e) => events.push(e));
    const weights: Float64Array[] = [];
    op.weights$.subscribe((w) => weights.push(w));
    const [y, e] = await run([x, d], op as never);
    expect(allFinite(y!) && allFinite(e!)).toBe(true);
    expect(events).toEqual([{ fn: 'lms', kind: 'input', frameIndex: 256, channel: 1, offset: 244, count: 1 }]);
    const w = weights.at(-1)!;
    [0.5, -0.3, 0.1, 0].forEach((v, k) => expect(Math.abs(w[k]! - v)).toBeLessThan(1e-6));
  });

  it("'error' names the frame; 'propagate' lets the NaN into the weights for good", async () => {
    const x = randn(1024, 9);
    const d = x.slice();
    x[5] = Number.NaN;
    const err = await run([x, d], lms({ taps: 2, mu: 0.1, normalized: false, nonFinite: 'error' }) as never).catch((er: unknown) => er);
    expect(err).toMatchObject({ code: 'NON_FINITE', frameIndex: 0, channel: 0, offset: 5 });
    const [y] = await run([x, d], lms({ taps: 2, mu: 0.1, normalized: false, nonFinite: 'propagate' }) as never);
    expect(Number.isNaN(y![1000])).toBe(true);
  });
});

describe('end to end: the float WAV with one NaN that used to come out silent', () => {
  it('sosFilter → the output after the NaN is the filtered signal, not zeros', async () => {
    const x = randn(48000, 3).map((v) => v * 0.1);
    x[10] = Number.NaN;
    const [y] = await run(x, sosFilter(sos) as never);
    let energy = 0;
    for (let i = 11; i < y!.length; i++) energy += y![i]! * y![i]!;
    expect(allFinite(y!)).toBe(true);
    expect(energy).toBeGreaterThan(1);
  });
});
