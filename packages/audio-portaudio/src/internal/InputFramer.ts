import type { Frame } from '@rxdsp/core';

/**
 * Cuts interleaved int16 chunks of any size (what PortAudio delivers) into planar frames of
 * exactly `frameLength` samples, with a continuous sample `index` and a `time` taken from the
 * chunk timestamps. Internal to the device sources; pure (no I/O), so it is unit-tested alone.
 *
 * ```text
 * chunks (frameLength 4):  [abc] [defgh] [ij]  →  [abcd]@0 [efgh]@4   (ij held)
 * skip(3) after [ij]:      the held [ij] is discarded, the next frame starts at index 13
 * ```
 */
export class InputFramer {
  /** Samples per channel consumed or skipped since the start (the next sample's index). */
  position = 0;
  private readonly channels: number;
  private readonly frameLength: number;
  private readonly sampleRate: number;
  private current: Int16Array[] = [];
  private fill = 0;
  private frameIndex = 0;
  private frameTime: number | undefined;

  constructor(channels: number, frameLength: number, sampleRate: number) {
    this.channels = channels;
    this.frameLength = frameLength;
    this.sampleRate = sampleRate;
    this.fresh();
  }

  private fresh(): void {
    const cur: Int16Array[] = [];
    for (let c = 0; c < this.channels; c++) cur.push(new Int16Array(this.frameLength));
    this.current = cur;
    this.fill = 0;
  }

  /** Samples held in the incomplete frame. */
  get pending(): number {
    return this.fill;
  }

  /**
   * Appends `interleaved` (length a multiple of the channel count) captured from `time`
   * seconds (the first sample's PortAudio ADC time; `undefined` or ≤ 0 when unknown) and calls
   * `emit` for every frame completed, in order.
   */
  push(interleaved: Int16Array, time: number | undefined, emit: (frame: Frame<Int16Array>) => void): void {
    const nch = this.channels;
    const frames = Math.floor(interleaved.length / nch);
    const knownTime = time !== undefined && time > 0 ? time : undefined;
    let j = 0;
    while (j < frames) {
      if (this.fill === 0) {
        this.frameIndex = this.position;
        this.frameTime = knownTime === undefined ? undefined : knownTime + j / this.sampleRate;
      }
      const take = Math.min(this.frameLength - this.fill, frames - j);
      for (let c = 0; c < nch; c++) {
        const dst = this.current[c]!;
        if (nch === 1) {
          dst.set(interleaved.subarray(j, j + take), this.fill);
        } else {
          for (let i = 0, k = j * nch + c; i < take; i++, k += nch) dst[this.fill + i] = interleaved[k]!;
        }
      }
      this.fill += take;
      this.position += take;
      j += take;
      if (this.fill === this.frameLength) {
        const frame: Frame<Int16Array> =
          this.frameTime === undefined
            ? { channels: this.current, sampleRate: this.sampleRate, index: this.frameIndex }
            : { channels: this.current, sampleRate: this.sampleRate, index: this.frameIndex, time: this.frameTime };
        this.fresh();
        emit(frame);
      }
    }
  }

  /**
   * Records `frames` lost samples (input dropped): the incomplete frame is discarded and the
   * next frame's index jumps, so the loss shows as a gap in `index`.
   */
  skip(frames: number): void {
    if (frames <= 0) return;
    this.position += frames;
    this.fresh();
  }
}
