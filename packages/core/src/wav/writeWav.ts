import { statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { MonoTypeOperatorFunction } from 'rxjs';
import { checkFrame, newFormatLock } from '../internal/frames';
import { roundSaturate } from '../internal/generate';
import { operate } from '../internal/operate';
import { WaveFile } from '../internal/wavefile';
import { checkOneOf, show } from '../internal/validate';
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
  /** Called after the file has been written, with its path and the samples per channel written. */
  readonly onWritten?: (info: { readonly path: string; readonly samples: number; readonly seconds: number }) => void;
}

/**
 * An operator that passes every frame through unchanged and, when the source completes, writes
 * all the samples it saw to a WAV file (16-bit PCM or 32-bit float, through the `wavefile`
 * package), then completes.
 *
 * ```text
 * writeWav('out.wav'):   --a--b--c--|
 *                        --a--b--c--|        the file is written at |, before completion
 * ```
 *
 * Frames are kept by reference until completion (the ownership rule makes that safe), so memory
 * grows with the stream: bound endless streams with `takeSeconds`. On an error from the source,
 * or an unsubscription before completion, nothing is written. If the stream had no frames,
 * nothing is written either. Int16 output rounds and saturates float samples (never wraps);
 * float32 output divides Int16 counts by 32768. Sample rate and channel count must not change:
 * a change errors with `FrameFormatError`. A failure to write errors with `WavFileError`
 * (code `WAV_WRITE`). The directory of `path` must exist at creation (RangeError otherwise).
 *
 * ## Example
 * ```ts
 * import { gain, toInt16, tone, writeWav } from '@rxdsp/core';
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
  if (typeof path !== 'string' || path.length === 0) throw new TypeError(`${fn}: path must be a non-empty string, got ${show(path)}`);
  if (opts === null || typeof opts !== 'object') throw new TypeError(`${fn}: opts must be an object, got ${show(opts)}`);
  const dir = dirname(resolve(path));
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new RangeError(`${fn}: the directory of path ${show(path)} (${dir}) does not exist`);
  const format = opts.format === undefined ? undefined : checkOneOf(fn, 'opts.format', opts.format, ['int16', 'float32'] as const);
  const scale = checkOneOf(fn, 'opts.scale', opts.scale ?? 'unit', ['unit', 'int16'] as const);
  const onWritten = opts.onWritten;
  if (onWritten !== undefined && typeof onWritten !== 'function') throw new TypeError(`${fn}: opts.onWritten must be a function, got ${show(onWritten)}`);
  interface State {
    lock: ReturnType<typeof newFormatLock>;
    frames: Frame<T>[];
    samples: number;
  }
  return operate<Frame<T>, Frame<T>, State>(
    () => ({ lock: newFormatLock(), frames: [], samples: 0 }),
    (frame, s, out) => {
      s.samples += checkFrame(fn, s.lock, frame, true);
      s.frames.push(frame);
      out.next(frame);
    },
    (s) => {
      const first = s.frames[0];
      if (first === undefined) return;
      const fmt = format ?? (first.channels[0] instanceof Int16Array ? 'int16' : 'float32');
      const nch = s.lock.channels;
      const data = Array.from({ length: nch }, () => (fmt === 'int16' ? new Int16Array(s.samples) : new Float32Array(s.samples)));
      let pos = 0;
      for (const f of s.frames) {
        f.channels.forEach((ch, c) => {
          const dst = data[c] as Int16Array | Float32Array;
          const isInt = ch instanceof Int16Array;
          // value in the file's unit: counts for int16 files, ±1 full scale for float files
          const k = fmt === 'int16' ? (isInt || scale === 'int16' ? 1 : 32768) : isInt || scale === 'int16' ? 1 / 32768 : 1;
          if (fmt === 'int16' && isInt) dst.set(ch, pos);
          else if (fmt === 'int16') for (let i = 0; i < ch.length; i++) dst[pos + i] = roundSaturate((ch[i] as number) * k);
          else for (let i = 0; i < ch.length; i++) dst[pos + i] = (ch[i] as number) * k;
        });
        pos += f.channels[0]?.length ?? 0;
      }
      s.frames = [];
      try {
        const wav = new WaveFile();
        wav.fromScratch(nch, s.lock.sampleRate, fmt === 'int16' ? '16' : '32f', data);
        writeFileSync(path, wav.toBuffer());
      } catch (err) {
        throw new WavFileError('WAV_WRITE', path, `${fn}: cannot write ${show(path)}: ${err instanceof Error ? err.message : String(err)}`);
      }
      onWritten?.({ path, samples: s.samples, seconds: s.samples / s.lock.sampleRate });
    },
  );
}
