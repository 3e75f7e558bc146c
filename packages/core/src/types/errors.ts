/**
 * Base class of the errors rxdsp operators send to `subscriber.error` while streaming.
 * Configuration mistakes are thrown synchronously as `RangeError` / `TypeError` instead.
 * Subclasses: {@link FrameFormatError} (`FRAME_FORMAT`), {@link ParameterError} (`PARAMETER`),
 * {@link FrameMismatchError} (`FRAME_MISMATCH`), {@link WavFileError} (`WAV_READ`, `WAV_WRITE`,
 * `WAV_FORMAT`, `WAV_HEADER`, `WAV_TRUNCATED`), {@link NonFiniteError} (`NON_FINITE`).
 *
 * ## Example
 * ```ts
 * import { of } from 'rxjs';
 * import { RxdspError, reframe, type Frame } from '@rxdsp/core';
 * const a: Frame = { channels: [new Float64Array(4)], sampleRate: 8000, index: 0 };
 * const b: Frame = { channels: [new Float64Array(4)], sampleRate: 16000, index: 4 };
 * of(a, b).pipe(reframe(4)).subscribe({
 *   error: (err) => console.log(err instanceof RxdspError ? err.code : err), // 'FRAME_FORMAT'
 * });
 * ```
 */
export class RxdspError extends Error {
  /** A stable, machine-readable code, listed in the core README's error table. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Why a frame was refused, on {@link FrameFormatError.reason}. */
export type FrameFormatReason =
  | 'not-a-frame'
  | 'no-channels'
  | 'channel-type'
  | 'channel-length'
  | 'channel-count'
  | 'sample-rate'
  | 'format-change'
  | 'other';

/**
 * A frame an operator cannot accept: not a frame at all, malformed (channels of unequal
 * lengths, non-typed arrays, a non-finite or non-positive `sampleRate`), of a sample type the
 * operator does not take, or of another shape (sample rate, channel count, type) than the first
 * frame of the stream. Code `FRAME_FORMAT`; `reason` says which.
 */
export class FrameFormatError extends RxdspError {
  /** What was wrong with the frame (not enumerable: errors compare equal by code and message). */
  declare readonly reason: FrameFormatReason;
  constructor(message: string, reason: FrameFormatReason = 'other') {
    super('FRAME_FORMAT', message);
    Object.defineProperty(this, 'reason', { value: reason, enumerable: false });
  }
}

/**
 * A non-finite sample (NaN, ±Infinity) reached an operator whose `nonFinite` policy is
 * `'error'`, or a filter's state became non-finite under that policy. Code `NON_FINITE`; the
 * message and the fields name the operator, the frame index, the channel and the sample offset.
 */
export class NonFiniteError extends RxdspError {
  constructor(
    message: string,
    /** Index of the frame (its first sample's stream position). */
    readonly frameIndex: number,
    /** Channel of the first non-finite sample. */
    readonly channel: number,
    /** Offset of the first non-finite sample within the frame. */
    readonly offset: number,
  ) {
    super('NON_FINITE', message);
  }
}

/**
 * A value received from a parameter Observable (e.g. `gain(g$)`, `pan(p$)`, `mixChannels(m$)`)
 * is invalid, or a frame arrived before such an Observable gave any value and no initial value
 * was set. Code `PARAMETER`.
 */
export class ParameterError extends RxdspError {
  constructor(message: string) {
    super('PARAMETER', message);
  }
}

/**
 * Frames that must line up do not: `mergeChannels` received frames of different lengths,
 * sample rates or start indices at the same position. Code `FRAME_MISMATCH`.
 */
export class FrameMismatchError extends RxdspError {
  constructor(message: string) {
    super('FRAME_MISMATCH', message);
  }
}

/**
 * A WAV file could not be read or written: `WAV_READ` (it vanished or cannot be read after
 * `readWav` checked it), `WAV_WRITE` (the output could not be written), `WAV_FORMAT` (an encoding
 * `readWav` does not decode, e.g. MP3 or A-law), `WAV_HEADER` (a header that contradicts itself:
 * block align, bits per sample, channel count, missing chunk), `WAV_TRUNCATED` (less sample data
 * than the header declares, or a file cut mid-sample). The message names the path.
 */
export class WavFileError extends RxdspError {
  declare readonly code: WavFileErrorCode;
  /** The file concerned. */
  readonly path: string;
  constructor(code: WavFileErrorCode, path: string, message: string) {
    super(code, message);
    this.path = path;
  }
}

/** The codes of {@link WavFileError}. */
export type WavFileErrorCode = 'WAV_READ' | 'WAV_WRITE' | 'WAV_FORMAT' | 'WAV_HEADER' | 'WAV_TRUNCATED';
