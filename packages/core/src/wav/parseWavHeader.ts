import { WavFileError } from '../types/errors';
import { describeValue } from '../validate/validate';

/**
 * Most channels a WAV file may declare for {@link parseWavHeader}. The header's 16-bit block
 * align already bounds the count (65 535 / bytes per sample); 1024 is far above any real
 * recording (7th-order ambisonics has 64 channels, a MADI link 64, the largest microphone-array
 * recordings a few hundred) yet low enough that a corrupt header is not decoded into
 * tens of thousands of near-empty channels.
 */
export const MAX_WAV_CHANNELS = 1024;

/** The layout of a WAV file's samples, as its header declares them and the file holds them. */
export interface WavLayout {
  readonly container: 'RIFF' | 'RIFX' | 'RF64';
  readonly littleEndian: boolean;
  /** `fmt ` format tag (1 PCM, 3 IEEE float, 0xFFFE extensible). */
  readonly formatTag: number;
  /** The sample encoding after resolving WAVE_FORMAT_EXTENSIBLE's sub-format. */
  readonly encoding: 'pcm' | 'float';
  /** Bits per stored sample: 8, 16, 24, 32 (PCM) or 32, 64 (float). */
  readonly bits: number;
  readonly channels: number;
  readonly sampleRate: number;
  /** Bytes per frame (one sample of every channel). */
  readonly blockAlign: number;
  /** Offset of the first sample in the file. */
  readonly dataOffset: number;
  /** Size of the sample data the header declares, bytes. */
  readonly declaredBytes: number;
  /** Size of the sample data the file holds (≤ declared), bytes. */
  readonly availableBytes: number;
}

const FORMAT_NAMES: Readonly<Record<number, string>> = {
  0x0002: 'Microsoft ADPCM',
  0x0006: 'A-law',
  0x0007: 'µ-law',
  0x0011: 'IMA ADPCM',
  0x0031: 'GSM 6.10',
  0x0050: 'MPEG',
  0x0055: 'MP3',
  0x00ff: 'AAC',
};
const PCM = 0x0001;
const FLOAT = 0x0003;
const EXTENSIBLE = 0xfffe;
/** Bytes 2–15 of the KSDATAFORMAT_SUBTYPE_* GUIDs (the first two hold the format tag). */
const GUID_TAIL = [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71];

function tagName(tag: number): string {
  const hex = `0x${tag.toString(16).padStart(4, '0')}`;
  return FORMAT_NAMES[tag] ? `${hex} (${FORMAT_NAMES[tag]})` : hex;
}

/** Chunks of the file: id, start of the body, declared size. Stops at the end of the bytes given. */
function* chunks(bytes: Uint8Array, view: DataView, le: boolean): Generator<{ id: string; body: number; size: number }> {
  let pos = 12;
  while (pos + 8 <= bytes.length) {
    const id = String.fromCharCode(...bytes.subarray(pos, pos + 4));
    const size = view.getUint32(pos + 4, le);
    yield { id, body: pos + 8, size };
    pos += 8 + size + (size % 2); // chunks are padded to an even size
  }
}

/**
 * Parses and checks a WAV header (RIFF, RIFX or RF64): the `fmt ` chunk must describe PCM with
 * 8, 16, 24 or 32 bits, IEEE float with 32 or 64 bits, or WAVE_FORMAT_EXTENSIBLE with one of those
 * as sub-format; the block align must be channels × bytes per sample; 1 to {@link MAX_WAV_CHANNELS}
 * channels; a sample rate ≥ 1 Hz. `bytes` may be only the start of the file if it holds the
 * `data` chunk's header; `fileSize` is the whole file's size, from which the available data
 * size is found.
 * @throws WavFileError `WAV_FORMAT` for an encoding rxdsp does not decode (MP3, A-law, 12-bit…),
 *   `WAV_HEADER` for a header that contradicts itself or is missing a chunk.
 */
