import type { Frame, SampleArray } from '../types/Frame';
import { makeFrame, type SampleArrayCtor } from '../internal/frames';
import { checkInt, checkPositive, describeValue } from '../validate/validate';

/** Options of {@link Framer}. */
export interface FramerOptions<T extends SampleArray = Float64Array> {
  /** Channels per block and per frame, integer ≥ 1. */
  readonly channels: number;
  /** Samples per channel of every frame, integer ≥ 1. */
  readonly frameLength: number;
  /** Sample rate in Hz (> 0): the frames' `sampleRate`, and the step of their `time`. */
  readonly sampleRate: number;
  /** Sample array type of the frames (default `Float64Array`); pushed blocks must be of this type. */
  readonly arrayType?: new (length: number) => T;
  /** `index` of the first sample pushed (default 0). */
  readonly index?: number;
}

/**
 * Receives a frame completed by {@link Framer}. Returning `false` stops the push that completed
 * it: the rest of that block is not taken (for a consumer that has unsubscribed).
 */
export type FramerEmit<T extends SampleArray> = (frame: Frame<T>) => boolean | void;

/**
 * The framing engine: a planar sample FIFO fed with blocks of any length that hands out frames
 * of exactly `frameLength` samples per channel, with a continuous `index` (the `reframe`
 * operator, the device sources' input framing and the simulated device are built on it). Plain
 * TypeScript, no RxJS; one instance per stream.
 *
 * ```text
 * Framer(frameLength 4):  push [abc]  push [defgh]  push [ij]   flush('pad')
 * emits:                  —           [abcd]@0 [efgh]@4  —       [ij00]@8
 * ```
 *
 * A frame is emitted (through the `emit` callback) as soon as it is full, during the push that
 * completes it; one push may emit several. Every frame gets new arrays (the emitted arrays are
 * never written again, so consumers may keep them); the pushed blocks are only read (copied on
 * push). A frame's `time`, when the block that starts it has a time, is that block's time plus
 * the frame's offset in it divided by `sampleRate`. State: the samples held ({@link pending}) and
 * the next sample's index ({@link position}); {@link reset} empties it. Costs: one copy of each
 * sample, one array per channel per frame, no allocation per sample.
 *
 * ## Example
 * ```ts
 * import { Framer } from '@rxdsp/core';
 * const framer = new Framer({ channels: 1, frameLength: 4, sampleRate: 8000 });
 * const log = (f: { index: number; channels: Float64Array[] }) => console.log(f.index, [...f.channels[0]!]);
 * framer.push([Float64Array.of(1, 2, 3)], undefined, log); // nothing yet
 * framer.push([Float64Array.of(4, 5, 6, 7, 8, 9)], undefined, log); // 0 [1,2,3,4], then 4 [5,6,7,8]
 * log(framer.flush('pad')!); // 8 [9,0,0,0]
 * ```
 *
 * @typeParam T the sample array type of blocks and frames.
 * @throws RangeError / TypeError naming `Framer` and the option, at construction.
 */
export class Framer<T extends SampleArray = Float64Array> {
  /** Channels per block and frame. */
  readonly channels: number;
  /** Samples per channel of every emitted frame. */
  readonly frameLength: number;
  /** Sample rate in Hz of the frames. */
  readonly sampleRate: number;
  private readonly ctor: new (length: number) => T;
  private pos: number;
  private buf: T[] | undefined = undefined;
  private fill = 0;
  private frameIndex = 0;
  private frameTime: number | undefined = undefined;

  constructor(opts: FramerOptions<T>) {
    const fn = 'Framer';
    if (opts === null || typeof opts !== 'object') throw new TypeError(`${fn}: opts must be an object, got ${describeValue(opts)}`);
    this.channels = checkInt(fn, 'opts.channels', opts.channels);
    this.frameLength = checkInt(fn, 'opts.frameLength', opts.frameLength);
    this.sampleRate = checkPositive(fn, 'opts.sampleRate', opts.sampleRate);
    const ctor = (opts.arrayType ?? Float64Array) as SampleArrayCtor;
    if (ctor !== Float64Array && ctor !== Float32Array && ctor !== Int16Array) {
      throw new TypeError(`${fn}: opts.arrayType must be Int16Array, Float32Array or Float64Array, got ${describeValue(ctor)}`);
    }
    this.ctor = ctor as unknown as new (length: number) => T;
    const index = opts.index ?? 0;
    if (typeof index !== 'number' || !Number.isFinite(index)) throw new TypeError(`${fn}: opts.index must be a finite number, got ${describeValue(index)}`);
    this.pos = index;
  }

  /** Index of the next sample to be pushed: the first index plus every sample pushed or skipped. */
  get position(): number {
    return this.pos;
  }

  /** Samples per channel held in the incomplete frame (0 ≤ pending < frameLength). */
  get pending(): number {
    return this.fill;
  }

