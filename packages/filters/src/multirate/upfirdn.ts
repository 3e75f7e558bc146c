import { checkFiniteVector, checkFinite, checkInt, checkOneOf, checkOptions } from '@rxdsp/core';
import { perChannel, signalSamples } from './channels';
import { polyphaseSplit, upfirdnLength, upfirdnRange } from './polyphase';
import { EXTENSION_MODES, type ExtensionMode } from './signalExtension';

export type { ExtensionMode } from './signalExtension';

/** Options of {@link upfirdn}. */
export interface UpfirdnOptions {
  /**
   * How `x` is extended beyond its ends (scipy's `mode`): `'constant'` (default, the value `cval`), `'edge'`,
   * `'wrap'`, `'symmetric'`, `'reflect'`, `'antisymmetric'`, `'antireflect'` (reflect, point-mirrored about the
   * end samples), `'line'` (the straight line through the first and last samples), `'smooth'` (the straight line
   * through the two end samples on each side). `'reflect'`, `'antireflect'` and `'smooth'` need at least 2 samples.
   */
  readonly mode?: ExtensionMode;
  /** The constant of `mode: 'constant'` (default 0). */
  readonly cval?: number;
}

const fn = 'upfirdn';

/**
 * Upsample by `up` (zero insertion), FIR filter with `h`, downsample by `down` — scipy's
 * `signal.upfirdn(h, x, up, down, mode=mode, cval=cval)`, computed polyphase (only the outputs kept, only the
 * taps that meet a non-zero input: ⌈len(h)/up⌉ multiplies per output sample).
 *
 * Output length ⌊((len(x) − 1)·up + len(h) − 1)/down⌋ + 1, as scipy. Several channels (an array of equal-length
 * arrays, scipy's 2-D input with axis = −1) give one output per channel. Numbers match scipy to ~1e-15
 * relative to the output's peak (the same products, summed in another order). The multiply-adds run in
 * WebAssembly SIMD (two float64 lanes; a JavaScript loop with the same summation order where WebAssembly SIMD
 * is unavailable, so the numbers are the same either way).
 *
 * ## Example
 * ```ts
 * import { upfirdn } from '@rxdsp/filters';
 * upfirdn([1, 1, 1], [1, 2, 3], 3);            // [1, 1, 1, 2, 2, 2, 3, 3, 3]: sample and hold
 * upfirdn([0.5, 1, 0.5], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 2, 3); // [0, 1, 2.5, 4, 5.5, 7, 8.5]
 * ```
 *
 * @param h FIR filter taps (non-empty, finite)
 * @param x signal (non-empty), or an array of channels of equal length
 * @param up upsampling factor, integer ≥ 1 (default 1)
 * @param down downsampling factor, integer ≥ 1 (default 1)
 * @param options `mode`, `cval`
 * @throws TypeError / RangeError naming the parameter and the value
 */
export function upfirdn(h: ArrayLike<number>, x: ArrayLike<number>, up?: number, down?: number, options?: UpfirdnOptions): Float64Array;
export function upfirdn(h: ArrayLike<number>, x: ReadonlyArray<ArrayLike<number>>, up?: number, down?: number, options?: UpfirdnOptions): Float64Array[];
export function upfirdn(
  h: ArrayLike<number>,
  x: ArrayLike<number> | ReadonlyArray<ArrayLike<number>>,
  up = 1,
  down = 1,
  options?: UpfirdnOptions,
): Float64Array | Float64Array[] {
  const taps = checkFiniteVector(fn, 'h', h);
  const u = checkInt(fn, 'up', up);
  const d = checkInt(fn, 'down', down);
  const o = checkOptions(fn, options, { optional: true });
  const mode = checkOneOf(fn, 'options.mode', o.mode ?? 'constant', EXTENSION_MODES);
  const cval = checkFinite(fn, 'options.cval', o.cval ?? 0);
  const phases = polyphaseSplit(taps, u);
  return perChannel(fn, x, (ch, name) => {
    const xs = signalSamples(fn, name, ch, mode);
    const len = upfirdnLength(taps.length, xs.length, u, d);
    const y = new Float64Array(len);
    upfirdnRange(phases, u, d, xs, 0, len, mode, cval, y);
    return y;
  });
}
