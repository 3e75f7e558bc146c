// Creation-time argument checks of the sdr package: the same rules and messages as core's
// validation module (`fn: param must be …, got …`), which core does not export.

/** Formats a value for an error message. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${(value as unknown as ArrayLike<number>).length})`;
  if (typeof value === 'function') return 'function';
  if (value === null || typeof value !== 'object') return String(value);
  return Object.prototype.toString.call(value);
}

/** A finite number > 0. */
export function checkPositive(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${show(value)}`);
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`${fn}: ${name} must be a finite number > 0, got ${show(value)}`);
  return value;
}

/** A finite number. */
export function checkFinite(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${show(value)}`);
  if (!Number.isFinite(value)) throw new RangeError(`${fn}: ${name} must be a finite number, got ${show(value)}`);
  return value;
}

/** An integer in [min, max]. */
export function checkInt(fn: string, name: string, value: unknown, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${show(value)}`);
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `in ${min} … ${max}`;
    throw new RangeError(`${fn}: ${name} must be an integer ${range}, got ${show(value)}`);
  }
  return value;
}

/** One of `allowed`. */
export function checkOneOf<const A extends readonly string[]>(fn: string, name: string, value: unknown, allowed: A): A[number] {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new RangeError(`${fn}: ${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${show(value)}`);
  }
  return value as A[number];
}

/** The options argument must be an object. */
export function checkOptions<T>(fn: string, opts: T): T {
  if (opts === null || typeof opts !== 'object') throw new TypeError(`${fn}: options must be an object, got ${show(opts)}`);
  return opts;
}

/** A non-empty list of finite numbers, copied into a Float64Array. */
export function checkTaps(fn: string, name: string, value: unknown): Float64Array {
  if (!(Array.isArray(value) || ArrayBuffer.isView(value))) throw new TypeError(`${fn}: ${name} must be an array of numbers, got ${show(value)}`);
  const a = value as ArrayLike<unknown>;
  if (a.length === 0) throw new RangeError(`${fn}: ${name} must not be empty`);
  const out = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) {
    const v = a[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new RangeError(`${fn}: ${name}[${k}] must be a finite number, got ${show(v)}`);
    out[k] = v;
  }
  return out;
}
