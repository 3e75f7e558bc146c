// The stream contract every public rxdsp operator keeps (RxJS's operator-spec checklist plus
// rxdsp's frame rules), written once and run, table-driven, over every operator of every package:
//   - a synchronous infinite source followed by take(n) stops after n outputs (the source is told to stop);
//   - a source error is forwarded as is; completion completes; unsubscription unsubscribes the source;
//   - two subscriptions never share state (cold);
//   - a change of sample rate or channel count mid-stream → FrameFormatError;
//   - malformed frames (unequal channel lengths, non-typed arrays, non-frame values, a non-finite or
//     non-positive sampleRate) → FrameFormatError with code FRAME_FORMAT, never NaN output.
import { ignoreElements, lastValueFrom, Observable, of, take, toArray, type OperatorFunction } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { randn } from './index';
import { testScheduler } from './testScheduler';

/** A frame as the contract builds them (planar, typed). */
export interface ContractFrame {
  channels: (Int16Array | Float32Array | Float64Array)[];
  sampleRate: number;
  index: number;
}

/** One operator in the contract table. */
export interface ContractRow {
  /** Label, e.g. `'sosFilter(ellip)'`. */
  readonly name: string;
  /** A fresh operator (called once per check). */
  readonly op: () => OperatorFunction<never, unknown>;
  /** Sample type of the input frames (default `'float64'`). */
  readonly dtype?: 'float64' | 'float32' | 'int16';
  /** Channels of the input frames (default 1). */
  readonly channels?: number;
  /** Samples per input frame (default 64). */
  readonly frameLength?: number;
  /** Sample rate of the input frames (default 8000). */
  readonly sampleRate?: number;
  /** Turns a frame into what the operator takes (default: the frame; `mergeChannels` takes `[frame, frame]`). */
  readonly wrap?: (frame: ContractFrame) => unknown;
  /**
   * Whether the operator refuses a change of sample rate / channel count mid-stream (default
   * true). Only an operator whose output does not depend on the format and that holds no state
   * may pass it through — and must then say so here.
   */
  readonly locksFormat?: boolean;
  /**
   * Whether the operator emits one output per input frame (default true); false for operators
   * that collect (reframe to a longer length, psd every k frames).
   */
  readonly onePerFrame?: boolean;
  /** Extra check of an output value (e.g. "all samples finite"). */
  readonly checkOutput?: (value: unknown) => void;
}

function makeFrames(row: ContractRow, count: number, seed: number): ContractFrame[] {
  const n = row.frameLength ?? 64;
  const nch = row.channels ?? 1;
  const sr = row.sampleRate ?? 8000;
  const frames: ContractFrame[] = [];
  for (let k = 0; k < count; k++) {
    const channels = Array.from({ length: nch }, (_, c) => {
      const x = randn(n, seed + 97 * k + c);
      if (row.dtype === 'int16') return Int16Array.from(x, (v) => Math.round(v * 3000));
      if (row.dtype === 'float32') return Float32Array.from(x, (v) => v * 0.1);
      return Float64Array.from(x, (v) => v * 0.1);
    });
    frames.push({ channels, sampleRate: sr, index: k * n });
  }
  return frames;
}

/** Runs `frames` through a fresh operator synchronously and returns what came out, or the error. */
function runSync(row: ContractRow, frames: readonly unknown[]): { values: unknown[]; error: unknown; completed: boolean } {
  const values: unknown[] = [];
  let error: unknown;
  let completed = false;
  of(...frames)
    .pipe(row.op() as OperatorFunction<unknown, unknown>)
    .subscribe({ next: (v) => values.push(v), error: (e: unknown) => (error = e), complete: () => (completed = true) });
  return { values, error, completed };
}

function expectFrameFormatError(result: { values: unknown[]; error: unknown }, before: number, label: string): void {
  expect(result.error, `${label}: expected a FrameFormatError`).toBeInstanceOf(Error);
  expect((result.error as { name?: string }).name, label).toBe('FrameFormatError');
  expect((result.error as { code?: string }).code, label).toBe('FRAME_FORMAT');
  expect(result.values.length, `${label}: no output after the bad frame`).toBeLessThanOrEqual(before);
}

