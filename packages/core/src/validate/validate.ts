// The one validation module of rxdsp: the creation-time argument checks every package (and every extension
// author) uses, so that a mistake reads the same whatever function it was made in. Each check takes the name of
// the public function the user called (`fn`) and the parameter (`name`), throws a TypeError for a value of the
// wrong type and a RangeError for a value out of range, with the message `fn: name must be …, got …`, and
// returns the checked value (narrowed, or a checked copy for arrays).

/**
 * Formats a value for an error message: strings quoted, numbers as written, arrays listed (the first 8 values),
 * typed arrays as `Float64Array(n)`, functions as `function`, other objects by their tag.
 *
 * ## Example
 * ```ts
 * import { describeValue } from '@rxdsp/core';
 * describeValue('hann'); // '"hann"'
 * describeValue([1, 2]); // '[1, 2]'
 * describeValue(new Float64Array(3)); // 'Float64Array(3)'
 * ```
 * @param value anything.
 * @returns a short description, for the `got …` part of a message.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    return value.length > 8 ? `[${value.slice(0, 8).map(describeValue).join(', ')}, …]` : `[${value.map(describeValue).join(', ')}]`;
  }
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${(value as unknown as ArrayLike<number>).length})`;
  if (typeof value === 'function') return 'function';
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || typeof value !== 'object') return String(value);
  return Object.prototype.toString.call(value);
}

function numberOrThrow(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${describeValue(value)}`);
  return value;
}

/**
 * Checks that `value` is a finite number.
 *
 * ## Example
 * ```ts
 * import { checkFinite } from '@rxdsp/core';
 * const gainDb = checkFinite('myGain', 'gainDb', options.gainDb); // 'myGain: gainDb must be a finite number, got NaN'
 * ```
 * @param fn the public function the user called (named first in the message).
 * @param name the parameter, as the user wrote it (`options.cutoffHz` → `'cutoffHz'`).
 * @param value the value to check.
 * @returns `value`.
 * @throws TypeError when `value` is not a number; RangeError when it is NaN or ±Infinity.
 */
export function checkFinite(fn: string, name: string, value: unknown): number {
  const x = numberOrThrow(fn, name, value);
  if (!Number.isFinite(x)) throw new RangeError(`${fn}: ${name} must be a finite number, got ${describeValue(x)}`);
  return x;
}

/**
 * Checks that `value` is a finite number > 0 (a sample rate in Hz, a duration, a gain).
 *
 * ## Example
 * ```ts
 * import { checkPositive } from '@rxdsp/core';
 * checkPositive('myFilter', 'sampleRate', 0); // throws RangeError 'myFilter: sampleRate must be a finite number > 0, got 0'
 * ```
 * @param fn the public function the user called.
 * @param name the parameter.
 * @param value the value to check.
 * @returns `value`.
 * @throws TypeError when `value` is not a number; RangeError when it is ≤ 0, NaN or ±Infinity.
 */
export function checkPositive(fn: string, name: string, value: unknown): number {
  const x = numberOrThrow(fn, name, value);
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`${fn}: ${name} must be a finite number > 0, got ${describeValue(x)}`);
  return x;
}

/**
 * Checks that `value` is a finite number ≥ 0.
 *
 * ## Example
 * ```ts
 * import { checkNonNegative } from '@rxdsp/core';
 * checkNonNegative('takeSeconds', 'seconds', -1); // throws RangeError 'takeSeconds: seconds must be a finite number ≥ 0, got -1'
 * ```
 * @param fn the public function the user called.
 * @param name the parameter.
 * @param value the value to check.
 * @returns `value`.
 * @throws TypeError when `value` is not a number; RangeError when it is < 0, NaN or ±Infinity.
 */
export function checkNonNegative(fn: string, name: string, value: unknown): number {
  const x = numberOrThrow(fn, name, value);
  if (!(x >= 0) || !Number.isFinite(x)) throw new RangeError(`${fn}: ${name} must be a finite number ≥ 0, got ${describeValue(x)}`);
  return x;
}

