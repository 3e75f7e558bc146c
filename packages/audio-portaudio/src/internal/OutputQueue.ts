import type { StreamLease } from './DeviceHost';

/**
 * JavaScript-side queue of interleaved int16 output in front of the native output ring.
 * `flush` moves as much as fits into the ring (the rest waits for the next PortAudio callback);
 * chunks are never modified (a partly written chunk continues from a subarray). Internal.
 */
export class OutputQueue {
  private readonly chunks: Int16Array[] = [];
  /** Frames (samples per channel) waiting in JavaScript. */
  queuedFrames = 0;
  /** Frames accepted by the native ring so far. */
  writtenFrames = 0;
  private readonly channels: number;

  constructor(channels: number) {
    this.channels = channels;
  }

  push(interleaved: Int16Array): void {
    if (interleaved.length === 0) return;
    this.chunks.push(interleaved);
    this.queuedFrames += interleaved.length / this.channels;
  }

  /** Writes queued chunks into the lease's ring until it is full; returns the frames written. */
  flush(lease: StreamLease): number {
    let total = 0;
    while (this.chunks.length > 0) {
      const chunk = this.chunks[0]!;
      const frames = chunk.length / this.channels;
      const n = lease.write(chunk, this.channels);
      total += n;
      if (n >= frames) {
        this.chunks.shift();
      } else {
        if (n > 0) this.chunks[0] = chunk.subarray(n * this.channels);
        break;
      }
    }
    this.queuedFrames -= total;
    this.writtenFrames += total;
    return total;
  }
}
