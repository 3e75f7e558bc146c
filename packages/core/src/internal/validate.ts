// Creation-time argument checks shared by core's sources and operators. Each throws a
// RangeError / TypeError whose message names the function, the parameter and the value.

/** Formats a value for an error message (strings quoted, arrays abbreviated). */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return value.length > 8 ? `[${value.slice(0, 8).map(show).join(', ')}, …]` : `[${value.map(show).join(', ')}]`;
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${(value as unknown as ArrayLike<number>).length})`;
  if (typeof value === 'function') return 'function';
  if (value === null || typeof value !== 'object') return String(value);
  return Object.prototype.toString.call(value);
}

/** `value` must be a finite number > 0 (e.g. a sample rate in Hz). */
export function checkPositive(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${show(value)}`);
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`${fn}: ${name} must be a finite number > 0, got ${show(value)}`);
  return value;
}

/** `value` must be a finite number ≥ 0. */
export function checkNonNegative(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${show(value)}`);
  if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`${fn}: ${name} must be a finite number ≥ 0, got ${show(value)}`);
  return value;
}

/** `value` must be a finite number. */
export function checkFinite(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${show(value)}`);
  if (!Number.isFinite(value)) throw new RangeError(`${fn}: ${name} must be a finite number, got ${show(value)}`);
  return value;
}

/** `value` must be an integer ≥ `min` (default 1). */
export function checkInt(fn: string, name: string, value: unknown, min = 1): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${show(value)}`);
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${fn}: ${name} must be an integer ≥ ${min}, got ${show(value)}`);
  }
  return value;
}

/** `value` must be one of `allowed`. */
export function checkOneOf<const A extends readonly string[]>(fn: string, name: string, value: unknown, allowed: A): A[number] {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new RangeError(`${fn}: ${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${show(value)}`);
  }
  return value as A[number];
}

/** The options argument must be an object (when required). */
export function checkOptions<T>(fn: string, opts: T | undefined): T {
  if (opts === null || typeof opts !== 'object') throw new TypeError(`${fn}: options must be an object, got ${show(opts)}`);
  return opts;
}
