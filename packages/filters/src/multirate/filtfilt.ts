import { lfilterZi } from '../kernels/lfilterZi';
import { tdf2Run } from '../kernels/tdf2';
import { normaliseBA } from '../kernels/normaliseBA';
import { checkInt, checkOneOf, checkOptions } from '@rxdsp/core';
import { perChannel } from './channels';
import { filtfiltGust } from './gustafsson';
import { type FiltfiltPadtype, forwardBackward, padForZeroPhase, paddingLength } from './zeroPhasePadding';

export type { FiltfiltPadtype } from './zeroPhasePadding';

/** Options of {@link filtfilt} and {@link sosfiltfilt}. */
export interface FiltfiltOptions {
  /**
   * Extension of the signal at both ends before filtering (scipy's `padtype`): `'odd'` (default, point
   * reflection about the end sample), `'even'` (mirror), `'constant'` (the end sample repeated), or `'none'` /
   * `null` (no extension).
   */
  readonly padtype?: FiltfiltPadtype;
  /** Samples added at each end, integer ≥ 0 (default 3·max(len(a), len(b)) for filtfilt, the sos rule for sosfiltfilt). */
  readonly padlen?: number | null;
}

/** Options of {@link filtfilt}: those of {@link sosfiltfilt} and the method. */
export interface FiltfiltMethodOptions extends FiltfiltOptions {
  /**
   * `'pad'` (default): extend the signal (`padtype`, `padlen`) and start each pass from the steady state;
   * `'gust'`: Gustafsson's method, initial conditions chosen so that forward-backward equals backward-forward
   * (no padding; `padtype`/`padlen` must not be given).
   */
  readonly method?: 'pad' | 'gust';
  /** `'gust'` only: length of the impulse response considered, integer ≥ 1 (default: the whole signal). */
  readonly irlen?: number;
}

const fn = 'filtfilt';

/**
 * Zero-phase filtering, forwards then backwards — scipy's `signal.filtfilt(b, a, x, padtype=…, padlen=…)`
 * (method `'pad'`). The signal is extended at both ends, filtered forwards with the steady-state initial
 * condition `lfilterZi(b, a)·x[0]`, then backwards from `lfilterZi·y[end]`, and the extension removed: no phase
 * shift, the magnitude response squared, no start-up transient.
 *
 * Not causal, so it works on a whole signal (no streaming version). Several channels (an array of
 * equal-length arrays, scipy's 2-D input along the last axis) are filtered independently. Numbers match scipy to
 * ~1e-13 relative to the output's peak.
 *
 * ## Example
 * ```ts
 * import { butter, filtfilt } from '@rxdsp/filters';
 * const { b, a } = butter(4, 0.1);
 * const x = Float64Array.from({ length: 500 }, (_, n) => Math.sin(n / 20) + 0.3 * Math.sin(n * 2));
 * const y = filtfilt(b, a, x); // the slow sine kept, in phase; the fast one removed
 * ```
 *
 * @param b numerator coefficients (non-empty, finite)
 * @param a denominator coefficients (non-empty, finite, a[0] ≠ 0)
 * @param x signal, longer than padlen (default 3·max(len(a), len(b))), or an array of channels of equal length
 * With `method: 'gust'` (and optionally `irlen`), Gustafsson's initial conditions replace the padding, as scipy.
 *
 * @param options `padtype`, `padlen`, `method` (`'pad'` | `'gust'`), `irlen`
 * @throws RangeError when x is not longer than padlen (as scipy's ValueError), or naming a bad parameter
 */
export function filtfilt(b: ArrayLike<number>, a: ArrayLike<number>, x: ArrayLike<number>, options?: FiltfiltMethodOptions): Float64Array;
export function filtfilt(b: ArrayLike<number>, a: ArrayLike<number>, x: ReadonlyArray<ArrayLike<number>>, options?: FiltfiltMethodOptions): Float64Array[];
export function filtfilt(
  b: ArrayLike<number>,
  a: ArrayLike<number>,
  x: ArrayLike<number> | ReadonlyArray<ArrayLike<number>>,
  options?: FiltfiltMethodOptions,
): Float64Array | Float64Array[] {
  const { b: bn, a: an, n } = normaliseBA(fn, b, a);
  const o = checkOptions(fn, options, { optional: true });
  const method = checkOneOf(fn, 'options.method', o.method ?? 'pad', ['pad', 'gust'] as const);
  if (method === 'gust') {
    if (o.padtype !== undefined || (o.padlen !== undefined && o.padlen !== null)) {
      throw new RangeError(`${fn}: options.padtype and options.padlen apply to method 'pad' only, not 'gust'`);
    }
    const irlen = o.irlen === undefined ? undefined : checkInt(fn, 'options.irlen', o.irlen);
    return perChannel(fn, x, (ch) => filtfiltGust(bn, an, Float64Array.from(ch), irlen));
  }
  if (o.irlen !== undefined) throw new RangeError(`${fn}: options.irlen applies to method 'gust' only`);
  const { edge, padtype } = paddingLength(fn, o.padtype, o.padlen, n);
  const zi = n > 1 ? lfilterZi(bn, an) : new Float64Array(0);
  return perChannel(fn, x, (ch, name) => {
    const ext = padForZeroPhase(fn, name, ch, edge, padtype, o.padlen === undefined || o.padlen === null);
    forwardBackward(ext, (sig, first) => {
      const z = zi.map((v) => v * first);
      tdf2Run(bn, an, z, sig, sig, sig.length);
    });
    return ext.slice(edge, ext.length - edge);
  });
}
