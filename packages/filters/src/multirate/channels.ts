// Internal helpers of the multirate functions for one- or many-channel signals (not exported from the package).
// The argument checks are core's, so messages name the public function, the parameter and the value.
import { checkSignal } from '@rxdsp/core';
import { type ExtensionMode, TWO_SAMPLE_MODES } from './signalExtension';

/** A signal: one channel (array of numbers) or several (array of arrays of the same length), as scipy's axis = −1. */
export type Signal = ArrayLike<number> | ReadonlyArray<ArrayLike<number>>;

/** True when `x` holds several channels (an array whose first element is itself an array of numbers). */
export function isMultichannel(x: unknown): x is ReadonlyArray<ArrayLike<number>> {
  if (!Array.isArray(x) || x.length === 0) return false;
  const first: unknown = x[0];
  return Array.isArray(first) || (ArrayBuffer.isView(first) && !(first instanceof DataView));
}

/**
 * Applies a one-channel function to a signal: to `x` itself, or to each of its channels (all of the same
 * length, as the rows of scipy's 2-D input), returning one result per channel.
 */
export function perChannel<R>(fn: string, x: unknown, f: (ch: ArrayLike<number>, name: string) => R): R | R[] {
  if (!isMultichannel(x)) return f(checkSignal(fn, 'x', x), 'x');
  const n = x[0]!.length;
  return x.map((ch, c) => {
    const name = `x[${c}]`;
    const v = checkSignal(fn, name, ch);
    if (v.length !== n) throw new RangeError(`${fn}: ${name} has length ${v.length}, x[0] has length ${n}; channels must have equal lengths`);
    return f(v, name);
  });
}

/** One channel as Float64, checked for the extension mode (non-empty; 'reflect', 'antireflect' and 'smooth' need two samples): a copy, or with `copy` false a Float64Array as it is (for callers that only read it). */
export function signalSamples(f: string, name: string, ch: ArrayLike<number>, mode: ExtensionMode, copy = true): Float64Array {
  if (ch.length === 0) throw new RangeError(`${f}: ${name} must not be empty`);
  if (TWO_SAMPLE_MODES.includes(mode) && ch.length < 2) {
    throw new RangeError(`${f}: mode '${mode}' needs at least 2 samples, got ${name} of length ${ch.length}`);
  }
  if (ch instanceof Float64Array) return copy ? ch.slice() : ch;
  return Float64Array.from(checkSignal(f, name, ch));
}
