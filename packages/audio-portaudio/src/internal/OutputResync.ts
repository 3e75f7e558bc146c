/**
 * The bound on a duplex output queue: decides, for each output frame, whether it is written or
 * dropped so that the queue ahead of new frames stays at the cushion. Pure (no I/O), so it is
 * unit-tested alone; `duplex` feeds it the queue length it reads from the native ring. Internal.
 *
 * A queue found longer than `cushion + frameLength` samples starts a resync (counted); frames are
 * then dropped, whole, until the queue ahead of a new frame is back at the cushion.
 *
 * ```text
 * samples ahead of each new frame, in frames (cushion 1; ✕ = dropped):
 *   1 1 1 ‖stall‖ 0 1 2 3✕ 3✕ 2✕ 1 1 1 …   → resyncs 1, droppedSamples 3 frames
 * ```
 */
export class OutputResync {
  /** Resyncs started so far. */
  resyncs = 0;
  /** Samples per channel dropped so far. */
  droppedSamples = 0;
  private active = false;
  private readonly cushion: number;
  private readonly frameLength: number;

  /** @param cushion samples per channel to keep ahead of a new frame (prefill · frameLength) */
  constructor(cushion: number, frameLength: number) {
    this.cushion = cushion;
    this.frameLength = frameLength;
  }

  /** Whether a resync is in progress (frames are being dropped). */
  get resyncing(): boolean {
    return this.active;
  }

  /**
   * `ahead`: samples per channel queued ahead of a frame of `length` samples. Returns 'write',
   * 'drop', or 'start' (a new resync begins with this frame, which is dropped).
   */
  admit(ahead: number, length: number): 'write' | 'drop' | 'start' {
    let started = false;
    if (!this.active && ahead > this.cushion + this.frameLength) {
      this.active = true;
      this.resyncs++;
      started = true;
    }
    if (!this.active) return 'write';
    if (ahead > this.cushion) {
      this.droppedSamples += length;
      return started ? 'start' : 'drop';
    }
    this.active = false;
    return 'write';
  }
}
