// Internal: a WAV file written frame by frame (header first with sizes 0, data appended,
// sizes patched at close), so that a stream of any length keeps constant memory and an early
// end still leaves a valid file.
import { closeSync, openSync, writeSync } from 'node:fs';
import { roundSaturate } from '../internal/generate';
import type { SampleArray } from '../types/Frame';

const MAX_DATA = 0xffffffff - 64;

export class WavAppender {
  /** Samples per channel written so far. */
  samples = 0;
  private dataBytes = 0;
  private buf = new ArrayBuffer(0);
  private view = new DataView(this.buf);
  private constructor(
    private fd: number | undefined,
    private readonly channels: number,
    private readonly format: 'int16' | 'float32',
    private readonly headerBytes: number,
  ) {}

  /** Creates (or replaces) the file and writes its header. */
  static create(path: string, channels: number, sampleRate: number, format: 'int16' | 'float32'): WavAppender {
    const fd = openSync(path, 'w');
    const float = format === 'float32';
    const header = WavAppender.header(channels, sampleRate, format, 0);
    try {
      writeSync(fd, header);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
    return new WavAppender(fd, channels, float ? 'float32' : 'int16', header.length);
  }

  /** The RIFF header: PCM 16-bit (fmt of 16 bytes) or IEEE float 32-bit (fmt of 18 bytes + fact). */
  private static header(channels: number, sampleRate: number, format: 'int16' | 'float32', frames: number): Uint8Array {
    const float = format === 'float32';
    const bytesPer = float ? 4 : 2;
    const fmtSize = float ? 18 : 16;
    const factSize = float ? 12 : 0;
    const size = 12 + 8 + fmtSize + factSize + 8;
    const h = new DataView(new ArrayBuffer(size));
    const tag = (at: number, s: string) => {
      for (let i = 0; i < 4; i++) h.setUint8(at + i, s.charCodeAt(i));
    };
    const data = frames * channels * bytesPer;
    tag(0, 'RIFF');
    h.setUint32(4, size - 8 + data, true);
    tag(8, 'WAVE');
    tag(12, 'fmt ');
    h.setUint32(16, fmtSize, true);
    h.setUint16(20, float ? 3 : 1, true);
    h.setUint16(22, channels, true);
    h.setUint32(24, sampleRate, true);
    h.setUint32(28, sampleRate * channels * bytesPer, true);
    h.setUint16(32, channels * bytesPer, true);
    h.setUint16(34, bytesPer * 8, true);
    let at = 36;
    if (float) {
      h.setUint16(36, 0, true); // cbSize
      tag(38, 'fact');
      h.setUint32(42, 4, true);
      h.setUint32(46, frames, true);
      at = 50;
    }
    tag(at, 'data');
    h.setUint32(at + 4, data, true);
    return new Uint8Array(h.buffer);
  }

  /** Appends one frame (planar channels, equal lengths), interleaved in the file's format. */
  append(chans: readonly SampleArray[], scale: 'unit' | 'int16'): void {
    const fd = this.fd;
    if (fd === undefined) throw new Error('the file is closed');
    const n = chans[0]?.length ?? 0;
    const nch = this.channels;
    const int16 = this.format === 'int16';
    const bytes = n * nch * (int16 ? 2 : 4);
    if (this.dataBytes + bytes > MAX_DATA) throw new Error('the file would exceed the 4 GiB limit of the WAV format');
    if (this.buf.byteLength < bytes) {
      this.buf = new ArrayBuffer(Math.max(bytes, 2 * this.buf.byteLength));
      this.view = new DataView(this.buf);
    }
    const v = this.view;
    for (let c = 0; c < nch; c++) {
      const ch = chans[c] as SampleArray;
      const isInt = ch instanceof Int16Array;
      // value in the file's unit: counts for int16 files, ±1 full scale for float files
      const k = int16 ? (isInt || scale === 'int16' ? 1 : 32768) : isInt || scale === 'int16' ? 1 / 32768 : 1;
      if (int16) {
        if (isInt) for (let i = 0; i < n; i++) v.setInt16(2 * (i * nch + c), ch[i] as number, true);
        else for (let i = 0; i < n; i++) v.setInt16(2 * (i * nch + c), roundSaturate((ch[i] as number) * k), true);
      } else {
        for (let i = 0; i < n; i++) v.setFloat32(4 * (i * nch + c), (ch[i] as number) * k, true);
      }
    }
    writeSync(fd, new Uint8Array(this.buf, 0, bytes));
    this.dataBytes += bytes;
    this.samples += n;
  }

  /** Patches the sizes into the header and closes the file (once). */
  close(): void {
    const fd = this.fd;
    if (fd === undefined) return;
    this.fd = undefined;
    try {
      const h = new DataView(new ArrayBuffer(4));
      const put = (at: number, value: number) => {
        h.setUint32(0, value, true);
        writeSync(fd, new Uint8Array(h.buffer), 0, 4, at);
      };
      put(4, this.headerBytes - 8 + this.dataBytes);
      if (this.format === 'float32') put(46, this.samples);
      put(this.headerBytes - 4, this.dataBytes);
    } finally {
      closeSync(fd);
    }
  }
}
