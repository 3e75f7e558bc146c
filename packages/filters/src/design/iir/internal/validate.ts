// Internal validation helpers of the IIR design functions (not exported from the package).
// Every message names the calling function, the parameter and the offending value, and says why it is rejected.
import type { Complex } from '../complex';

/** Short description of a value for an error message. */
export function describe(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `[${v.length <= 4 ? v.map(describe).join(', ') : `an array of length ${v.length}`}]`;
  if (ArrayBuffer.isView(v)) return `a ${v.constructor.name} of length ${(v as unknown as ArrayLike<number>).length}`;
  return typeof v;
}

function isNumericArrayLike(v: unknown): v is ArrayLike<number> {
  if (Array.isArray(v)) return true;
  return ArrayBuffer.isView(v) && !(v instanceof DataView) && !(v instanceof BigInt64Array) && !(v instanceof BigUint64Array);
}

/** A finite number, else TypeError/RangeError. */
export function finiteNumber(fn: string, name: string, v: unknown): number {
  if (typeof v !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${describe(v)}`);
  if (!Number.isFinite(v)) throw new RangeError(`${fn}: ${name} must be finite, got ${v}`);
  return v;
}

/** A finite number > 0. */
export function positiveNumber(fn: string, name: string, v: unknown, why = 'must be > 0'): number {
  const x = finiteNumber(fn, name, v);
  if (!(x > 0)) throw new RangeError(`${fn}: ${name} ${why}, got ${x}`);
  return x;
}

/** An integer ≥ min (filter orders, counts). */
export function integerAtLeast(fn: string, name: string, v: unknown, min: number): number {
  if (typeof v !== 'number') throw new TypeError(`${fn}: ${name} must be an integer, got ${describe(v)}`);
  if (!Number.isInteger(v)) throw new RangeError(`${fn}: ${name} must be an integer, got ${v}`);
  if (v < min) throw new RangeError(`${fn}: ${name} must be ≥ ${min}, got ${v}`);
  return v;
}

/** A non-empty (unless allowEmpty) array of finite numbers, copied into a Float64Array. */
export function finiteVector(fn: string, name: string, v: unknown, allowEmpty = false): Float64Array {
  if (typeof v === 'number') v = [v];
  if (!isNumericArrayLike(v)) throw new TypeError(`${fn}: ${name} must be an array of numbers, got ${describe(v)}`);
  if (v.length === 0 && !allowEmpty) throw new RangeError(`${fn}: ${name} must not be empty`);
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== 'number') throw new TypeError(`${fn}: ${name}[${i}] must be a number, got ${describe(x)}`);
    if (!Number.isFinite(x)) throw new RangeError(`${fn}: ${name}[${i}] must be finite, got ${x}`);
    out[i] = x;
  }
  return out;
}

/** A list of complex values `{ re, im }` with finite parts, copied. */
export function complexList(fn: string, name: string, v: unknown): Complex[] {
  if (!Array.isArray(v)) throw new TypeError(`${fn}: ${name} must be an array of { re, im }, got ${describe(v)}`);
  return v.map((c: unknown, i) => {
    if (typeof c === 'number') {
      if (!Number.isFinite(c)) throw new RangeError(`${fn}: ${name}[${i}] must be finite, got ${c}`);
      return { re: c, im: 0 };
    }
    if (typeof c !== 'object' || c === null) throw new TypeError(`${fn}: ${name}[${i}] must be { re, im }, got ${describe(c)}`);
    const { re, im } = c as { re?: unknown; im?: unknown };
    if (typeof re !== 'number' || typeof im !== 'number') {
      throw new TypeError(`${fn}: ${name}[${i}] must be { re: number, im: number }, got { re: ${describe(re)}, im: ${describe(im)} }`);
    }
    if (!Number.isFinite(re) || !Number.isFinite(im)) {
      throw new RangeError(`${fn}: ${name}[${i}] must be finite, got ${re} + ${im}i`);
    }
    return { re, im };
  });
}

/** A sampling rate in Hz (finite, > 0). */
export function samplingRate(fn: string, v: unknown, name = 'fs'): number {
  return positiveNumber(fn, name, v, 'must be a positive sampling rate in Hz');
}

/** One of the allowed string values. */
export function oneOf<T extends string>(fn: string, name: string, v: unknown, allowed: readonly T[]): T {
  if (typeof v !== 'string') throw new TypeError(`${fn}: ${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describe(v)}`);
  if (!(allowed as readonly string[]).includes(v)) {
    throw new RangeError(`${fn}: ${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${v}'`);
  }
  return v as T;
}

/** An options object (or undefined → {}). */
export function optionsObject<T extends object>(fn: string, v: T | undefined): Partial<T> {
  if (v === undefined) return {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new TypeError(`${fn}: options must be an object, got ${describe(v)}`);
  }
  return v;
}

/**
 * Runs `f` (a call of the public function `callee` on the caller's behalf) so that its configuration errors name
 * the caller: `tf2sos([], [1])` reports `tf2sos: b must not be empty`, not `tf2zpk: …`.
 */
export function asCaller<T>(fn: string, callee: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    const prefix = `${callee}: `;
    if ((e instanceof RangeError || e instanceof TypeError) && e.message.startsWith(prefix)) {
      const E = e instanceof RangeError ? RangeError : TypeError;
      throw new E(`${fn}: ${e.message.slice(prefix.length)}`);
    }
    throw e;
  }
}