/**
 * Checks that `value` is an integer in `[min, max]` (a frame length, a filter order, a rate factor).
 *
 * ## Example
 * ```ts
 * import { checkInt } from '@rxdsp/core';
 * checkInt('reframe', 'size', 2.5); // throws RangeError 'reframe: size must be an integer ≥ 1, got 2.5'
 * checkInt('rtlTcp', 'gainTenthsDb', 600, 0, 500); // 'rtlTcp: gainTenthsDb must be an integer in 0 … 500, got 600'
 * ```
 * @param fn the public function the user called.
 * @param name the parameter.
 * @param value the value to check.
 * @param min the smallest value allowed (default 1; `-Infinity` for no lower bound).
 * @param max the largest value allowed (default: no upper bound).
 * @returns `value`.
 * @throws TypeError when `value` is not a number; RangeError when it is not an integer or out of range.
 */
export function checkInt(fn: string, name: string, value: unknown, min = 1, max = Number.POSITIVE_INFINITY): number {
  const x = numberOrThrow(fn, name, value);
  if (!Number.isInteger(x) || x < min || x > max) {
    const lower = min > Number.NEGATIVE_INFINITY;
    const upper = max < Number.POSITIVE_INFINITY;
    const range = lower && upper ? ` in ${min} … ${max}` : lower ? ` ≥ ${min}` : upper ? ` ≤ ${max}` : '';
    throw new RangeError(`${fn}: ${name} must be an integer${range}, got ${describeValue(x)}`);
  }
  return x;
}

/**
 * Checks that `value` is a boolean.
 *
 * ## Example
 * ```ts
 * import { checkBoolean } from '@rxdsp/core';
 * checkBoolean('welch', 'returnOnesided', 'yes'); // throws TypeError 'welch: returnOnesided must be a boolean, got "yes"'
 * ```
 * @param fn the public function the user called.
 * @param name the parameter.
 * @param value the value to check.
 * @returns `value`.
 * @throws TypeError when `value` is not `true` or `false`.
 */
export function checkBoolean(fn: string, name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new TypeError(`${fn}: ${name} must be a boolean, got ${describeValue(value)}`);
  return value;
}

/** A value a choice can be made of: a string (a mode name), a number, a boolean or `null`. */
export type Choice = string | number | boolean | null;

/**
 * Checks that `value` is one of `allowed` (a mode, a window name, a pairing).
 *
 * ## Example
 * ```ts
 * import { checkOneOf } from '@rxdsp/core';
 * const mode = checkOneOf('pan', 'law', options.law, ['linear', 'constantPower']);
 * // pan: law must be one of 'linear', 'constantPower', got "equal"
 * ```
 * @param fn the public function the user called.
 * @param name the parameter.
 * @param value the value to check.
 * @param allowed the values accepted (strings, numbers, booleans or `null`).
 * @returns `value`, narrowed to the union of `allowed`.
 * @throws TypeError when `value` is of none of the types in `allowed` (a number where a name is expected);
 *   RangeError when it has the right type but is not in `allowed`.
 */
export function checkOneOf<const A extends readonly Choice[]>(fn: string, name: string, value: unknown, allowed: A): A[number] {
  if ((allowed as readonly unknown[]).includes(value)) return value as A[number];
  const list = allowed.map((a) => (typeof a === 'string' ? `'${a}'` : String(a))).join(', ');
  const sameType = allowed.some((a) => a !== null && typeof a === typeof value);
  const E = sameType ? RangeError : TypeError;
  throw new E(`${fn}: ${name} must be one of ${list}, got ${describeValue(value)}`);
}

