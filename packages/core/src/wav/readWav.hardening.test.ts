// Issue 13, finding 4: readWav decodes only PCM 8/16/24/32-bit and IEEE float 32/64-bit (plain
// or WAVE_FORMAT_EXTENSIBLE), rejects other encodings, self-contradicting headers and truncated
// data with WavFileError codes, and reports what an int16 read of a float file clipped.
// Every file is built byte by byte here; expected values follow from the bytes written.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastValueFrom, toArray } from 'rxjs';
import { afterAll, describe, expect, it } from 'vitest';
import { WavFileError } from '../types/errors';
import type { Frame } from '../types/Frame';
import { readWav, type ReadWavReport } from './readWav';

const tmp = mkdtempSync(join(tmpdir(), 'rxdsp-wav13-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface WavSpec {
  tag?: number;
  channels?: number;
  sampleRate?: number;
  bits?: number;
  blockAlign?: number;
  /** Sample bytes written. */
  data: Uint8Array;
  /** The data chunk's declared size (default: data.length). */
  declared?: number;
  /** WAVE_FORMAT_EXTENSIBLE with this sub-format tag (and a valid GUID tail unless badGuid). */
  extensible?: number;
  badGuid?: boolean;
  bigEndian?: boolean;
  omit?: 'fmt' | 'data';
}

/** A WAV file from its fields (little endian RIFF, or RIFX). */
function wavBytes(s: WavSpec): Uint8Array {
  const channels = s.channels ?? 1;
  const bits = s.bits ?? 16;
  const blockAlign = s.blockAlign ?? channels * Math.ceil(bits / 8);
  const le = !s.bigEndian;
  const fmtSize = s.extensible === undefined ? 16 : 40;
  const parts: number[] = [];
  const u8 = (...v: number[]) => parts.push(...v);
  const u16 = (v: number) => (le ? u8(v & 255, (v >> 8) & 255) : u8((v >> 8) & 255, v & 255));
  const u32 = (v: number) => (le ? u8(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, v >>> 24) : u8(v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255));
  const id = (t: string) => u8(...Array.from(t, (c) => c.charCodeAt(0)));
  id(le ? 'RIFF' : 'RIFX');
  u32(4 + (s.omit === 'fmt' ? 0 : 8 + fmtSize) + (s.omit === 'data' ? 0 : 8 + s.data.length));
  id('WAVE');
  if (s.omit !== 'fmt') {
    id('fmt ');
    u32(fmtSize);
    u16(s.extensible === undefined ? (s.tag ?? 1) : 0xfffe);
    u16(channels);
    u32(s.sampleRate ?? 8000);
    u32((s.sampleRate ?? 8000) * blockAlign);
    u16(blockAlign);
    u16(bits);
    if (s.extensible !== undefined) {
      u16(22); // cbSize
      u16(bits); // valid bits
      u32(0); // channel mask
      // KSDATAFORMAT_SUBTYPE_*: the tag in the first two bytes (little endian), then the fixed tail
      u8(s.extensible & 255, s.extensible >> 8, 0, 0, 0, 0, 0x10, 0, 0x80, 0, 0, 0xaa, 0, 0x38, 0x9b, s.badGuid ? 0x72 : 0x71);
    }
  }
  if (s.omit !== 'data') {
    id('data');
    u32(s.declared ?? s.data.length);
  }
  return Uint8Array.from([...parts, ...(s.omit === 'data' ? [] : s.data)]);
}

let n = 0;
function file(s: WavSpec): string {
  const p = join(tmp, `case${n++}.wav`);
  writeFileSync(p, wavBytes(s));
  return p;
}
const int16le = (...v: number[]) => new Uint8Array(Int16Array.from(v).buffer);
const float32le = (...v: number[]) => new Uint8Array(Float32Array.from(v).buffer);
const all = async <T>(src: import('rxjs').Observable<T>) => lastValueFrom(src.pipe(toArray()));
const ch0 = (frames: Frame[]) => frames.flatMap((f) => Array.from(f.channels[0] as ArrayLike<number>));

/** The WavFileError thrown at creation. */
function creationError(p: string, opts: Parameters<typeof readWav>[1] = { frameLength: 4 }): WavFileError {
  try {
    readWav(p, opts);
  } catch (err) {
    expect(err).toBeInstanceOf(WavFileError);
    expect((err as WavFileError).path).toBe(p);
    return err as WavFileError;
  }
  throw new Error(`readWav accepted ${p}`);
}

describe('readWav rejects encodings it does not decode (WAV_FORMAT)', () => {
  it.each([
    [0x55, 'MP3'],
    [0x06, 'A-law'],
    [0x07, 'µ-law'],
    [0x11, 'IMA ADPCM'],
    [0x02, 'Microsoft ADPCM'],
    [0x1234, undefined],
  ])('format tag 0x%s', (tag, name) => {
    const e = creationError(file({ tag, data: int16le(1, 2, 3, 4) }));
    expect(e.code).toBe('WAV_FORMAT');
    expect(e.message).toContain(`format tag 0x${tag.toString(16).padStart(4, '0')}${name ? ` (${name})` : ''} is not decoded`);
  });

  it('PCM of 12 bits (the 4.9× full-scale case) and 20 bits, float of 16 bits', () => {
    for (const [tag, bits, blockAlign] of [
      [1, 12, 1],
      [1, 12, 2],
      [1, 20, 3],
      [3, 16, 2],
    ] as const) {
      const e = creationError(file({ tag, bits, blockAlign, data: new Uint8Array(12) }));
      expect(e.code, `${tag}/${bits}`).toBe('WAV_FORMAT');
      expect(e.message).toMatch(new RegExp(`with ${bits} bits per sample is not decoded`));
    }
  });

  it('WAVE_FORMAT_EXTENSIBLE with an MP3 sub-format or an unknown GUID', () => {
    expect(creationError(file({ extensible: 0x55, data: int16le(1, 2) })).message).toContain('format tag as WAVE_FORMAT_EXTENSIBLE sub-format 0x0055 (MP3) is not decoded');
    const e = creationError(file({ extensible: 1, badGuid: true, data: int16le(1, 2) }));
    expect(e.code).toBe('WAV_FORMAT');
    expect(e.message).toContain('unknown sub-format GUID');
  });
});

describe('readWav rejects headers that contradict themselves (WAV_HEADER)', () => {
  it.each([
    [{ channels: 2, bits: 16, blockAlign: 2 }, 'block align 2 bytes contradicts 2 channel(s) × 16 bits (expected 4)'],
    [{ channels: 1, bits: 16, blockAlign: 3 }, 'block align 3 bytes contradicts 1 channel(s) × 16 bits (expected 2)'],
    [{ channels: 1, bits: 24, blockAlign: 4 }, 'block align 4 bytes contradicts 1 channel(s) × 24 bits (expected 3)'],
    [{ channels: 65535, bits: 16, blockAlign: 2 }, 'declares 65535 channels, expected 1 to 1024'],
    [{ channels: 1025, bits: 8, blockAlign: 1025 }, 'declares 1025 channels, expected 1 to 1024'],
    [{ channels: 0, bits: 16, blockAlign: 0 }, 'declares 0 channels'],
    [{ sampleRate: 0 }, 'declares a sample rate of 0 Hz'],
    [{ omit: 'fmt' as const }, 'no fmt chunk before the data'],
    [{ omit: 'data' as const }, 'no data chunk'],
  ])('%o', (spec, message) => {
    const e = creationError(file({ data: new Uint8Array(8), ...spec }));
    expect(e.code).toBe('WAV_HEADER');
    expect(e.message).toContain(message);
  });

  it('1024 channels (the limit) decode', async () => {
    const data = Uint8Array.from({ length: 1024 * 2 }, (_, i) => (i % 1024) + 100); // 8-bit: v − 128
    const frames = await all(readWav(file({ channels: 1024, bits: 8, data }), { frameLength: 4, dtype: 'float64' }));
    expect(frames[0]!.channels).toHaveLength(1024);
    expect(Array.from(frames[0]!.channels[5]!)).toEqual([(105 - 128) / 128, (105 - 128) / 128]);
  });
});

describe('readWav and truncated data (WAV_TRUNCATED, allowTruncated)', () => {
  const samples = [1, -2, 3, -4, 5];
  it('a header declaring 100× the data: error at creation by default', () => {
    const e = creationError(file({ data: int16le(...samples), declared: 1000 }));
    expect(e.code).toBe('WAV_TRUNCATED');
    expect(e.message).toContain('declares 1000 bytes of samples but holds 10 (pass allowTruncated: true to read what is there)');
  });

  it('a file cut mid-sample: error at creation by default', () => {
    const bytes = int16le(...samples).subarray(0, 9); // the last sample lost a byte
    const e = creationError(file({ data: bytes, declared: 10 }));
    expect(e.code).toBe('WAV_TRUNCATED');
    expect(e.message).toContain('declares 10 bytes of samples but holds 9, cut mid-sample');
    // a header whose declared size is not whole frames is cut mid-sample too
    expect(creationError(file({ data: int16le(...samples).subarray(0, 9) })).code).toBe('WAV_TRUNCATED');
  });

  it('allowTruncated: the whole frames present, and onReport says how much was missing', async () => {
    const reports: ReadWavReport[] = [];
    const p = file({ data: int16le(...samples).subarray(0, 9), declared: 1000 });
    const frames = await all(readWav(p, { frameLength: 2, allowTruncated: true, onReport: (r) => reports.push(r) }));
    expect(ch0(frames)).toEqual([1, -2, 3, -4]);
    expect(reports).toEqual([{ path: p, declaredFrames: 500, frames: 4, missingBytes: 991, missingFrames: 496, clipped: 0, nonFinite: 0 }]);
  });

  it('allowTruncated without onReport: a process warning (code RXDSP_WAV_TRUNCATED)', async () => {
    const p = file({ data: int16le(...samples), declared: 20 });
    const warned = new Promise<Error & { code?: string }>((resolve) => process.once('warning', resolve));
    await all(readWav(p, { frameLength: 2, allowTruncated: true }));
    const w = await warned;
    expect(w.code).toBe('RXDSP_WAV_TRUNCATED');
    expect(w.message).toBe(`readWav: "${p}" is truncated: 5 of 10 frames (10 bytes) missing`);
  });

  it('a file truncated after creation: the stream errors with WAV_TRUNCATED', async () => {
    const p = file({ data: int16le(...samples) });
    const src = readWav(p, { frameLength: 2 });
    writeFileSync(p, wavBytes({ data: int16le(...samples), declared: 10 }).subarray(0, 44 + 6));
    const err = await all(src).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WavFileError);
    expect((err as WavFileError).code).toBe('WAV_TRUNCATED');
  });

  it('rejects a non-boolean allowTruncated and a non-function onReport', () => {
    const p = file({ data: int16le(1) });
    expect(() => readWav(p, { frameLength: 2, allowTruncated: 1 as never })).toThrow('readWav: allowTruncated must be a boolean, got 1');
    expect(() => readWav(p, { frameLength: 2, onReport: 'x' as never })).toThrow(/readWav: onReport must be a function/);
  });
});

