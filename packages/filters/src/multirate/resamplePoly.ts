import type { WindowSpec } from '@rxdsp/core';
import { checkFiniteVector, checkFinite, checkInt, checkOneOf, checkOptions, describeValue } from '@rxdsp/core';
import { perChannel, signalSamples } from './channels';
import { gcd } from './gcd';
import { polyphaseSplit, upfirdnLength, upfirdnRange } from './polyphase';
import { designResampleFilter } from './resamplePolyTaps';
import { EXTENSION_MODES, type ExtensionMode } from './signalExtension';

/** Padding of {@link resamplePoly}: an upfirdn extension mode, or a background value removed before filtering. */
export type ResamplePadtype = ExtensionMode | 'mean' | 'median' | 'maximum' | 'minimum';

/** Options of {@link resamplePoly}. */
export interface ResamplePolyOptions {
  /**
   * The lowpass: a window spec for scipy's design (`firwin(2·10·max(up, down) + 1, 1/max(up, down), window)`,
   * see {@link resamplePolyTaps}; default `['kaiser', 5.0]`), or the FIR taps themselves (an array of numbers;
   * scipy multiplies them by `up`, so give unity-gain taps).
   */
  readonly window?: WindowSpec | ArrayLike<number>;
  /**
   * How the signal is taken to continue beyond its ends: `'constant'` (default, `cval`), an upfirdn mode
   * (`'line'`, `'smooth'`, `'edge'`, `'wrap'`, `'symmetric'`, `'reflect'`, `'antisymmetric'`, `'antireflect'`), or `'mean'` / `'median'` /
   * `'maximum'` / `'minimum'`: that value of the channel is subtracted, the rest zero-padded, and it is added back.
   */
  readonly padtype?: ResamplePadtype;
  /** Padding value of `padtype: 'constant'` (default 0); an error with any other padtype, as in scipy. */
  readonly cval?: number;
}

const fn = 'resamplePoly';
const PADTYPES = [...EXTENSION_MODES, 'mean', 'median', 'maximum', 'minimum'] as const;

/**
 * Resamples by the rational factor `up/down` with a polyphase FIR filter — scipy's
 * `signal.resample_poly(x, up, down, window=…, padtype=…, cval=…)`: reduce `up/down` by their gcd, design the
 * lowpass (or take the given taps · up), zero-pad it so the output is centred, run {@link upfirdn} and keep
 * ⌈len(x)·up/down⌉ samples. There is no delay: output sample k sits at input time k·down/up.
 *
 * Only the kept outputs are computed. Several channels (an array of equal-length arrays, scipy's 2-D input
 * along the last axis) are resampled independently (`'mean'` etc. per channel, as scipy's keepdims).
 * Numbers match scipy to ~1e-15 relative to the output's peak.
 *
 * ## Example
 * ```ts
 * import { resamplePoly } from '@rxdsp/filters';
 * const x = Float64Array.from({ length: 441 }, (_, n) => Math.sin((2 * Math.PI * 1000 * n) / 44100));
 * const y = resamplePoly(x, 160, 147); // 44.1 kHz → 48 kHz: 480 samples
 * ```
 *
 * @param x signal (non-empty), or an array of channels of equal length
 * @param up upsampling factor, integer ≥ 1
 * @param down downsampling factor, integer ≥ 1
 * @param options `window`, `padtype`, `cval`
 * @throws TypeError / RangeError naming the parameter and the value
 */
export function resamplePoly(x: ArrayLike<number>, up: number, down: number, options?: ResamplePolyOptions): Float64Array;
export function resamplePoly(x: ReadonlyArray<ArrayLike<number>>, up: number, down: number, options?: ResamplePolyOptions): Float64Array[];
export function resamplePoly(
  x: ArrayLike<number> | ReadonlyArray<ArrayLike<number>>,
  up: number,
  down: number,
  options?: ResamplePolyOptions,
): Float64Array | Float64Array[] {
  return resamplePolyAs(fn, x, up, down, options);
}

