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
 * Writes upfirdn outputs k0 … k1 − 1 into `y` (from `y[0]`), reading input i from `x[i + xOffset]` and, outside
 * `x`, the extension `mode` / `cval` (with xOffset 0). The interior runs without index checks; the edges go through
 * `extendedSample`.
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
  xOffset = 0,
): void {
  // Outputs k and k + up use the same phase, their inputs `down` apart: the interior runs them four at a time
  // (each tap loaded once for four outputs, four independent sums). Per output the products and their order are
  // those of the one-at-a-time loop, so the result does not depend on the grouping.
  // Blocks of 64·up outputs (every phase 64 times), so a long signal is not swept once per phase.
  const block = 64 * up;
  for (let b0 = k0; b0 < k1; b0 += block) {
    const b1 = Math.min(k1, b0 + block);
    phaseBlock(phases, up, down, x, k0, b0, b1, mode, cval, y, xOffset);
  }
}

/** upfirdnRange over outputs b0 … b1 − 1 (written at y[k − k0]), phase by phase. */
function phaseBlock(
  phases: readonly Float64Array[],
  up: number,
  down: number,
  x: Float64Array,
  k0: number,
  b0: number,
  k1: number,
  mode: ExtensionMode,
  cval: number,
  y: Float64Array,
  shift: number,
): void {
  const n = x.length;
  for (let first = b0; first < Math.min(b0 + up, k1); first++) {
    const m0 = first * down;
    const i00 = Math.floor(m0 / up);
    const hp = phases[m0 - i00 * up] as Float64Array;
    // i0 below is the index into x (input index + shift)
    const cnt = hp.length;
    const step = down; // input advance between outputs of this phase (up outputs apart)
    let k = first;
    let i0 = i00 + shift;
    for (; k < k1; k += up, i0 += step) {
      // four outputs k, k + up, k + 2up, k + 3up, all inside x
      if (k + 3 * up < k1 && i0 - cnt + 1 >= 0 && i0 + 3 * step < n) {
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        for (let t = 0; t < cnt; t++) {
          const h = hp[t] as number;
          const j = i0 - t;
          a0 += h * (x[j] as number);
          a1 += h * (x[j + step] as number);
          a2 += h * (x[j + 2 * step] as number);
          a3 += h * (x[j + 3 * step] as number);
        }
        y[k - k0] = a0;
        y[k + up - k0] = a1;
        y[k + 2 * up - k0] = a2;
        y[k + 3 * up - k0] = a3;
        k += 3 * up;
        i0 += 3 * step;
        continue;
      }
      let acc = 0;
      if (i0 - cnt + 1 >= 0 && i0 < n) {
        for (let t = 0; t < cnt; t++) acc += (hp[t] as number) * (x[i0 - t] as number);
      } else {
        for (let t = 0; t < cnt; t++) acc += (hp[t] as number) * extendedSample(x, i0 - t, mode, cval); // (shift is 0 here: only the kernel shifts, and its buffer covers every index it asks for)
      }
      y[k - k0] = acc;
    }
  }
}