/**
 * Checks an options argument: an object (not null, not an array). With `optional`, `undefined` stands for `{}`.
 *
 * ## Example
 * ```ts
 * import { checkOptions } from '@rxdsp/core';
 * function myOperator(options: MyOptions = {}) {
 *   const o = checkOptions('myOperator', options); // 'myOperator: options must be an object, got null'
 * }
 * ```
 * @param fn the public function the user called.
 * @param opts the options argument.
 * @param how `{ optional: true }` when the options may be left out (then `undefined` gives `{}`).
 * @returns `opts` (or `{}`).
 * @throws TypeError when `opts` is not an object (or is `undefined` and not optional).
 */
export function checkOptions<T extends object>(fn: string, opts: T | undefined, how: { readonly optional?: boolean } = {}): T {
  if (opts === undefined && how.optional === true) return {} as T;
  if (opts === null || typeof opts !== 'object' || Array.isArray(opts)) {
    throw new TypeError(`${fn}: options must be an object, got ${describeValue(opts)}`);
  }
  return opts;
}

/** A typed array of numbers or a plain array (what the array checks accept). */
function isNumericArrayLike(v: unknown): v is ArrayLike<unknown> {
  if (Array.isArray(v)) return true;
  return ArrayBuffer.isView(v) && !(v instanceof DataView) && !(v instanceof BigInt64Array) && !(v instanceof BigUint64Array);
}

/** How {@link checkFiniteVector} reads its value. */
export interface FiniteVectorOptions {
  /** Accept an empty array (default false). */
  readonly allowEmpty?: boolean;
  /** The exact length required (a filter state `zi`). */
  readonly length?: number;
  /** Accept a single number as a one-element array (scipy's `lfilter(b, 1, x)`; default false). */
  readonly scalar?: boolean;
}

/**
 * Checks that `value` is an array (plain or typed) of finite numbers — coefficients, taps, a state vector — and
 * returns a Float64Array copy.
 *
 * ## Example
 * ```ts
 * import { checkFiniteVector } from '@rxdsp/core';
 * const taps = checkFiniteVector('myFir', 'taps', [0.25, NaN]); // 'myFir: taps[1] must be a finite number, got NaN'
 * ```
 * @param fn the public function the user called.
 * @param name the parameter.
 * @param value the value to check.
 * @param options `allowEmpty`, `length` (exact), `scalar` (a number counts as `[number]`).
 * @returns a Float64Array copy of the values.
 * @throws TypeError when `value` is not an array or an element is not a number; RangeError when it is empty,
 *   of the wrong length, or an element is NaN or ±Infinity.
 */
export function checkFiniteVector(fn: string, name: string, value: unknown, options: FiniteVectorOptions = {}): Float64Array {
  const v = options.scalar === true && typeof value === 'number' ? [value] : value;
  if (!isNumericArrayLike(v)) throw new TypeError(`${fn}: ${name} must be an array of numbers, got ${describeValue(v)}`);
  if (v.length === 0 && options.allowEmpty !== true && options.length === undefined) {
    throw new RangeError(`${fn}: ${name} must not be empty, got ${describeValue(v)}`);
  }
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== 'number') throw new TypeError(`${fn}: ${name}[${i}] must be a number, got ${describeValue(x)}`);
    if (!Number.isFinite(x)) throw new RangeError(`${fn}: ${name}[${i}] must be a finite number, got ${describeValue(x)}`);
    out[i] = x;
  }
  if (options.length !== undefined && out.length !== options.length) {
    throw new RangeError(`${fn}: ${name} has length ${out.length}, expected ${options.length}`);
  }
  return out;
}

/**
 * Checks an input signal: a typed array, or a plain array whose every element is a number (NaN samples are
 * allowed and propagate; `null`, `undefined` or a string would be read as 0 or NaN and are rejected, naming the
 * index). The signal is not copied.
 *
 * ## Example
 * ```ts
 * import { checkSignal } from '@rxdsp/core';
 * checkSignal('lfilter', 'x', [1, null]); // throws TypeError 'lfilter: x[1] must be a number, got null'
 * ```
 * @param fn the public function the user called.
 * @param name the parameter.
 * @param value the value to check.
 * @param options `allowEmpty` (default true).
 * @returns `value`.
 * @throws TypeError when `value` is not an array of numbers; RangeError when it is empty and must not be.
 */
