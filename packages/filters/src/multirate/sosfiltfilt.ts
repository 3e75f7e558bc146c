import type { Sos } from '../types/Sos';
import { sosfiltZi } from '../kernels/sosfiltZi';
import { sosRun } from '../kernels/sosRun';
import { normaliseSos } from '../kernels/normaliseSos';
import { checkOptions } from '@rxdsp/core';
import { perChannel } from './channels';
import type { FiltfiltOptions } from './filtfilt';
import { forwardBackward, padForZeroPhase, paddingLength } from './zeroPhasePadding';

const fn = 'sosfiltfilt';

/**
 * Zero-phase filtering with second-order sections, forwards then backwards — scipy's
 * `signal.sosfiltfilt(sos, x, padtype=…, padlen=…)`: the numerically robust form of {@link filtfilt} for
 * high-order IIR filters. Extension and initial conditions (`sosfiltZi(sos)` times the first sample of each
 * pass) as scipy.
 *
 * The default padlen is 3·ntaps with ntaps = 2·sections + 1 − min(#sections with b2 = 0, #sections with a2 = 0)
 * (scipy's rule: a first-order section counts one tap less). Several channels (an array of equal-length arrays)
 * are filtered independently. Numbers match scipy to ~1e-13 relative to the output's peak.
 *
 * ## Example
 * ```ts
 * import { butter, sosfiltfilt } from '@rxdsp/filters';
 * const sos = butter(8, 0.05, { output: 'sos' });
 * const x = Float64Array.from({ length: 1000 }, (_, n) => Math.sin(n / 50) + 0.2 * Math.cos(n));
 * const y = sosfiltfilt(sos, x); // the slow sine, with no delay
 * ```
 *
 * @param sos sections `[b0, b1, b2, a0, a1, a2]`, at least one, finite, a0 ≠ 0
 * @param x signal, longer than padlen, or an array of channels of equal length
 * @param options `padtype` (`'odd'` default, `'even'`, `'constant'`, `'none'`/null), `padlen` (integer ≥ 0)
 * @throws RangeError when x is not longer than padlen (as scipy's ValueError), or naming a bad parameter
 */
export function sosfiltfilt(sos: Sos, x: ArrayLike<number>, options?: FiltfiltOptions): Float64Array;
export function sosfiltfilt(sos: Sos, x: ReadonlyArray<ArrayLike<number>>, options?: FiltfiltOptions): Float64Array[];
export function sosfiltfilt(sos: Sos, x: ArrayLike<number> | ReadonlyArray<ArrayLike<number>>, options?: FiltfiltOptions): Float64Array | Float64Array[] {
  return sosfiltfiltAs(fn, sos, x, options);
}

/** {@link sosfiltfilt} with the calling function's name for messages (decimate uses it). */
export function sosfiltfiltAs(f: string, sos: unknown, x: unknown, options: FiltfiltOptions | undefined): Float64Array | Float64Array[] {
  const s = normaliseSos(f, sos);
  const sections = s.length / 6;
  const o = checkOptions(f, options, { optional: true });
  let zeroB2 = 0;
  let zeroA2 = 0;
  for (let k = 0; k < sections; k++) {
    if (s[6 * k + 2] === 0) zeroB2++;
    if (s[6 * k + 5] === 0) zeroA2++;
  }
  const ntaps = 2 * sections + 1 - Math.min(zeroB2, zeroA2);
  const { edge, padtype } = paddingLength(f, o.padtype, o.padlen, ntaps);
  const rows: Float64Array[] = [];
  for (let k = 0; k < sections; k++) rows.push(s.subarray(6 * k, 6 * k + 6));
  const zi = sosfiltZi(rows);
  return perChannel(f, x, (ch, name) => {
    const ext = padForZeroPhase(f, name, ch, edge, padtype, o.padlen === undefined || o.padlen === null);
    forwardBackward(ext, (sig, first) => {
      const z = zi.map((v) => v * first);
      sosRun(s, z, sig, sig, sig.length);
    });
    return ext.slice(edge, ext.length - edge);
  });
}
