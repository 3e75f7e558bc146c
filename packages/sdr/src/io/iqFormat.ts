/** Sample formats of raw IQ files: interleaved I, Q pairs, no header. */
export type IqFormat = 'cu8' | 'cs16' | 'cf32';

/** Bytes per complex sample of each format. */
export const IQ_BYTES_PER_SAMPLE: Readonly<Record<IqFormat, number>> = { cu8: 2, cs16: 4, cf32: 8 };

export const IQ_FORMATS = ['cu8', 'cs16', 'cf32'] as const;

/**
 * Decodes `count` complex samples of `format` from `bytes` (from byte 0) into `i`/`q` at `at`:
 * cu8 `(b − 127.5) / 127.5` (rtl_sdr's unsigned bytes), cs16 little-endian int16 / 32768, cf32
 * little-endian float32 as is: ±1 full scale for all three.
 */
export function decodeIq(format: IqFormat, bytes: Buffer, count: number, i: Float64Array, q: Float64Array, at: number): void {
  if (format === 'cu8') {
    for (let k = 0; k < count; k++) {
      i[at + k] = ((bytes[2 * k] as number) - 127.5) / 127.5;
      q[at + k] = ((bytes[2 * k + 1] as number) - 127.5) / 127.5;
    }
  } else if (format === 'cs16') {
    for (let k = 0; k < count; k++) {
      i[at + k] = bytes.readInt16LE(4 * k) / 32768;
      q[at + k] = bytes.readInt16LE(4 * k + 2) / 32768;
    }
  } else {
    for (let k = 0; k < count; k++) {
      i[at + k] = bytes.readFloatLE(8 * k);
      q[at + k] = bytes.readFloatLE(8 * k + 4);
    }
  }
}

/**
 * Encodes complex samples (±1 full scale) into `format`: cu8 `round(x·127.5 + 127.5)` and cs16
 * `round(x·32768)`, both saturated (never wrapped); cf32 rounded to float32.
 */
export function encodeIq(format: IqFormat, i: Float64Array, q: Float64Array): Buffer {
  const n = i.length;
  const b = Buffer.alloc(n * IQ_BYTES_PER_SAMPLE[format]);
  const u8 = (x: number): number => Math.min(255, Math.max(0, Math.round(x * 127.5 + 127.5)));
  const s16 = (x: number): number => Math.min(32767, Math.max(-32768, Math.round(x * 32768)));
  for (let k = 0; k < n; k++) {
    const a = i[k] as number;
    const c = q[k] as number;
    if (format === 'cu8') {
      b[2 * k] = u8(a);
      b[2 * k + 1] = u8(c);
    } else if (format === 'cs16') {
      b.writeInt16LE(s16(a), 4 * k);
      b.writeInt16LE(s16(c), 4 * k + 2);
    } else {
      b.writeFloatLE(a, 8 * k);
      b.writeFloatLE(c, 8 * k + 4);
    }
  }
  return b;
}