export function checkSignal(fn: string, name: string, value: unknown, options: { readonly allowEmpty?: boolean } = {}): ArrayLike<number> {
  if (!isNumericArrayLike(value)) throw new TypeError(`${fn}: ${name} must be an array of numbers, got ${describeValue(value)}`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] !== 'number') throw new TypeError(`${fn}: ${name}[${i}] must be a number, got ${describeValue(value[i])}`);
    }
  }
  if (value.length === 0 && options.allowEmpty === false) throw new RangeError(`${fn}: ${name} must not be empty, got ${describeValue(value)}`);
  return value as ArrayLike<number>;
}

/** A complex number as the checks return it. */
export interface ComplexValue {
  /** Real part. */
  re: number;
  /** Imaginary part. */
  im: number;
}

/**
 * Checks a list of complex values `{ re, im }` with finite parts (a plain number counts as real) and returns a copy.
 *
 * ## Example
 * ```ts
 * import { checkComplexList } from '@rxdsp/core';
 * checkComplexList('zpk2tf', 'z', [{ re: 1, im: 0 }, 2]); // [{ re: 1, im: 0 }, { re: 2, im: 0 }]
 * ```
 * @param fn the public function the user called.
 * @param name the parameter.
 * @param value the value to check.
 * @returns a copy of the values as `{ re, im }` objects.
 * @throws TypeError when `value` is not an array or an element is not a number or `{ re: number, im: number }`;
 *   RangeError when a part is NaN or ±Infinity.
 */
export function checkComplexList(fn: string, name: string, value: unknown): ComplexValue[] {
  if (!Array.isArray(value)) throw new TypeError(`${fn}: ${name} must be an array of { re, im }, got ${describeValue(value)}`);
  return value.map((c: unknown, i) => {
    if (typeof c === 'number') {
      if (!Number.isFinite(c)) throw new RangeError(`${fn}: ${name}[${i}] must be finite, got ${describeValue(c)}`);
      return { re: c, im: 0 };
    }
    if (typeof c !== 'object' || c === null) throw new TypeError(`${fn}: ${name}[${i}] must be { re, im }, got ${describeValue(c)}`);
    const { re, im } = c as { re?: unknown; im?: unknown };
    if (typeof re !== 'number' || typeof im !== 'number') {
      throw new TypeError(`${fn}: ${name}[${i}] must be { re: number, im: number }, got { re: ${describeValue(re)}, im: ${describeValue(im)} }`);
    }
    if (!Number.isFinite(re) || !Number.isFinite(im)) throw new RangeError(`${fn}: ${name}[${i}] must be finite, got ${re} + ${im}i`);
    return { re, im };
  });
}

/**
 * Checks an output buffer a kernel writes into: a Float64Array or Float32Array of at least `n` samples.
 *
 * ## Example
 * ```ts
 * import { checkOutputBuffer } from '@rxdsp/core';
 * checkOutputBuffer('FirKernel.process', out, input.length);
 * ```
 * @param fn the public function the user called.
 * @param output the buffer.
 * @param n the number of samples that will be written (the input length).
 * @throws TypeError when `output` is not a Float64Array or Float32Array; RangeError when it is shorter than `n`.
 */
export function checkOutputBuffer(fn: string, output: unknown, n: number): asserts output is Float64Array | Float32Array {
  if (!(output instanceof Float64Array) && !(output instanceof Float32Array)) {
    throw new TypeError(`${fn}: output must be a Float64Array or Float32Array, got ${describeValue(output)}`);
  }
  if (output.length < n) {
    throw new RangeError(`${fn}: output has length ${output.length}, expected at least ${n} (the input length)`);
  }
}
