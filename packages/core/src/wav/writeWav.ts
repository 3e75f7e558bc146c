import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { MonoTypeOperatorFunction } from 'rxjs';
import { frameFormatLock, type FrameFormatLock } from '../internal/frames';
import { operate } from '../internal/operate';
import { reportUnhandledError } from '../internal/reportUnhandledError';
import { checkOneOf, describeValue } from '../validate/validate';
import { WavAppender } from './WavAppender';
import { WavFileError } from '../types/errors';
import type { Frame, SampleArray } from '../types/Frame';

/** Options of {@link writeWav}. */
export interface WriteWavOptions {
  /**
   * Sample format of the file: `'int16'` (16-bit PCM) or `'float32'` (32-bit IEEE float).
   * Default: `'int16'` when the first frame is Int16, `'float32'` otherwise.
   */
  readonly format?: 'int16' | 'float32';
  /**
   * Scale of float frames: `'unit'` (default; full scale ±1, the WAV float convention) or
   * `'int16'` (counts, e.g. after `toFloat({ scale: 'int16' })`). Int16 frames are counts.
   */
  readonly scale?: 'unit' | 'int16';
  /**
   * Called once the file is complete and closed, with its path and the samples per channel
   * written: at completion, and also when the stream ended early (unsubscribed, or an upstream
   * error) with `reason` saying which.
   */
  readonly onWritten?: (info: WavWritten) => void;
}

/** What {@link writeWav} wrote, given to `onWritten`. */
export interface WavWritten {
  readonly path: string;
  /** Samples per channel in the file. */
  readonly samples: number;
  /** `samples / sampleRate`. */
  readonly seconds: number;
  /** How the stream ended: `'complete'`, `'error'` (upstream error) or `'unsubscribe'` (stopped early). Absent for `'complete'`. */
  readonly reason?: 'error' | 'unsubscribe';
}

/**
 * An operator that passes every frame through unchanged and streams its samples to a WAV file
 * (16-bit PCM or 32-bit IEEE float), keeping the file valid whatever way the stream ends.
 *
 * ```text
 * writeWav('out.wav'):   --a--b--c--|
 *                        --a--b--c--|        a, b, c appended as they pass; header finalised at |
 * writeWav('out.wav'):   --a--b--#           a, b in the file (finalised), then the error
 * writeWav('out.wav'):   --a--b--!           unsubscribed (e.g. take(2) downstream): a, b in the file
 * ```
 *
 * - The file is created at the first frame and each frame is appended as it passes, so memory
 *   stays constant however long the stream runs. Its header is patched to the samples written
 *   when the stream completes, errors upstream (the file is finalised, then the error passes on)
 *   or is unsubscribed early: what was written is always a valid WAV file. A stream without any
 *   frame writes nothing.
 * - Int16 output rounds and saturates float samples (never wraps); float32 output divides Int16
 *   counts by 32768. Sample rate and channel count must not change mid-stream (the sample type
 *   may): `FrameFormatError`.
 * - A failure to create or write the file, or a file that would pass the format's 4 GiB limit,
 *   errors with `WavFileError` (code `WAV_WRITE`) naming the path. The directory of `path` must
 *   exist at creation (RangeError otherwise).
 *
 * ## Example
 * ```ts
 * import { gain, toInt16, tone } from '@rxdsp/core';
 * import { writeWav } from '@rxdsp/core/node';
 * tone(440, { sampleRate: 48000, frameLength: 1024, seconds: 2 })
 *   .pipe(gain(0.5), toInt16({ scale: 'unit' }), writeWav('/tmp/a440.wav'))
 *   .subscribe({ complete: () => console.log('written') });
 * ```
 *
 * @param path output file (created or replaced); its directory must exist.
 * @param opts `format` (`'int16'` | `'float32'`), `scale` of float frames (`'unit'` | `'int16'`), `onWritten`.
 */
export function writeWav<T extends SampleArray>(path: string, opts: WriteWavOptions = {}): MonoTypeOperatorFunction<Frame<T>> {
  const fn = 'writeWav';
  if (typeof path !== 'string' || path.length === 0) throw new TypeError(`${fn}: path must be a non-empty string, got ${describeValue(path)}`);
  if (opts === null || typeof opts !== 'object') throw new TypeError(`${fn}: opts must be an object, got ${describeValue(opts)}`);
  const dir = dirname(resolve(path));
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new RangeError(`${fn}: the directory of path ${describeValue(path)} (${dir}) does not exist`);
  const format = opts.format === undefined ? undefined : checkOneOf(fn, 'opts.format', opts.format, ['int16', 'float32'] as const);
  const scale = checkOneOf(fn, 'opts.scale', opts.scale ?? 'unit', ['unit', 'int16'] as const);
  const onWritten = opts.onWritten;
  if (onWritten !== undefined && typeof onWritten !== 'function') throw new TypeError(`${fn}: opts.onWritten must be a function, got ${describeValue(onWritten)}`);
  const writeError = (err: unknown): WavFileError =>
    err instanceof WavFileError ? err : new WavFileError('WAV_WRITE', path, `${fn}: cannot write ${describeValue(path)}: ${err instanceof Error ? err.message : String(err)}`);

  interface State {
    lock: FrameFormatLock;
    file: WavAppender | undefined;
    ended: boolean;
  }
  /** Finalises the file once; returns what was written (undefined when nothing was). */
  const end = (s: State): WavWritten | undefined => {
    if (s.ended) return undefined;
    s.ended = true;
    const file = s.file;
    s.file = undefined;
    if (file === undefined) return undefined;
    file.close();
    return { path, samples: file.samples, seconds: file.samples / s.lock.sampleRate };
  };
  /** Finalises after an early end; failures here have nobody to go to but the unhandled-error report. */
  const finish = (s: State, reason: 'error' | 'unsubscribe'): void => {
    let info: WavWritten | undefined;
    try {
      info = end(s);
    } catch (err) {
      reportUnhandledError(writeError(err));
      return;
    }
    if (info === undefined || onWritten === undefined) return;
    try {
      onWritten({ ...info, reason });
    } catch (err) {
      reportUnhandledError(err);
    }
  };
  return operate<Frame<T>, Frame<T>, State>(
    (out) => {
      const s: State = { lock: frameFormatLock(fn, { typeMayChange: true }), file: undefined, ended: false };
      // Runs when the output is unsubscribed before completing (or errors from downstream of the
      // file: a format error, a write error): keep what was written.
      out.add(() => finish(s, 'unsubscribe'));
      return s;
    },
    (frame, s, out) => {
      s.lock.check(frame);
      try {
        s.file ??= WavAppender.create(path, s.lock.channels, s.lock.sampleRate, format ?? (frame.channels[0] instanceof Int16Array ? 'int16' : 'float32'));
        s.file.append(frame.channels, scale);
      } catch (err) {
        throw writeError(err);
      }
      out.next(frame);
    },
    (s) => {
      let info: WavWritten | undefined;
      try {
        info = end(s);
      } catch (err) {
        throw writeError(err);
      }
      if (info !== undefined) onWritten?.(info);
    },
    // An upstream error: finalise first, then the error passes on.
    (s) => finish(s, 'error'),
  );
}
