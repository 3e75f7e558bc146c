// Internal: cascade of biquads in transposed direct form II, section by section over the block
// (scipy's _sosfilt arithmetic per sample). `sos` is flat, row-major, a0-normalised; z is flat (S, 2).
import type { FloatArray } from './FilterKernel';

export function sosRun(sos: Float64Array, z: Float64Array, x: ArrayLike<number>, y: Float64Array, len: number): void {
  const S = sos.length / 6;
  let src: ArrayLike<number> = x;
  for (let s = 0; s < S; s++) {
    const o = s * 6;
    const b0 = sos[o] as number;
    const b1 = sos[o + 1] as number;
    const b2 = sos[o + 2] as number;
    const a1 = sos[o + 4] as number;
    const a2 = sos[o + 5] as number;
    let z0 = z[2 * s] as number;
    let z1 = z[2 * s + 1] as number;
    for (let i = 0; i < len; i++) {
      const xi = src[i] as number;
      const yi = b0 * xi + z0;
      z0 = b1 * xi - a1 * yi + z1;
      z1 = b2 * xi - a2 * yi;
      y[i] = yi;
    }
    z[2 * s] = z0;
    z[2 * s + 1] = z1;
    src = y;
  }
}

/** Copies a Float64 scratch into any float output. */
export function copyOut(src: Float64Array, dst: FloatArray, len: number): void {
  for (let i = 0; i < len; i++) dst[i] = src[i] as number;
}
