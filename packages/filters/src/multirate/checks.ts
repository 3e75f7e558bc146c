// Internal argument checks of the multirate functions (not exported from the package). Messages name the
// public function, the parameter and the value, as the rest of @rxdsp/filters does.
import { signalInput } from '../kernels/validate';
import type { ExtensionMode } from './signalExtension';

/** Formats a value for a message. */
export function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return String(v);
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (ArrayBuffer.isView(v)) return `a ${v.constructor.name} of length ${(v as unknown as ArrayLike<number>).length}`;
  return typeof v;
}

/** An integer ≥ `min` (rate factors, filter orders). */
export function checkInteger(fn: string, name: string, v: unknown, min = 1): number {
  if (typeof v !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${show(v)}`);
  if (!Number.isInteger(v) || v < min) throw new RangeError(`${fn}: ${name} must be an integer ≥ ${min}, got ${show(v)}`);
  return v;
}

/** A finite number. */
export function checkFiniteNumber(fn: string, name: string, v: unknown): number {
  if (typeof v !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${show(v)}`);
  if (!Number.isFinite(v)) throw new RangeError(`${fn}: ${name} must be a finite number, got ${show(v)}`);
  return v;
}

/** An options argument: undefined (→ {}) or an object. */
export function checkOptionsObject<T extends object>(fn: string, opts: T | undefined): T {
  if (opts === undefined) return {} as T;
  if (opts === null || typeof opts !== 'object') throw new TypeError(`${fn}: options must be an object, got ${show(opts)}`);
  return opts;
}

/** One of the allowed string values. */
export function checkChoice<const A extends readonly (string | null)[]>(fn: string, name: string, v: unknown, allowed: A): A[number] {
  if (!allowed.includes(v as string | null)) {
    throw new RangeError(`${fn}: ${name} must be one of ${allowed.map((a) => (a === null ? 'null' : `'${a}'`)).join(', ')}, got ${show(v)}`);
  }
  return v as A[number];
}

/** Greatest common divisor of two positive integers. */
export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

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
  if (!isMultichannel(x)) return f(signalInput(fn, 'x', x), 'x');
  const n = x[0]!.length;
  return x.map((ch, c) => {
    const name = `x[${c}]`;
    const v = signalInput(fn, name, ch);
    if (v.length !== n) throw new RangeError(`${fn}: ${name} has length ${v.length}, x[0] has length ${n}; channels must have equal lengths`);
    return f(v, name);
  });
}

/**
 * A Float64 copy of one channel, checked for the extension mode (non-empty; 'reflect' needs two samples);
 * with `copy` false a Float64Array is returned as it is (for callers that only read it).
 */
export function signalSamples(f: string, name: string, ch: ArrayLike<number>, mode: ExtensionMode, copy = true): Float64Array {
  if (ch.length === 0) throw new RangeError(`${f}: ${name} must not be empty`);
  if (mode === 'reflect' && ch.length < 2) {
    throw new RangeError(`${f}: mode 'reflect' needs at least 2 samples, got ${name} of length ${ch.length}`);
  }
  if (ch instanceof Float64Array) return copy ? ch.slice() : ch;
  if (ch instanceof Float32Array) return Float64Array.from(ch);
  const xs = new Float64Array(ch.length);
  for (let i = 0; i < ch.length; i++) {
    const v = ch[i];
    if (typeof v !== 'number') throw new TypeError(`${f}: ${name}[${i}] must be a number, got ${show(v)}`);
    xs[i] = v;
  }
  return xs;
}
