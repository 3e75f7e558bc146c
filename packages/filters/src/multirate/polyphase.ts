// Internal: the polyphase arithmetic shared by upfirdn, resamplePoly and the streaming resampler kernel.
//
// upfirdn's output y[k] = Σ_j h[j]·u[k·down − j], with u the input upsampled by `up` (up − 1 zeros after every
// sample). Only the taps j ≡ k·down (mod up) meet a non-zero u, so with m = k·down, i0 = ⌊m / up⌋ and
// phase p = m − i0·up:  y[k] = Σ_t h[p + t·up] · x[i0 − t].  `phases[p][t] = h[p + t·up]` holds those taps.
import { type ExtensionMode, extendedSample } from './signalExtension';

/** Splits `h` into its `up` polyphase components: `phases[p][t] = h[p + t·up]` (lengths ⌈(len − p)/up⌉, may be 0). */
export function polyphaseSplit(h: ArrayLike<number>, up: number): Float64Array[] {
  const phases: Float64Array[] = [];
  for (let p = 0; p < up; p++) {
    const len = p < h.length ? Math.ceil((h.length - p) / up) : 0;
    const taps = new Float64Array(len);
    for (let t = 0; t < len; t++) taps[t] = h[p + t * up] as number;
    phases.push(taps);
  }
  return phases;
}

/** Length of upfirdn's output (scipy's `_output_len`): ⌊((n − 1)·up + hLen − 1) / down⌋ + 1. */
export function upfirdnLength(hLen: number, n: number, up: number, down: number): number {
  return Math.floor(((n - 1) * up + hLen - 1) / down) + 1;
}

/**
 * Writes upfirdn outputs k0 … k1 − 1 into `y` (from `y[0]`), reading `x` (n samples) and, outside it, the
 * extension `mode` / `cval`. The interior runs without index checks; the edges go through `extendedSample`.
 */
export function upfirdnRange(
  phases: readonly Float64Array[],
  up: number,
  down: number,
  x: Float64Array,
  k0: number,
  k1: number,
  mode: ExtensionMode,
  cval: number,
  y: Float64Array,
): void {
  const n = x.length;
  for (let k = k0; k < k1; k++) {
    const m = k * down;
    const i0 = Math.floor(m / up);
    const hp = phases[m - i0 * up] as Float64Array;
    const cnt = hp.length;
    let acc = 0;
    if (i0 - cnt + 1 >= 0 && i0 < n) {
      for (let t = 0; t < cnt; t++) acc += (hp[t] as number) * (x[i0 - t] as number);
    } else {
      for (let t = 0; t < cnt; t++) acc += (hp[t] as number) * extendedSample(x, i0 - t, mode, cval);
    }
    y[k - k0] = acc;
  }
}
