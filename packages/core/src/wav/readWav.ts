import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { Observable, SchedulerLike } from 'rxjs';
import { frameSource, framePeriodMs } from '../internal/frameSource';
import { roundSaturate } from '../internal/generate';
import { makeFrame } from '../internal/frames';
import { checkInt, checkOneOf, checkOptions, describeValue } from '../validate/validate';
import { WavFileError } from '../types/errors';
import type { Frame, SampleArray } from '../types/Frame';
import { parseWavHeader, type WavLayout } from './parseWavHeader';

/** Sample type of the frames {@link readWav} emits. */
export type ReadWavDtype = 'native' | 'int16' | 'float32' | 'float64';

/** Options of {@link readWav}. */
export interface ReadWavOptions<D extends ReadWavDtype = 'native'> {
  /** Samples per channel per frame, integer ≥ 1. */
  readonly frameLength: number;
  /**
   * Frame sample type. `'native'` (default): 16-bit files give Int16Array (counts), 32-bit float
   * files Float32Array, 64-bit float files Float64Array, other integer depths (8, 24, 32 bit)
   * Float64Array in unit scale. `'int16'`: counts (other depths rescaled to 16 bits, rounded and
   * saturated). `'float32'` / `'float64'`: unit scale, full scale = ±1 (integers divided by 2^(bits−1)).
   */
  readonly dtype?: D;
  /** Paces frames in real time (one every frameLength / sampleRate s); absent = as fast as consumed. */
  readonly scheduler?: SchedulerLike;
  /**
   * Read a file that holds less sample data than its header declares (or is cut mid-sample):
   * the whole frames that are there are emitted, and the report says how much was missing.
   * Default false: such a file is a `WavFileError` (`WAV_TRUNCATED`).
   */
  readonly allowTruncated?: boolean;
  /**
   * Called once per subscription, before the first frame, with the {@link ReadWavReport}
   * (frames missing from a truncated file; float samples clipped or non-finite in an int16
   * read). Default: a Node process warning (`process.emitWarning`, code `RXDSP_WAV_TRUNCATED`
   * or `RXDSP_WAV_CLIPPED`) when anything was missing, clipped or non-finite; nothing otherwise.
   */
  readonly onReport?: (report: ReadWavReport) => void;
}

/** Frame type of {@link readWav} for a dtype. */
export type ReadWavFrame<D extends ReadWavDtype> = D extends 'int16'
  ? Frame<Int16Array>
  : D extends 'float32'
    ? Frame<Float32Array>
    : D extends 'float64'
      ? Frame<Float64Array>
      : Frame<SampleArray>;

