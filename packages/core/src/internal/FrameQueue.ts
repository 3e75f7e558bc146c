import { Framer } from '../dsp/Framer';
import type { Frame } from '../types/Frame';

/**
 * A pull-side FIFO of planar Int16 samples read in frames of `frameLength` (the simulated
 * device's input reader and output queue): blocks of any length go in, the {@link Framer} cuts
 * them, full frames wait here until read. Pushed blocks are only read (copied on push).
 */
export class FrameQueue {
  private readonly framer: Framer<Int16Array>;
  private readonly ready: Int16Array[][] = [];
  private readonly collect = (frame: Frame<Int16Array>): void => {
    this.ready.push(frame.channels as Int16Array[]); // new arrays, owned by the queue
  };

  constructor(channels: number, readonly frameLength: number, sampleRate: number) {
    this.framer = new Framer<Int16Array>({ channels, frameLength, sampleRate, arrayType: Int16Array });
  }

  /** Samples per channel queued (full frames and the incomplete one). */
  get length(): number {
    return this.ready.length * this.frameLength + this.framer.pending;
  }

  /** Appends one block (one array per channel, equal lengths). */
  push(chans: readonly Int16Array[]): void {
    this.framer.push(chans, undefined, this.collect);
  }

  /** Appends `count` zeros per channel. */
  pushSilence(count: number): void {
    this.framer.pushZeros(count, undefined, this.collect);
  }

  /** Removes and returns the oldest full frame's channels, or undefined when none is complete. */
  pop(): Int16Array[] | undefined {
    return this.ready.shift();
  }

  /**
   * Removes and returns the samples held short of a full frame (call when no full frame is
   * left): `'emit'` as they are, `'pad'` zero-padded to `frameLength`; undefined when empty.
   */
  rest(tail: 'emit' | 'pad'): Int16Array[] | undefined {
    return this.framer.flush(tail)?.channels as Int16Array[] | undefined;
  }

  clear(): void {
    this.ready.length = 0;
    this.framer.reset();
  }
}
