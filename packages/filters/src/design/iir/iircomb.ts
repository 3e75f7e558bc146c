import type { BA } from './types';
import { checkFinite, checkOptions, checkPositive } from '@rxdsp/core';

/**
 * Options of {@link iircomb}.
 *
 * ## Example
 * ```ts
 * import { iircomb, type IircombOptions } from '@rxdsp/filters';
 * const o: IircombOptions = { ftype: 'peak', fs: 48000, passZero: true };
 * const { b, a } = iircomb(1000, 30, o);
 * ```
 */
export interface IircombOptions {
  /** `'notch'` (default): zeros at the harmonics; `'peak'`: resonances at them. */
  readonly ftype?: 'notch' | 'peak';
  /** Sampling rate in Hz (> 0, default 2: `w0` normalised to Nyquist = 1). `fs/w0` must be an integer. */
  readonly fs?: number;
  /**
   * Where the teeth sit (scipy's `pass_zero`). Notch comb: `false` (default) notches DC and every multiple of w0
   * (the hum remover), `true` notches the frequencies half-way between them (passing DC and the multiples).
   * Peak comb: `false` (default) peaks half-way between the multiples of w0, `true` peaks at DC and every multiple.
   */
  readonly passZero?: boolean;
}

/** Python's `round` (half to even). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * IIR comb filter (notching or peaking), as scipy's `signal.iircomb`: b = [bx, 0, …, 0, ±cx],
 * a = [1, 0, …, 0, ±ax], N = fs/w0 delays, with −3 dB bandwidth w0/Q around each tooth.
 *
 * Tooth positions: see {@link IircombOptions.passZero}.
 * Latency: the group delay varies with frequency (IIR).
 *
 * ## Example
 * ```ts
 * import { iircomb } from '@rxdsp/filters';
 * const { b, a } = iircomb(50, 35, { fs: 48000 });   // removes 50 Hz hum and all its harmonics (N = 960)
 * ```
 *
 * @param w0 - Fundamental frequency of the comb: Hz when `fs` is given, else × Nyquist; 0 < w0 < fs/2 and fs/w0 an integer.
 * @param Q - Quality factor w0/bandwidth, > 0.
 * @param options - `ftype`, `fs` (Hz), `passZero`.
 * @returns `{ b, a }` with N + 1 coefficients each.
 * @throws RangeError/TypeError for w0 outside (0, fs/2), fs not a multiple of w0, Q ≤ 0, or an unknown ftype.
 */
export function iircomb(w0: number, Q: number, options?: IircombOptions): BA {
  const fn = 'iircomb';
  const o = checkOptions(fn, options, { optional: true });
  const fs = checkPositive(fn, 'fs', o.fs ?? 2);
  const w = checkFinite(fn, 'w0', w0);
  const q = checkPositive(fn, 'Q', Q);
  const ftype = o.ftype ?? 'notch';
  if (ftype !== 'notch' && ftype !== 'peak') throw new RangeError(`${fn}: ftype must be 'notch' or 'peak', got ${JSON.stringify(ftype)}`);
  const passZero = o.passZero ?? false;
  if (typeof passZero !== 'boolean') throw new TypeError(`${fn}: passZero must be a boolean, got ${String(passZero)}`);
  if (!(w > 0 && w < fs / 2)) throw new RangeError(`${fn}: w0 must lie strictly between 0 and fs/2 = ${fs / 2}, got ${w}`);
  const n = roundHalfEven(fs / w);
  if (Math.abs(w - fs / n) / fs > 1e-14) {
    throw new RangeError(`${fn}: fs must be an integer multiple of w0 (fs/w0 = ${fs / w}), got w0 ${w} and fs ${fs}`);
  }
  const wRad = (2 * Math.PI * w) / fs;
  const wDelta = wRad / q;
  const [g0, g] = ftype === 'notch' ? [1, 0] : [0, 1];
  const beta = Math.tan((n * wDelta) / 4);
  const ax = (1 - beta) / (1 + beta);
  const bx = (g0 + g * beta) / (1 + beta);
  const cx = (g0 - g * beta) / (1 + beta);
  const negative = (ftype === 'peak' && passZero) || (ftype === 'notch' && !passZero);
  const sgn = negative ? -1 : 1;
  const b = new Float64Array(n + 1);
  const a = new Float64Array(n + 1);
  b[0] = bx;
  b[n] = sgn * cx;
  a[0] = 1;
  a[n] = sgn * ax;
  return { b, a };
}
