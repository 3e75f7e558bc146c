// Internal: the polyphase arithmetic shared by upfirdn, resamplePoly, decimate and the streaming resampler kernel.
//
// upfirdn's output y[k] = Σ_j h[j]·u[k·down − j], with u the input upsampled by `up` (up − 1 zeros after every
// sample). Only the taps j ≡ k·down (mod up) meet a non-zero u, so with m = k·down, i0 = ⌊m / up⌋ and
// phase p = m − i0·up:  y[k] = Σ_t h[p + t·up] · x[i0 − t],  t = 0 … cnt − 1,  cnt = ⌈len(h)/up⌉ (taps past
// the end of h are zeros, as in scipy's transposed filter). The bank stores each phase reversed, so that output
// k is a dot product of cnt contiguous taps with the cnt contiguous inputs x[i0 − cnt + 1 … i0]; from one output
// to the next the phase advances by `down` (mod up) and the window by ⌊down/up⌋ or one more.
// The dot products run in WebAssembly SIMD (polyphaseSimd.ts) or, without it, in JavaScript with the same
// summation order, so the outputs are bit-identical either way and do not depend on how the outputs are split
// into calls (the streaming kernel's framing).
import { loadPolyphaseSimd, type PolyphaseSimd } from './polyphaseSimd';
import { type ExtensionMode, extendedSample } from './signalExtension';

/** A filter split into its polyphase components, each reversed and zero-padded to `cnt` taps. */
export interface PolyphaseBank {
  /** The upsampling factor the filter was split for. */
  readonly up: number;
  /** Taps per phase: ⌈len(h)/up⌉. */
  readonly cnt: number;
  /** `taps[p·stride + s] = h[p + (cnt − 1 − s)·up]` (0 past the end of h), stride = cnt rounded up to even. */
  readonly taps: Float64Array;
}

/** Distance between phases in a bank's taps: cnt rounded up to even (keeps the tap pairs 16-byte aligned). */
const strideOf = (cnt: number): number => cnt + (cnt & 1);

/** Splits `h` into its `up` polyphase components (see {@link PolyphaseBank}). */
export function polyphaseSplit(h: ArrayLike<number>, up: number): PolyphaseBank {
  const cnt = Math.ceil(h.length / up);
  const stride = strideOf(cnt);
  const taps = new Float64Array(stride * up);
  for (let p = 0; p < up; p++) {
    for (let s = 0; s < cnt; s++) {
      const j = p + (cnt - 1 - s) * up;
      if (j < h.length) taps[p * stride + s] = h[j] as number;
    }
  }
  return { up, cnt, taps };
}

/** Length of upfirdn's output (scipy's `_output_len`): ⌊((n − 1)·up + hLen − 1) / down⌋ + 1. */
export function upfirdnLength(hLen: number, n: number, up: number, down: number): number {
  return Math.floor(((n - 1) * up + hLen - 1) / down) + 1;
}

/** Outputs per call of the inner loop: about this many inputs' worth, so the window and outputs stay in cache. */
const CHUNK_INPUTS = 8192;

/**
 * Writes upfirdn outputs k0 … k1 − 1 into `y` (from `y[0]`), reading input i from `x[i + xOffset]` and, outside
 * `x`, the extension `mode` / `cval` (used with xOffset 0: the streaming kernel's buffer holds every input it
 * asks for). `up` is the bank's. `simd`: the WebAssembly loop, or null for the JavaScript one (the same sums).
 */
export function upfirdnRange(
  bank: PolyphaseBank,
  up: number,
  down: number,
  x: Float64Array,
  k0: number,
  k1: number,
  mode: ExtensionMode,
  cval: number,
  y: Float64Array,
  xOffset = 0,
  simd: PolyphaseSimd | null = loadPolyphaseSimd() ?? null,
): void {
  const { cnt } = bank;
  // a multiple of 4·up outputs, so that the loop runs every phase's outputs in whole groups of four
  const chunk = 4 * up * Math.max(1, Math.round(CHUNK_INPUTS / (4 * down)));
  const di = Math.floor(down / up);
  const dp = down - di * up;
  for (let c0 = k0; c0 < k1; c0 += chunk) {
    const c1 = Math.min(k1, c0 + chunk);
    const m = c0 * down;
    const i0 = Math.floor(m / up);
    const p = m - i0 * up;
    const lo = i0 - cnt + 1 + xOffset; // first input of the first output's window, as an index into x
    const hi = Math.floor(((c1 - 1) * down) / up) + xOffset; // last input of the last output's window
    if (simd !== null) {
      runSimd(simd, bank, down, x, lo, hi, p, mode, cval, y, c0 - k0, c1 - c0);
    } else if (lo >= 0 && hi < x.length) {
      runJs(bank, x, lo, p, di, dp, y, c0 - k0, c1 - c0);
    } else {
      const win = new Float64Array(hi - lo + 1);
      fillWindow(win, x, lo, mode, cval);
      runJs(bank, win, 0, p, di, dp, y, c0 - k0, c1 - c0);
    }
  }
}