export function parseWavHeader(fn: string, path: string, bytes: Uint8Array, fileSize: number): WavLayout {
  const header = (msg: string): WavFileError => new WavFileError('WAV_HEADER', path, `${fn}: ${describeValue(path)}: ${msg}`);
  const format = (msg: string): WavFileError => new WavFileError('WAV_FORMAT', path, `${fn}: ${describeValue(path)}: ${msg}`);
  if (bytes.length < 12) throw header('no RIFF…WAVE header');
  const container = String.fromCharCode(...bytes.subarray(0, 4));
  if ((container !== 'RIFF' && container !== 'RIFX' && container !== 'RF64') || String.fromCharCode(...bytes.subarray(8, 12)) !== 'WAVE') {
    throw header('no RIFF…WAVE header');
  }
  const le = container !== 'RIFX';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let fmt: { body: number; size: number } | undefined;
  let data: { body: number; size: number } | undefined;
  let rf64DataSize: number | undefined;
  for (const c of chunks(bytes, view, le)) {
    if (c.id === 'ds64' && container === 'RF64' && c.body + 16 <= bytes.length) {
      rf64DataSize = Number(view.getBigUint64(c.body + 8, true));
    } else if (c.id === 'fmt ' && fmt === undefined) {
      fmt = c;
    } else if (c.id === 'data') {
      data = c;
      break;
    }
  }
  if (fmt === undefined) throw header('no fmt chunk before the data');
  if (fmt.size < 16 || fmt.body + 16 > bytes.length) throw header(`fmt chunk of ${fmt.size} bytes, expected at least 16`);
  if (data === undefined) throw header('no data chunk');

  let formatTag = view.getUint16(fmt.body, le);
  const channels = view.getUint16(fmt.body + 2, le);
  const sampleRate = view.getUint32(fmt.body + 4, le);
  const blockAlign = view.getUint16(fmt.body + 12, le);
  const bits = view.getUint16(fmt.body + 14, le);
  const declaredTag = formatTag;
  if (formatTag === EXTENSIBLE) {
    if (fmt.size < 40 || fmt.body + 40 > bytes.length) throw header(`WAVE_FORMAT_EXTENSIBLE with a fmt chunk of ${fmt.size} bytes, expected 40`);
    const guid = bytes.subarray(fmt.body + 24, fmt.body + 40);
    const sub = le ? (guid[0] as number) | ((guid[1] as number) << 8) : ((guid[0] as number) << 8) | (guid[1] as number);
    if (!GUID_TAIL.every((b, i) => guid[i + 2] === b)) throw format('WAVE_FORMAT_EXTENSIBLE with an unknown sub-format GUID (rxdsp decodes PCM and IEEE float)');
    formatTag = sub;
  }
  const where = declaredTag === EXTENSIBLE ? ` as WAVE_FORMAT_EXTENSIBLE sub-format` : '';
  if (formatTag !== PCM && formatTag !== FLOAT) {
    throw format(`format tag${where} ${tagName(formatTag)} is not decoded (rxdsp decodes PCM 8/16/24/32-bit and IEEE float 32/64-bit WAV)`);
  }
  const encoding = formatTag === PCM ? 'pcm' : 'float';
  const depths = encoding === 'pcm' ? [8, 16, 24, 32] : [32, 64];
  if (!depths.includes(bits)) {
    throw format(`${encoding === 'pcm' ? 'PCM' : 'IEEE float'} with ${bits} bits per sample is not decoded (rxdsp decodes ${depths.join(', ')} bits)`);
  }
  if (channels < 1 || channels > MAX_WAV_CHANNELS) throw header(`declares ${channels} channels, expected 1 to ${MAX_WAV_CHANNELS}`);
  if (sampleRate < 1) throw header(`declares a sample rate of ${sampleRate} Hz`);
  if (blockAlign !== channels * (bits / 8)) {
    throw header(`block align ${blockAlign} bytes contradicts ${channels} channel(s) × ${bits} bits (expected ${channels * (bits / 8)})`);
  }
  const declaredBytes = container === 'RF64' && data.size === 0xffffffff && rf64DataSize !== undefined ? rf64DataSize : data.size;
  const availableBytes = Math.max(0, Math.min(declaredBytes, fileSize - data.body));
  return { container, littleEndian: le, formatTag: declaredTag, encoding, bits, channels, sampleRate, blockAlign, dataOffset: data.body, declaredBytes, availableBytes };
}
