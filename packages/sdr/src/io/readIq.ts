import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { Observable } from 'rxjs';
import { checkFinite, checkInt, checkOneOf, checkOptions, checkPositive, describeValue } from '@rxdsp/core';
import { IqFileError } from '../types/errors';
import { makeComplexFrame, type ComplexFrame } from '../types/ComplexFrame';
import { decodeIq, IQ_BYTES_PER_SAMPLE, IQ_FORMATS, type IqFormat } from './iqFormat';

/** Options of {@link readIq}. */
export interface ReadIqOptions {
  /** Sample format: `'cu8'` (rtl_sdr's output), `'cs16'` or `'cf32'` (interleaved I/Q, little-endian). */
  readonly format: IqFormat;
  /** Complex sample rate of the capture in Hz (the file does not say). */
  readonly sampleRate: number;
  /** Complex samples per frame (default 16384; the last frame may be shorter). */
  readonly frameLength?: number;
  /** Centre frequency of the capture in Hz, written into the frames (default 0). */
  readonly centerFrequency?: number;
}

/**
 * A cold Observable of the complex frames of a raw IQ capture (`rtl_sdr -f 103.9e6 -s 2.4e6 capture.cu8`
 * writes cu8), read in chunks of one frame and emitted synchronously, unpaced (pace it with a device or
 * take what you need). Samples are scaled to ±1 full scale (see `decodeIq`: cu8 `(b − 127.5)/127.5`).
 * Each subscription reads the file from the start; unsubscribing stops the reading at once (also inside
 * the synchronous loop) and closes the file.
 *
 * ```text
 * readIq(p, { frameLength: 4 }):   [s0 s1 s2 s3][s4 s5 s6 s7][s8 s9]|
 * ```
 *
 * Checked at creation: the file exists and its size is a whole number of samples (RangeError otherwise).
 * A read failure while streaming errors with {@link IqFileError} (code `IQ_READ`).
 *
 * ## Example
 * ```ts
 * import { readIq, fmDemod } from '@rxdsp/sdr';
 * readIq('capture.cu8', { format: 'cu8', sampleRate: 2.4e6, frameLength: 16384, centerFrequency: 103.9e6 })
 *   .subscribe((f) => console.log(f.index, f.i[0]!.length));
 * ```
 *
 * @param path the file.
 * @param opts `format`, `sampleRate` (Hz, > 0), `frameLength` (≥ 1), `centerFrequency` (Hz).
 */
export function readIq(path: string, opts: ReadIqOptions): Observable<ComplexFrame> {
  const fn = 'readIq';
  if (typeof path !== 'string' || path.length === 0) throw new TypeError(`${fn}: path must be a non-empty string, got ${describeValue(path)}`);
  checkOptions(fn, opts);
  const format = checkOneOf(fn, 'opts.format', opts.format, IQ_FORMATS);
  const sampleRate = checkPositive(fn, 'opts.sampleRate', opts.sampleRate);
  const frameLength = checkInt(fn, 'opts.frameLength', opts.frameLength ?? 16384, 1);
  const fc = checkFinite(fn, 'opts.centerFrequency', opts.centerFrequency ?? 0);
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    throw new RangeError(`${fn}: path ${describeValue(path)} is not a readable file`);
  }
  const bps = IQ_BYTES_PER_SAMPLE[format];
  if (size % bps !== 0) throw new RangeError(`${fn}: ${describeValue(path)} has ${size} bytes, not a whole number of ${format} samples (${bps} bytes each)`);

  return new Observable<ComplexFrame>((out) => {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'r');
      const buf = Buffer.alloc(frameLength * bps);
      let index = 0;
      while (!out.closed) {
        let got = 0;
        while (got < buf.length) {
          const r = readSync(fd, buf, got, buf.length - got, null);
          if (r === 0) break;
          got += r;
        }
        if (got % bps !== 0) throw new Error(`the file ends with a partial sample (${got % bps} bytes)`);
        const n = got / bps;
        if (n === 0) break;
        const i = new Float64Array(n);
        const q = new Float64Array(n);
        decodeIq(format, buf, n, i, q, 0);
        out.next(makeComplexFrame([i], [q], sampleRate, index, fc));
        index += n;
        if (n < frameLength) break;
      }
      closeSync(fd);
      fd = undefined;
      out.complete();
    } catch (err) {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      out.error(new IqFileError('IQ_READ', path, `${fn}: cannot read ${describeValue(path)}: ${err instanceof Error ? err.message : String(err)}`));
    }
    return () => {
      if (fd !== undefined) closeSync(fd);
    };
  });
}
