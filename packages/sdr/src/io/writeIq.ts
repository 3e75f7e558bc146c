import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defer, finalize, type MonoTypeOperatorFunction } from 'rxjs';
import { operate, FrameFormatError, checkOneOf, describeValue } from '@rxdsp/core';
import { checkComplexFrame, newComplexLock, type ComplexLock } from '../internal/complexLock';
import { IqFileError } from '../types/errors';
import type { ComplexFrame } from '../types/ComplexFrame';
import { encodeIq, IQ_FORMATS, type IqFormat } from './iqFormat';

/** Options of {@link writeIq}. */
export interface WriteIqOptions {
  /** Sample format (default `'cf32'`, lossless for float samples); `'cu8'` and `'cs16'` round and saturate. */
  readonly format?: IqFormat;
  /** Called once the file is closed (at completion, error or unsubscription) with the samples written. */
  readonly onWritten?: (info: { readonly path: string; readonly samples: number; readonly seconds: number }) => void;
}

/**
 * An operator that passes every complex frame through unchanged and appends its samples to a raw IQ
 * file (interleaved I/Q, no header, as `rtl_sdr` and `readIq` use), frame by frame as they pass. The
 * file is created (replaced) at the first frame and closed when the stream ends in any way —
 * completion, an error from the source (the file keeps every sample that passed, then the error is
 * forwarded) or an unsubscription (e.g. `take`, Ctrl-C): a raw file needs no header, so what was
 * written is always a valid capture. Memory does not grow with the stream.
 *
 * ```text
 * writeIq('x.cf32'):   --a--b--c--|
 *                      --a--b--c--|     a, b, c appended as they pass; closed at |, at an error, or at unsubscribe
 * ```
 *
 * One channel only (a raw IQ file has one); a frame with more, or a change of sample rate, errors
 * with `FrameFormatError`. A write failure errors with {@link IqFileError} (code `IQ_WRITE`). The
 * directory of `path` must exist at creation (RangeError otherwise).
 *
 * ## Example
 * ```ts
 * import { take } from 'rxjs';
 * import { rtlTcp, writeIq } from '@rxdsp/sdr';
 * rtlTcp({ port: 1234, frequency: 103.9e6 }).pipe(take(150), writeIq('/tmp/fm.cu8', { format: 'cu8' })).subscribe();
 * ```
 *
 * @param path output file; its directory must exist.
 * @param opts `format` (`'cu8'` | `'cs16'` | `'cf32'`), `onWritten`.
 */
export function writeIq(path: string, opts: WriteIqOptions = {}): MonoTypeOperatorFunction<ComplexFrame> {
  const fn = 'writeIq';
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
  const format = checkOneOf(fn, 'opts.format', opts.format ?? 'cf32', IQ_FORMATS);
  const onWritten = opts.onWritten;
  if (onWritten !== undefined && typeof onWritten !== 'function') throw new TypeError(`${fn}: opts.onWritten must be a function, got ${describeValue(onWritten)}`);

  interface State {
    lock: ComplexLock;
    fd: number | undefined;
    samples: number;
  }
  const close = (s: State): void => {
    if (s.fd === undefined) return;
    const fd = s.fd;
    s.fd = undefined;
    closeSync(fd);
    onWritten?.({ path, samples: s.samples, seconds: s.lock.sampleRate > 0 ? s.samples / s.lock.sampleRate : 0 });
  };
  return (source) =>
    defer(() => {
      const state: State = { lock: newComplexLock(), fd: undefined, samples: 0 };
      return source.pipe(
        operate<ComplexFrame, ComplexFrame, State>(
          () => state,
          (frame, s, out) => {
            const n = checkComplexFrame(fn, s.lock, frame);
            if (frame.i.length !== 1) throw new FrameFormatError(`${fn}: a raw IQ file holds one channel, got ${frame.i.length} at index ${frame.index}`);
            try {
              s.fd ??= openSync(path, 'w');
              const b = encodeIq(format, frame.i[0] as Float64Array, frame.q[0] as Float64Array);
              let off = 0;
              while (off < b.length) off += writeSync(s.fd, b, off, b.length - off);
            } catch (err) {
              throw new IqFileError('IQ_WRITE', path, `${fn}: cannot write ${describeValue(path)}: ${err instanceof Error ? err.message : String(err)}`);
            }
            s.samples += n;
            out.next(frame);
          },
          (s) => close(s),
        ),
        finalize(() => close(state)),
      );
    });
}