/** Defines the contract tests for each row (one `describe` per operator). */
export function operatorContract(rows: readonly ContractRow[]): void {
  describe.each(rows)('$name keeps the operator contract', (row) => {
    const wrap = row.wrap ?? ((f: ContractFrame) => f);
    const valid = (count: number, seed = 1) => makeFrames(row, count, seed).map(wrap);

    it('a synchronous infinite source followed by take(3) stops (the source is told to stop)', async () => {
      let produced = 0;
      const frames = makeFrames(row, 8, 3);
      const endless = new Observable<unknown>((s) => {
        for (let k = 0; !s.closed && produced < 100_000; k++) {
          const f = frames[k % frames.length]!;
          produced++;
          s.next(wrap({ ...f, index: k * (row.frameLength ?? 64) }));
        }
      });
      const out = await lastValueFrom(endless.pipe(row.op() as OperatorFunction<unknown, unknown>, take(3), toArray()));
      expect(out).toHaveLength(3);
      // one output per frame: exactly 3 frames pulled; collecting operators: a bounded number
      if (row.onePerFrame ?? true) expect(produced).toBe(3);
      else expect(produced).toBeLessThan(100_000);
    });

    it('source errors are forwarded as is; completion completes; unsubscription unsubscribes the source', () => {
      const [a, b] = valid(2);
      testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
        const err = new Error('adc failed');
        const failing = cold<unknown>('a-#', { a }, err);
        expectObservable(failing.pipe(row.op() as OperatorFunction<unknown, unknown>).pipe(ignoreElements())).toBe('--#', undefined, err);
        expectSubscriptions(failing.subscriptions).toBe('^-!');
        const endless = cold<unknown>('a-b-a-b-a-b-', { a, b });
        const sub = endless.pipe(row.op() as OperatorFunction<unknown, unknown>);
        expectObservable(sub.pipe(ignoreElements()), '^----!').toBe('------');
        expectSubscriptions(endless.subscriptions).toBe('^----!');
      });
      const done = runSync(row, valid(3));
      expect(done.error).toBeUndefined();
      expect(done.completed).toBe(true);
      if (row.onePerFrame ?? true) expect(done.values).toHaveLength(3);
      for (const v of done.values) row.checkOutput?.(v);
    });

    it('two subscriptions never share state (cold): interleaved subscribers see the same output', () => {
      const frames = valid(4, 7);
      const alone = runSync(row, frames).values;
      const op = row.op() as OperatorFunction<unknown, unknown>;
      // Two subscriptions of ONE piped Observable, fed frame by frame in alternation.
      const feeds: ((v: unknown) => void)[] = [];
      const ends: (() => void)[] = [];
      const src = new Observable<unknown>((s) => {
        feeds.push((v) => s.next(v));
        ends.push(() => s.complete());
      });
      const piped = src.pipe(op);
      const seen: unknown[][] = [[], []];
      piped.subscribe((v) => seen[0]!.push(v));
      piped.subscribe((v) => seen[1]!.push(v));
      for (const f of frames) for (const feed of feeds) feed(f);
      for (const end of ends) end();
      expect(seen[0]).toEqual(alone);
      expect(seen[1]).toEqual(alone);
    });

    if (row.locksFormat ?? true) {
      it('a change of sample rate or channel count mid-stream → FrameFormatError', () => {
        const [a, b] = makeFrames(row, 2, 11);
        const rate = runSync(row, [wrap(a!), wrap({ ...b!, sampleRate: b!.sampleRate * 2 })]);
        expectFrameFormatError(rate, 1, 'sample rate change');
        const more = { ...b!, channels: [...b!.channels, b!.channels[0]!.slice()] };
        const chans = runSync(row, [wrap(a!), wrap(more)]);
        expectFrameFormatError(chans, 1, 'channel count change');
      });
    }

    it('malformed frames → FrameFormatError (code FRAME_FORMAT), never NaN output', () => {
      const [f] = makeFrames(row, 1, 13);
      const frame = f!;
      const nch = frame.channels.length;
      const cases: [string, unknown][] = [
        ['a number', 42],
        ['null', null],
        ['an object without channels', { sampleRate: frame.sampleRate, index: 0 }],
        ['plain-array channels', { ...frame, channels: frame.channels.map((c) => Array.from(c)) }],
        ['sampleRate NaN', { ...frame, sampleRate: Number.NaN }],
        ['sampleRate 0', { ...frame, sampleRate: 0 }],
        ['sampleRate −8000', { ...frame, sampleRate: -8000 }],
        ['sampleRate Infinity', { ...frame, sampleRate: Number.POSITIVE_INFINITY }],
        ['no channels', { ...frame, channels: [] }],
      ];
      if (nch >= 2) cases.push(['channels of unequal length', { ...frame, channels: frame.channels.map((c, k) => (k === 1 ? c.slice(1) : c)) }]);
      else cases.push(['channels of unequal length', { ...frame, channels: [frame.channels[0], frame.channels[0]!.slice(1)] }]);
      for (const [label, bad] of cases) {
        const isFrame = bad !== null && typeof bad === 'object' && 'channels' in (bad as object);
        const r = runSync(row, [isFrame ? wrap(bad as ContractFrame) : row.wrap ? row.wrap(bad as ContractFrame) : bad]);
        expectFrameFormatError(r, 0, label);
      }
    });
  });
}

