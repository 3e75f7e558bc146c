// Internal: the padding step shared by filtfilt and sosfiltfilt (scipy's _validate_pad).
import { checkInt, checkOneOf } from '@rxdsp/core';
import { edgeExtend } from './signalExtension';

/** filtfilt's padtype: odd (default), even, constant, or null/'none' for no padding. */
export type FiltfiltPadtype = 'odd' | 'even' | 'constant' | 'none' | null;

/** Checks padtype and padlen once (creation of the call), returning the number of samples added on each side. */
export function paddingLength(fn: string, padtype: unknown, padlen: unknown, ntaps: number): { edge: number; padtype: 'odd' | 'even' | 'constant' | null } {
  const p = checkOneOf(fn, 'options.padtype', padtype === undefined ? 'odd' : padtype, ['odd', 'even', 'constant', 'none', null] as const);
  const type = p === 'none' ? null : p;
  if (type === null) return { edge: 0, padtype: null };
  const edge = padlen === undefined || padlen === null ? 3 * ntaps : checkInt(fn, 'options.padlen', padlen, 0);
  return { edge, padtype: type };
}

/**
 * The extended signal both passes run over: `x` with `edge` samples added on each side. Errors like scipy when
 * x is not longer than the padding.
 */
export function padForZeroPhase(fn: string, name: string, x: ArrayLike<number>, edge: number, padtype: 'odd' | 'even' | 'constant' | null, defaultPadlen: boolean): Float64Array {
  if (x.length <= edge) {
    const why = defaultPadlen ? ` (the default padlen, 3 × ${edge / 3} taps; pass a smaller options.padlen or padtype 'none')` : '';
    throw new RangeError(`${fn}: ${name} has length ${x.length}; it must be longer than padlen, which is ${edge}${why}`);
  }
  if (padtype === null || edge === 0) {
    const copy = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) copy[i] = x[i] as number;
    return copy;
  }
  return edgeExtend(x, edge, padtype);
}

/**
 * The two passes over `sig` in place: forwards from the state scaled by sig[0], then over the reversed output
 * from the state scaled by its first (the original last) sample, and reversed back.
 */
export function forwardBackward(sig: Float64Array, pass: (sig: Float64Array, first: number) => void): void {
  pass(sig, sig[0] as number);
  sig.reverse();
  pass(sig, sig[0] as number);
  sig.reverse();
}