describe('readWav decodes what it supports exactly', () => {
  it('float read as int16 reports clipped and non-finite samples', async () => {
    const reports: ReadWavReport[] = [];
    const p = file({ tag: 3, bits: 32, data: float32le(0.5, Number.NaN, Infinity, -Infinity, 5, -1, 1, -1.5, 0.25) });
    const frames = await all(readWav(p, { frameLength: 16, dtype: 'int16', onReport: (r) => reports.push(r) }));
    // 0.5·32768; NaN → 0; ±Inf → the rails; 5, 1 and −1.5 beyond full scale; −1 is exactly −32768
    expect(ch0(frames)).toEqual([16384, 0, 32767, -32768, 32767, -32768, 32767, -32768, 8192]);
    expect(reports[0]).toMatchObject({ frames: 9, missingFrames: 0, clipped: 3, nonFinite: 3 });
    // default: a warning
    const warned = new Promise<Error & { code?: string }>((resolve) => process.once('warning', resolve));
    await all(readWav(p, { frameLength: 16, dtype: 'int16' }));
    expect((await warned).message).toBe(`readWav: "${p}" read as int16: 3 sample(s) clipped, 3 non-finite`);
    // read as float, nothing is altered: NaN and Inf pass through, nothing to report
    const asFloat = await all(readWav(p, { frameLength: 16, onReport: (r) => reports.push(r) }));
    expect(ch0(asFloat)).toEqual([0.5, Number.NaN, Infinity, -Infinity, 5, -1, 1, -1.5, 0.25]);
    expect(reports[1]).toMatchObject({ clipped: 0, nonFinite: 0 });
  });

  it('WAVE_FORMAT_EXTENSIBLE PCM 24-bit and float 64-bit; RIFX 16-bit big endian', async () => {
    // 24-bit little endian: 0x7fffff (max), 0x800000 (min), 0xffffff (−1), 0x000100 (256)
    const d24 = Uint8Array.of(0xff, 0xff, 0x7f, 0x00, 0x00, 0x80, 0xff, 0xff, 0xff, 0x00, 0x01, 0x00);
    const f24 = await all(readWav(file({ extensible: 1, bits: 24, data: d24 }), { frameLength: 8 }));
    expect(ch0(f24)).toEqual([(2 ** 23 - 1) / 2 ** 23, -1, -1 / 2 ** 23, 256 / 2 ** 23]);
    const d64 = new Uint8Array(Float64Array.of(0.125, -0.75).buffer);
    const f64 = await all(readWav(file({ extensible: 3, bits: 64, channels: 2, data: d64 }), { frameLength: 8 }));
    expect(f64[0]!.channels.map((c) => Array.from(c))).toEqual([[0.125], [-0.75]]);
    expect(f64[0]!.channels[0]).toBeInstanceOf(Float64Array);
    const be = await all(readWav(file({ bigEndian: true, data: Uint8Array.of(0x01, 0x02, 0xff, 0xfe) }), { frameLength: 8 }));
    expect(ch0(be)).toEqual([0x0102, -2]);
    expect(be[0]!.channels[0]).toBeInstanceOf(Int16Array);
  });
});