/** Checks that `path` exists and starts with a RIFF/RIFX/RF64 … WAVE header; throws naming the path. */
function checkWavPath(fn: string, path: unknown): string {
  if (typeof path !== 'string' || path.length === 0) throw new TypeError(`${fn}: path must be a non-empty string, got ${describeValue(path)}`);
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new RangeError(`${fn}: path ${describeValue(path)} is not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof RangeError) throw err;
    throw new RangeError(`${fn}: path ${describeValue(path)} does not exist or cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const head = Buffer.alloc(12);
  let got = 0;
  if (size >= 12) {
    const fd = openSync(path, 'r');
    try {
      got = readSync(fd, head, 0, 12, 0);
    } finally {
      closeSync(fd);
    }
  }
  const riff = head.toString('latin1', 0, 4);
  if (got < 12 || !['RIFF', 'RIFX', 'RF64'].includes(riff) || head.toString('latin1', 8, 12) !== 'WAVE') {
    throw new TypeError(`${fn}: path ${describeValue(path)} is not a WAV file (no RIFF…WAVE header)`);
  }
  return path;
}

/**
 * What {@link readWav} found in a file, given to `onReport` once per subscription before the
 * first frame: how much of the declared sample data was missing (only with `allowTruncated`),
 * and how many float samples the int16 conversion saturated or found non-finite.
 */
export interface ReadWavReport {
  readonly path: string;
  /** Frames (samples per channel) the header declares. */
  readonly declaredFrames: number;
  /** Frames decoded (= declaredFrames unless the file is truncated). */
  readonly frames: number;
  /** Bytes of sample data the header declares but the file does not hold (0 if complete). */
  readonly missingBytes: number;
  /** declaredFrames − frames: frames missing, a frame cut mid-sample counting as missing. */
  readonly missingFrames: number;
  /** Float samples beyond int16 full scale, saturated to ±32767/−32768 (only `dtype: 'int16'` from a float file). */
  readonly clipped: number;
  /** NaN / ±Infinity float samples (NaN → 0, ±Infinity → 32767 / −32768) (only `dtype: 'int16'` from a float file). */
  readonly nonFinite: number;
}

/** Decoded file: planar samples of the chosen type, and the report. */
interface Decoded {
  sampleRate: number;
  channels: SampleArray[];
  report: ReadWavReport;
}

/** Reads sample `i` of the data as a number: integer counts (8-bit centred on 0) or float values. */
function sampleReader(layout: WavLayout, view: DataView): (byteOffset: number) => number {
  const le = layout.littleEndian;
  if (layout.encoding === 'float') return layout.bits === 32 ? (o) => view.getFloat32(o, le) : (o) => view.getFloat64(o, le);
  switch (layout.bits) {
    case 8:
      return (o) => view.getUint8(o) - 128;
    case 16:
      return (o) => view.getInt16(o, le);
    case 24:
      return le
        ? (o) => ((view.getUint8(o + 2) << 24) >> 8) | (view.getUint8(o + 1) << 8) | view.getUint8(o)
        : (o) => ((view.getUint8(o) << 24) >> 8) | (view.getUint8(o + 1) << 8) | view.getUint8(o + 2);
    default:
      return (o) => view.getInt32(o, le);
  }
}

/** The truncation message, or undefined when the file holds all the data it declares. */
function truncation(fn: string, path: string, l: WavLayout): string | undefined {
  if (l.availableBytes >= l.declaredBytes && l.declaredBytes % l.blockAlign === 0) return undefined;
  const cut = l.availableBytes % l.blockAlign !== 0 ? ', cut mid-sample' : '';
  return `${fn}: ${describeValue(path)} declares ${l.declaredBytes} bytes of samples but holds ${l.availableBytes}${cut} (pass allowTruncated: true to read what is there)`;
}

function decode(fn: string, path: string, dtype: ReadWavDtype, allowTruncated: boolean): Decoded {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new WavFileError('WAV_READ', path, `${fn}: cannot read ${describeValue(path)}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const layout = parseWavHeader(fn, path, bytes, bytes.length);
  const cut = truncation(fn, path, layout);
  if (cut !== undefined && !allowTruncated) throw new WavFileError('WAV_TRUNCATED', path, cut);
  const { bits, blockAlign, encoding, channels: nch } = layout;
  const frames = Math.floor(layout.availableBytes / blockAlign);
  const declaredFrames = Math.ceil(layout.declaredBytes / blockAlign);
  const read = sampleReader(layout, new DataView(bytes.buffer, bytes.byteOffset + layout.dataOffset, frames * blockAlign));
  const step = bits / 8;
  const isFloat = encoding === 'float';
  const k = isFloat ? 1 : 1 / 2 ** (bits - 1); // counts → unit scale
  const kind: 'int16' | 'float32' | 'float64' = dtype === 'native' ? (!isFloat && bits === 16 ? 'int16' : isFloat && bits === 32 ? 'float32' : 'float64') : dtype;
  let clipped = 0;
  let nonFinite = 0;
  const channels: SampleArray[] = [];
  for (let c = 0; c < nch; c++) {
    const o = kind === 'int16' ? new Int16Array(frames) : kind === 'float32' ? new Float32Array(frames) : new Float64Array(frames);
    let at = c * step;
    if (kind === 'int16' && !isFloat && bits === 16) {
      for (let i = 0; i < frames; i++, at += blockAlign) o[i] = read(at);
    } else if (kind === 'int16') {
      for (let i = 0; i < frames; i++, at += blockAlign) {
        const v = read(at) * k * 32768;
        if (isFloat) {
          if (!Number.isFinite(v)) nonFinite++;
          else if (v >= 32767.5 || v <= -32768.5) clipped++;
        }
        o[i] = roundSaturate(v);
      }
    } else {
      for (let i = 0; i < frames; i++, at += blockAlign) o[i] = read(at) * k;
    }
    channels.push(o);
  }
  const missingBytes = layout.declaredBytes - layout.availableBytes;
  return {
    sampleRate: layout.sampleRate,
    channels,
    report: { path, declaredFrames, frames, missingBytes, missingFrames: declaredFrames - frames, clipped, nonFinite },
  };
}

/** The default `onReport`: a Node process warning when something was lost or altered. */
function warnReport(fn: string, r: ReadWavReport): void {
  if (r.missingBytes > 0 || r.missingFrames > 0) {
    process.emitWarning(`${fn}: ${describeValue(r.path)} is truncated: ${r.missingFrames} of ${r.declaredFrames} frames (${r.missingBytes} bytes) missing`, { code: 'RXDSP_WAV_TRUNCATED' });
  }
  if (r.clipped > 0 || r.nonFinite > 0) {
    process.emitWarning(`${fn}: ${describeValue(r.path)} read as int16: ${r.clipped} sample(s) clipped, ${r.nonFinite} non-finite`, { code: 'RXDSP_WAV_CLIPPED' });
  }
}

/**
 * A cold source of the frames of a WAV file (RIFF, RIFX or RF64 holding PCM 8/16/24/32-bit or
 * IEEE float 32/64-bit samples, plain or as WAVE_FORMAT_EXTENSIBLE), one array per channel.
 *
 * ```text
 * readWav('x.wav', { frameLength: 4 })   →   [s0..s3] [s4..s7] … ([last, possibly short]|)
 * ```
 *
 * The path is checked at creation: a missing file throws `RangeError`, a file without a
 * RIFF…WAVE header `TypeError`, both naming the path. The file is read (whole) at every
 * subscription; if it has vanished or cannot be decoded by then, the Observable errors with
 * `WavFileError` (code `WAV_READ`, `.path` set). Frames carry the file's sample rate,
 * `index` and `time` = index / sampleRate, and new arrays; the last frame may be short.
 *
 * The header is checked at creation and again at subscription, throwing (at creation) or
 * erroring with (at subscription) a `WavFileError` naming the path:
 * - `WAV_FORMAT`: any other encoding (format tag 0x55 MP3, A-law, µ-law, ADPCM, 12-bit PCM,
 *   16-bit float, an unknown extensible sub-format): never decoded as if it were PCM;
 * - `WAV_HEADER`: a block align other than channels × bytes per sample, 0 or more than
 *   1024 channels, a sample rate of 0, a missing `fmt ` or `data` chunk;
 * - `WAV_TRUNCATED`: less sample data than the `data` chunk declares, or a file cut mid-sample,
 *   unless `allowTruncated` is true: then the whole frames present are read and `onReport`
 *   (default: a process warning) says how many frames were missing.
 * Reading a float file with `dtype: 'int16'` saturates values beyond full scale and maps NaN
 * to 0, ±Infinity to 32767 / −32768; `onReport` counts both (default: a process warning).
 *
 * ## Example
 * ```ts
 * import { toFloat } from '@rxdsp/core';
 * import { readWav } from '@rxdsp/core/node';
 * readWav('speech.wav', { frameLength: 1024, dtype: 'int16' })
 *   .pipe(toFloat({ scale: 'unit' }))
 *   .subscribe((f) => console.log(f.index, f.sampleRate, f.channels.length));
 * ```
 *
 * @param path a WAV file that exists.
 * @param opts `frameLength` (integer ≥ 1), `dtype` (`'native'` default, `'int16'`, `'float32'`,
 *   `'float64'`), `scheduler` (optional real-time pacing), `allowTruncated` (default false),
 *   `onReport` (default: a process warning when something was missing, clipped or non-finite).
 */
export function readWav<D extends ReadWavDtype = 'native'>(path: string, opts: ReadWavOptions<D>): Observable<ReadWavFrame<D>> {
  const fn = 'readWav';
  checkOptions(fn, opts);
  const frameLength = checkInt(fn, 'frameLength', opts.frameLength);
  const dtype = checkOneOf(fn, 'dtype', opts.dtype ?? 'native', ['native', 'int16', 'float32', 'float64'] as const);
  const allowTruncated = opts.allowTruncated ?? false;
  if (typeof allowTruncated !== 'boolean') throw new TypeError(`${fn}: allowTruncated must be a boolean, got ${describeValue(allowTruncated)}`);
  const onReport = opts.onReport ?? ((r: ReadWavReport) => warnReport(fn, r));
  if (typeof onReport !== 'function') throw new TypeError(`${fn}: onReport must be a function, got ${describeValue(onReport)}`);
  const file = checkWavPath(fn, path);
  // The period depends on the file's rate, known at subscription: the header is read now for it,
  // and checked (format, consistency, truncation) so that a bad file fails at the call.
  const layout = headerLayout(fn, file);
  const cut = truncation(fn, file, layout);
  if (cut !== undefined && !allowTruncated) throw new WavFileError('WAV_TRUNCATED', file, cut);
  return frameSource<SampleArray>(opts.scheduler, framePeriodMs(frameLength, layout.sampleRate), () => {
    const d = decode(fn, file, dtype, allowTruncated);
    onReport(d.report);
    const len = d.channels[0]?.length ?? 0;
    return {
      count: Math.ceil(len / frameLength),
      frame(k) {
        const start = k * frameLength;
        const end = Math.min(len, start + frameLength);
        return makeFrame(
          d.channels.map((c) => c.slice(start, end)),
          d.sampleRate,
          start,
          start / d.sampleRate,
        );
      },
    };
  }) as Observable<ReadWavFrame<D>>;
}

/** Reads and checks the header (the first 64 KiB, or the whole file if its data chunk starts later). */
function headerLayout(fn: string, path: string): WavLayout {
  const size = statSync(path).size;
  const head = Buffer.alloc(Math.min(size, 65536));
  const fd = openSync(path, 'r');
  let got: number;
  try {
    got = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  try {
    return parseWavHeader(fn, path, head.subarray(0, got), size);
  } catch (err) {
    if (got >= size || !(err instanceof WavFileError) || err.code !== 'WAV_HEADER') throw err;
    return parseWavHeader(fn, path, readFileSync(path), size);
  }
}
