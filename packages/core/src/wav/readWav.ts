import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { Observable, SchedulerLike } from 'rxjs';
import { frameSource, framePeriodMs } from '../internal/frameSource';
import { roundSaturate } from '../internal/generate';
import { makeFrame } from '../internal/frames';
import { WaveFile, type WavFmt } from '../internal/wavefile';
import { checkInt, checkOneOf, checkOptions, show } from '../internal/validate';
import { WavFileError } from '../types/errors';
import type { Frame, SampleArray } from '../types/Frame';

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
  if (typeof path !== 'string' || path.length === 0) throw new TypeError(`${fn}: path must be a non-empty string, got ${show(path)}`);
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new RangeError(`${fn}: path ${show(path)} is not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof RangeError) throw err;
    throw new RangeError(`${fn}: path ${show(path)} does not exist or cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
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
    throw new TypeError(`${fn}: path ${show(path)} is not a WAV file (no RIFF…WAVE header)`);
  }
  return path;
}

/** Decoded file: planar samples of the chosen type. */
interface Decoded {
  sampleRate: number;
  channels: SampleArray[];
}

function decode(fn: string, path: string, dtype: ReadWavDtype): Decoded {
  let wav: InstanceType<typeof WaveFile>;
  try {
    wav = new WaveFile(readFileSync(path));
  } catch (err) {
    throw new WavFileError('WAV_READ', path, `${fn}: cannot read ${show(path)} as WAV: ${err instanceof Error ? err.message : String(err)}`);
  }
  // compressed encodings: decoded to 16-bit PCM by wavefile itself
  if (wav.bitDepth === '8a') wav.fromALaw();
  else if (wav.bitDepth === '8m') wav.fromMuLaw();
  else if (wav.bitDepth === '4') wav.fromIMAADPCM();
  const fmt = wav.fmt as WavFmt;
  const bitDepth = wav.bitDepth;
  const isFloat = bitDepth === '32f' || bitDepth === '64';
  const bits = Number.parseInt(bitDepth, 10);
  if (!isFloat && !(bits >= 8 && bits <= 32)) {
    throw new WavFileError('WAV_READ', path, `${fn}: ${show(path)} has an unsupported sample format (bit depth ${show(bitDepth)}, format ${fmt.audioFormat})`);
  }
  if (!(fmt.sampleRate > 0) || !(fmt.numChannels >= 1)) {
    throw new WavFileError('WAV_READ', path, `${fn}: ${show(path)} has sampleRate ${fmt.sampleRate} and ${fmt.numChannels} channels`);
  }
  const raw = wav.getSamples(false, Float64Array) as unknown as Float64Array | Float64Array[];
  const planar = Array.isArray(raw) ? raw : [raw];
  // unit = raw · k + offset for integer formats (8-bit WAV is unsigned, centred on 128)
  const offset = bits === 8 && !isFloat ? -128 : 0;
  const k = isFloat ? 1 : 1 / 2 ** (bits - 1);
  const kind: 'int16' | 'float32' | 'float64' = dtype === 'native' ? (bitDepth === '16' ? 'int16' : bitDepth === '32f' ? 'float32' : 'float64') : dtype;
  const channels = planar.map((ch): SampleArray => {
    if (kind === 'int16') {
      if (bitDepth === '16') return Int16Array.from(ch);
      const o = new Int16Array(ch.length);
      for (let i = 0; i < ch.length; i++) o[i] = roundSaturate(((ch[i] as number) + offset) * k * 32768);
      return o;
    }
    const o = kind === 'float32' ? new Float32Array(ch.length) : new Float64Array(ch.length);
    for (let i = 0; i < ch.length; i++) o[i] = ((ch[i] as number) + offset) * k;
    return o;
  });
  return { sampleRate: fmt.sampleRate, channels };
}

/**
 * A cold source of the frames of a WAV file (PCM 8/16/24/32-bit, float 32/64-bit, and A-law,
 * µ-law, IMA ADPCM decoded by the `wavefile` package), one array per channel.
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
 * ## Example
 * ```ts
 * import { readWav, toFloat } from '@rxdsp/core';
 * readWav('speech.wav', { frameLength: 1024, dtype: 'int16' })
 *   .pipe(toFloat({ scale: 'unit' }))
 *   .subscribe((f) => console.log(f.index, f.sampleRate, f.channels.length));
 * ```
 *
 * @param path a WAV file that exists.
 * @param opts `frameLength` (integer ≥ 1), `dtype` (`'native'` default, `'int16'`, `'float32'`,
 *   `'float64'`), `scheduler` (optional real-time pacing).
 */
export function readWav<D extends ReadWavDtype = 'native'>(path: string, opts: ReadWavOptions<D>): Observable<ReadWavFrame<D>> {
  const fn = 'readWav';
  checkOptions(fn, opts);
  const frameLength = checkInt(fn, 'frameLength', opts.frameLength);
  const dtype = checkOneOf(fn, 'dtype', opts.dtype ?? 'native', ['native', 'int16', 'float32', 'float64'] as const);
  const file = checkWavPath(fn, path);
  // The period depends on the file's rate, known at subscription: the header is read now for it.
  const sampleRate = headerSampleRate(fn, file);
  return frameSource<SampleArray>(opts.scheduler, framePeriodMs(frameLength, sampleRate), () => {
    const d = decode(fn, file, dtype);
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

/** Reads the sample rate from the header (the first 64 KiB, or the whole file if the header is longer). */
function headerSampleRate(fn: string, path: string): number {
  const parse = (bytes: Uint8Array): number => {
    const wav = new WaveFile();
    wav.fromBuffer(bytes, false);
    return (wav.fmt as WavFmt).sampleRate;
  };
  let rate: number;
  try {
    const head = Buffer.alloc(65536);
    const fd = openSync(path, 'r');
    let got: number;
    try {
      got = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    try {
      rate = parse(head.subarray(0, got));
    } catch {
      rate = parse(readFileSync(path));
    }
  } catch (err) {
    throw new TypeError(`${fn}: path ${show(path)} is not a readable WAV file: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!(rate > 0)) throw new TypeError(`${fn}: path ${show(path)} declares sampleRate ${rate}`);
  return rate;
}