/** {@link resamplePoly} with the calling function's name for messages (decimate uses it). */
export function resamplePolyAs(
  f: string,
  x: unknown,
  up: unknown,
  down: unknown,
  options: ResamplePolyOptions | undefined,
): Float64Array | Float64Array[] {
  const u0 = checkInt(f, 'up', up);
  const d0 = checkInt(f, 'down', down);
  const o = checkOptions(f, options, { optional: true });
  const padtype = checkOneOf(f, 'options.padtype', o.padtype ?? 'constant', PADTYPES);
  if (o.cval !== undefined && padtype !== 'constant') {
    throw new RangeError(`${f}: options.cval has no effect with padtype ${describeValue(padtype)}; use padtype 'constant' or drop cval`);
  }
  const cval = checkFinite(f, 'options.cval', o.cval ?? 0);
  const g = gcd(u0, d0);
  const u = u0 / g;
  const d = d0 / g;
  const filter = stageFilter(f, o.window, u, d);
  const phases = filter ? polyphaseSplit(filter.taps, u) : undefined;
  const mode: ExtensionMode = padtype === 'mean' || padtype === 'median' || padtype === 'maximum' || padtype === 'minimum' ? 'constant' : padtype;
  return perChannel(f, x, (ch, name) => {
    const input = signalSamples(f, name, ch, mode, false); // read only, or copied below
    if (!filter || !phases) return input === ch ? input.slice() : input; // up = down after reduction: scipy returns a copy
    const background = backgroundValue(padtype, input);
    const xs = background === 0 ? input : input.map((v) => v - background);
    const nOut = Math.ceil((xs.length * u) / d);
    const y = new Float64Array(nOut);
    const k0 = filter.preRemove;
    upfirdnRange(phases, u, d, xs, k0, k0 + nOut, mode, cval, y);
    if (background !== 0) for (let i = 0; i < nOut; i++) y[i] = (y[i] as number) + background;
    return y;
  });
}

/** Stage 1: the filter (designed, or the given taps · up) zero-padded in front so the output is centred. */
function stageFilter(
  f: string,
  window: WindowSpec | ArrayLike<number> | undefined,
  u: number,
  d: number,
): { taps: Float64Array; preRemove: number } | undefined {
  const explicit = isTapArray(window);
  if (u === 1 && d === 1) {
    if (explicit) checkFiniteVector(f, 'options.window', window); // still checked
    return undefined;
  }
  let h: Float64Array;
  let halfLength: number;
  if (explicit) {
    h = checkFiniteVector(f, 'options.window', window);
    for (let i = 0; i < h.length; i++) h[i] = (h[i] as number) * u;
    halfLength = Math.floor((h.length - 1) / 2);
  } else {
    const design = designResampleFilter(f, u, d, (window ?? ['kaiser', 5.0]) as WindowSpec);
    h = design.taps;
    halfLength = design.halfLength;
  }
  // scipy: n_pre_pad = down − half_len % down zeros in front, and the outputs before n_pre_remove dropped.
  const prePad = d - (halfLength % d);
  const padded = new Float64Array(prePad + h.length);
  padded.set(h, prePad);
  return { taps: padded, preRemove: Math.floor((halfLength + prePad) / d) };
}

/** An explicit filter: an array (or typed array) of numbers, as opposed to a window spec (string, number, [name, param]). */
function isTapArray(w: unknown): w is ArrayLike<number> {
  if (ArrayBuffer.isView(w)) return true;
  return Array.isArray(w) && (w.length === 0 || typeof w[0] === 'number');
}

/** Stage 2: the background subtracted for padtype mean/median/maximum/minimum (0 otherwise). */
function backgroundValue(padtype: ResamplePadtype, x: Float64Array): number {
  switch (padtype) {
    case 'mean': {
      let s = 0;
      for (let i = 0; i < x.length; i++) s += x[i] as number;
      return s / x.length;
    }
    case 'median': {
      const s = Float64Array.from(x).sort();
      const h = s.length >> 1;
      return s.length % 2 === 1 ? (s[h] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
    }
    case 'maximum':
      return x.reduce((a, b) => (b > a ? b : a), -Infinity);
    case 'minimum':
      return x.reduce((a, b) => (b < a ? b : a), Infinity);
    default:
      return 0;
  }
}