  /**
   * Appends one planar block (`channels` arrays of one length, of the frames' type) and emits
   * every frame it completes, in order.
   * @param block the samples, one array per channel; only read.
   * @param time time in seconds of the block's first sample, or undefined (the frames then have no `time`).
   * @param emit receives each completed frame; returning `false` stops taking this block.
   */
  push(block: readonly T[], time: number | undefined, emit: FramerEmit<T>): void {
    if (block.length !== this.channels) throw new RangeError(`Framer.push: block has ${block.length} channels, expected ${this.channels}`);
    const n = block[0]?.length ?? 0;
    const nch = this.channels;
    let j = 0;
    while (j < n) {
      const dst = this.open(time, j);
      const take = Math.min(this.frameLength - this.fill, n - j);
      for (let c = 0; c < nch; c++) (dst[c] as T).set((block[c] as T).subarray(j, j + take), this.fill);
      j += take;
      if (this.advance(take, emit) === false) return;
    }
  }

  /**
   * Appends one interleaved block (`c0 c1 … c0 c1 …`, its length a multiple of `channels`;
   * a trailing partial sample is ignored) and emits every frame it completes: the device
   * boundary's deinterleave and framing in one pass.
   * @param data interleaved samples of the frames' type; only read.
   * @param time time in seconds of the block's first sample, or undefined.
   * @param emit receives each completed frame; returning `false` stops taking this block.
   */
  pushInterleaved(data: T, time: number | undefined, emit: FramerEmit<T>): void {
    const nch = this.channels;
    const n = Math.floor(data.length / nch);
    let j = 0;
    while (j < n) {
      const dst = this.open(time, j);
      const take = Math.min(this.frameLength - this.fill, n - j);
      if (nch === 1) {
        (dst[0] as T).set(data.subarray(j, j + take), this.fill);
      } else {
        for (let c = 0; c < nch; c++) {
          const d = dst[c] as T;
          for (let i = 0, k = j * nch + c, at = this.fill; i < take; i++, k += nch) d[at + i] = data[k] as number;
        }
      }
      j += take;
      if (this.advance(take, emit) === false) return;
    }
  }

  /**
   * Appends `count` zeros per channel (silence in place of lost samples) and emits every frame
   * they complete.
   * @param count samples per channel, integer ≥ 0.
   * @param timeAfter time in seconds of the sample that follows the zeros (each zero is
   *   `1/sampleRate` before the next), or undefined.
   * @param emit receives each completed frame; returning `false` stops.
   */
  pushZeros(count: number, timeAfter: number | undefined, emit: FramerEmit<T>): void {
    let left = count;
    while (left > 0) {
      // a frame's arrays start zeroed, so only the fill moves
      this.open(timeAfter, -left);
      const take = Math.min(this.frameLength - this.fill, left);
      left -= take;
      if (this.advance(take, emit) === false) return;
    }
  }

  /**
   * Records `count` lost samples: the incomplete frame is discarded and {@link position} jumps
   * by `count`, so the loss shows as a gap in the frames' `index`. No-op for `count` ≤ 0.
   */
  skip(count: number): void {
    if (count <= 0) return;
    this.pos += count;
    this.buf = undefined;
    this.fill = 0;
  }

  /**
   * Hands out the incomplete frame (and empties it): `'emit'` with its samples only (shorter
   * than `frameLength`), `'pad'` zero-padded to `frameLength`. Undefined when nothing is held.
   * {@link position} is unchanged.
   */
  flush(tail: 'emit' | 'pad'): Frame<T> | undefined {
    const buf = this.buf;
    if (buf === undefined || this.fill === 0) return undefined;
    const chans = tail === 'pad' ? buf : buf.map((a) => a.slice(0, this.fill) as T);
    const frame = makeFrame(chans, this.sampleRate, this.frameIndex, this.frameTime);
    this.buf = undefined;
    this.fill = 0;
    return frame;
  }

  /** Drops the samples held and restarts the index at `index` (default 0): like a new instance. */
  reset(index = 0): void {
    this.buf = undefined;
    this.fill = 0;
    this.pos = index;
  }

  /** The incomplete frame's arrays, started (zeroed) when there is none, its time `time + offset/sampleRate`. */
  private open(time: number | undefined, offset: number): T[] {
    if (this.buf !== undefined) return this.buf;
    const buf: T[] = [];
    for (let c = 0; c < this.channels; c++) buf.push(new this.ctor(this.frameLength));
    this.buf = buf;
    this.fill = 0;
    this.frameIndex = this.pos;
    this.frameTime = time === undefined ? undefined : time + offset / this.sampleRate;
    return buf;
  }

  /** Counts `take` samples written and emits the frame if it is full; the emit callback's answer. */
  private advance(take: number, emit: FramerEmit<T>): boolean | void {
    this.fill += take;
    this.pos += take;
    if (this.fill !== this.frameLength) return true;
    const frame = makeFrame(this.buf as T[], this.sampleRate, this.frameIndex, this.frameTime);
    this.buf = undefined;
    this.fill = 0;
    return emit(frame);
  }
}
