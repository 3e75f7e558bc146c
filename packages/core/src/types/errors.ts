/**
 * Base class of the errors rxdsp operators send to `subscriber.error` while streaming.
 * Configuration mistakes are thrown synchronously as `RangeError` / `TypeError` instead.
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

/** A frame whose shape (sample rate, channel count, array type) an operator cannot accept mid-stream. */
export class FrameFormatError extends RxdspError {
  constructor(message: string) {
    super('FRAME_FORMAT', message);
  }
}
