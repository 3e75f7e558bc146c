import { firwin } from '../design/fir/firwin';
import { cheby1 } from '../design/iir/cheby1';
import { sosfilt } from '../kernels/sosfilt';
import { checkInt, checkOneOf, checkOptions } from '@rxdsp/core';
import { perChannel } from './channels';
import { polyphaseSplit, upfirdnLength, upfirdnRange } from './polyphase';
import { resamplePolyAs } from './resamplePoly';
import { sosfiltfiltAs } from './sosfiltfilt';

/** Options of {@link decimate}. */
export interface DecimateOptions {
  /** Filter order: default 8 for `'iir'`, 20·q for `'fir'` (then n + 1 taps). Integer ≥ 1. */
  readonly n?: number;
  /** `'iir'` (default): Chebyshev I, rp = 0.05 dB, cutoff 0.8/q of Nyquist; `'fir'`: `firwin(n + 1, 1/q, 'hamming')`. */
  readonly ftype?: 'iir' | 'fir';
  /**
   * `true` (default): no phase shift (`sosfiltfilt` for IIR, `resamplePoly(x, 1, q, { window: taps })` for FIR);
   * `false`: causal (`sosfilt`, or `upfirdn`), delayed by the filter.
   */
  readonly zeroPhase?: boolean;
}

const fn = 'decimate';

/**
 * Lowpass filter and keep every q-th sample — scipy's `signal.decimate(x, q, n, ftype, zero_phase=True)` with
 * its defaults: an 8th-order Chebyshev type I lowpass (rp 0.05 dB, cutoff 0.8·fs/(2q)), run forwards and
 * backwards (no phase shift); or with `ftype: 'fir'` a Hamming-window `firwin` of 20·q + 1 taps, cutoff fs/(2q).
 *
 * Output length ⌈len(x)/q⌉. The zero-phase IIR path needs len(x) > padlen = 3·(2·sections + 1) (27 for the
 * default order 8), exactly as scipy. Several channels (an array of equal-length arrays) are decimated
 * independently. Numbers match scipy to ~1e-12 relative to the output's peak (IIR; the design is rxdsp's
 * `cheby1`, equal to scipy's to ~1e-14) and ~1e-15 (FIR).
 *
 * ## Example
 * ```ts
 * import { decimate } from '@rxdsp/filters';
 * const x = Float64Array.from({ length: 4800 }, (_, n) => Math.sin((2 * Math.PI * 440 * n) / 48000));
 * const y = decimate(x, 4); // 1200 samples of the 440 Hz tone at 12 kHz, in phase with x
 * ```
 *
 * @param x signal, or an array of channels of equal length
 * @param q downsampling factor, integer ≥ 1
 * @param options `n`, `ftype`, `zeroPhase`
 * @throws RangeError / TypeError naming the parameter and the value; RangeError when x is too short for the
 *   zero-phase IIR padding
 */
export function decimate(x: ArrayLike<number>, q: number, options?: DecimateOptions): Float64Array;
export function decimate(x: ReadonlyArray<ArrayLike<number>>, q: number, options?: DecimateOptions): Float64Array[];
export function decimate(x: ArrayLike<number> | ReadonlyArray<ArrayLike<number>>, q: number, options?: DecimateOptions): Float64Array | Float64Array[] {
  const qq = checkInt(fn, 'q', q);
  const o = checkOptions(fn, options, { optional: true });
  const ftype = checkOneOf(fn, 'options.ftype', o.ftype ?? 'iir', ['iir', 'fir'] as const);
  const zeroPhase = o.zeroPhase ?? true;
  if (typeof zeroPhase !== 'boolean') throw new TypeError(`${fn}: options.zeroPhase must be a boolean, got ${String(zeroPhase)}`);
  const order = o.n === undefined ? (ftype === 'fir' ? 20 * qq : 8) : checkInt(fn, 'options.n', o.n);
  if (ftype === 'fir') {
    if (qq === 1) throw new RangeError(`${fn}: q must be ≥ 2 with ftype 'fir' (the cutoff 1/q would be the Nyquist frequency), got 1`);
    const taps = firwin(order + 1, 1 / qq, { window: 'hamming' });
    if (zeroPhase) return resamplePolyAs(fn, x, 1, qq, { window: taps });
    const phases = polyphaseSplit(taps, 1);
    return perChannel(fn, x, (ch) => {
      const xs = Float64Array.from(ch);
      if (xs.length === 0) return xs;
      const nOut = Math.min(Math.ceil(xs.length / qq), upfirdnLength(taps.length, xs.length, 1, qq));
      const y = new Float64Array(nOut);
      upfirdnRange(phases, 1, qq, xs, 0, nOut, 'constant', 0, y);
      return y;
    });
  }
  const sos = cheby1(order, 0.05, 0.8 / qq, { output: 'sos' });
  const filtered = zeroPhase ? sosfiltfiltAs(fn, sos, x, undefined) : perChannel(fn, x, (ch) => sosfilt(sos, ch).y);
  const keep = (y: Float64Array) => {
    const out = new Float64Array(Math.ceil(y.length / qq));
    for (let i = 0; i < out.length; i++) out[i] = y[i * qq] as number;
    return out;
  };
  return Array.isArray(filtered) ? filtered.map(keep) : keep(filtered as Float64Array);
}