/** win[j] = x[lo + j], the extension outside x. */
function fillWindow(win: Float64Array, x: Float64Array, lo: number, mode: ExtensionMode, cval: number): void {
  const n = x.length;
  const len = win.length;
  const a = Math.min(len, Math.max(0, -lo)); // win indices before x
  const b = Math.max(a, Math.min(len, n - lo)); // end of the part inside x
  for (let j = 0; j < a; j++) win[j] = extendedSample(x, lo + j, mode, cval);
  if (b > a) win.set(x.subarray(lo + a, lo + b), a);
  for (let j = b; j < len; j++) win[j] = extendedSample(x, lo + j, mode, cval);
}

/** The bank resident in the WebAssembly memory (at byte 0), so that a stream's frames do not copy it again. */
let resident: PolyphaseBank | undefined;
let heap: Float64Array | undefined;

/** Outputs y[yAt …] of one chunk in WebAssembly: bank at byte 0, then the input window, then the outputs. */
function runSimd(
  simd: PolyphaseSimd,
  bank: PolyphaseBank,
  down: number,
  x: Float64Array,
  lo: number,
  hi: number,
  p: number,
  mode: ExtensionMode,
  cval: number,
  y: Float64Array,
  yAt: number,
  n: number,
): void {
  const tapsLen = bank.taps.length + (bank.taps.length & 1); // keep the window 16-byte aligned
  const winLen = hi - lo + 1;
  const winAt = tapsLen;
  const yAtHeap = winAt + winLen + (winLen & 1);
  const bytes = (yAtHeap + n) * 8;
  // (growing the memory detaches its old buffer: a view of it then has length 0)
  if (heap === undefined || heap.length * 8 < bytes) {
    const have = simd.memory.buffer.byteLength;
    if (have < bytes) simd.memory.grow(Math.ceil((bytes - have) / 65536));
    heap = new Float64Array(simd.memory.buffer);
  }
  if (resident !== bank) {
    heap.set(bank.taps, 0);
    resident = bank;
  }
  fillWindow(heap.subarray(winAt, winAt + winLen), x, lo, mode, cval);
  const di = Math.floor(down / bank.up);
  simd.run(0, bank.cnt, winAt * 8, yAtHeap * 8, n, 0, p, bank.up, di, down - di * bank.up, down);
  y.set(heap.subarray(yAtHeap, yAtHeap + n), yAt);
}

/** The same outputs in JavaScript, summed in the order of polyphaseSimd.ts: window start x[w], phase p. */
function runJs(bank: PolyphaseBank, x: Float64Array, w0: number, p0: number, di: number, dp: number, y: Float64Array, yAt: number, n: number): void {
  const { taps, cnt, up } = bank;
  const stride = strideOf(cnt);
  const pairsEnd = cnt & ~1;
  let w = w0;
  let p = p0;
  for (let k = 0; k < n; k++) {
    const o = p * stride;
    let even = 0;
    let odd = 0;
    for (let s = 0; s < pairsEnd; s += 2) {
      even += (taps[o + s] as number) * (x[w + s] as number);
      odd += (taps[o + s + 1] as number) * (x[w + s + 1] as number);
    }
    let sum = even + odd;
    if (pairsEnd < cnt) sum += (taps[o + pairsEnd] as number) * (x[w + pairsEnd] as number);
    y[yAt + k] = sum;
    w += di;
    p += dp;
    if (p >= up) {
      p -= up;
      w++;
    }
  }
}
