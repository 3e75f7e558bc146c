import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The benchmark signal: 20 s of seeded white noise at 48 kHz, processed in frames of 1024 samples. */
export const SAMPLE_RATE = 48000;
export const SECONDS = 20;
export const FRAME = 1024;
export const SEED = 20261124;

/** Seeded Gaussian white noise (mulberry32 + Box–Muller): the same signal on every run. */
export function whiteNoise(n: number, seed: number = SEED): Float64Array {
  let s = seed >>> 0;
  const u = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - u()));
    const th = 2 * Math.PI * u();
    out[i] = r * Math.cos(th);
    if (i + 1 < n) out[i + 1] = r * Math.sin(th);
  }
  return out;
}

/** Cuts a signal into frames (views, allocated once, outside any timed loop). */
export function frames(x: Float64Array, frameLength: number = FRAME): Float64Array[] {
  const out: Float64Array[] = [];
  for (let p = 0; p < x.length; p += frameLength) out.push(x.subarray(p, Math.min(x.length, p + frameLength)));
  return out;
}

/** A fresh temp directory for files shared with the python side. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rxdsp-bench-'));
}

/** Writes raw little-endian float64 (numpy: `np.fromfile(path, dtype='<f8')`). */
export function writeF64(path: string, x: Float64Array): void {
  writeFileSync(path, Buffer.from(x.buffer, x.byteOffset, x.byteLength));
}
