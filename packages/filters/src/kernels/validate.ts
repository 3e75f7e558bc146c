// Internal validation helpers shared by the kernels and the operators (not exported from the package).
// Every message names the calling function, the parameter and the offending value, as the house style asks.

/** A float array a kernel can write its output into. */
export type FloatArray = Float32Array | Float64Array;

function describe(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (ArrayBuffer.isView(v)) return `a ${v.constructor.name} of length ${(v as unknown as ArrayLike<number>).length}`;
  return typeof v;
}

function isNumericArrayLike(v: unknown): v is ArrayLike<number> {
  if (Array.isArray(v)) return true;
  return ArrayBuffer.isView(v) && !(v instanceof DataView) && !(v instanceof BigInt64Array) && !(v instanceof BigUint64Array);
}

/**
 * Checks that `v` is a non-empty array of finite numbers and returns a Float64Array copy.
 * @throws TypeError when `v` is not an array of numbers; RangeError when it is empty or holds NaN/±Infinity.
 */
export function finiteVector(fn: string, name: string, v: unknown, { allowEmpty = false } = {}): Float64Array {
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

/** Validated, a[0]-normalised transfer-function coefficients padded to a common length. */
export interface NormalisedBA {
  /** b / a[0], zero-padded to `n`. */
  readonly b: Float64Array;
  /** a / a[0], zero-padded to `n` (so `a[0] === 1`). */
  readonly a: Float64Array;
  /** max(len(b), len(a)); the state has `n − 1` values. */
  readonly n: number;
}

/**
 * Validates `b`, `a` (non-empty, finite, `a[0] ≠ 0`) and returns them divided by `a[0]`
 * and zero-padded to the same length, as scipy's `lfilter` does internally.
 */
export function normaliseBA(fn: string, b: unknown, a: unknown): NormalisedBA {
  const bb = finiteVector(fn, 'b', coefficients(b));
  const aa = finiteVector(fn, 'a', coefficients(a));
  const a0 = aa[0] as number;
  if (a0 === 0) throw new RangeError(`${fn}: a[0] must be non-zero, got 0`);
  const n = Math.max(bb.length, aa.length);
  const bn = new Float64Array(n);
  const an = new Float64Array(n);
  for (let i = 0; i < bb.length; i++) bn[i] = (bb[i] as number) / a0;
  for (let i = 0; i < aa.length; i++) an[i] = (aa[i] as number) / a0;
  an[0] = 1;
  return { b: bn, a: an, n };
}

/**
 * Validates an sos matrix (rows `[b0, b1, b2, a0, a1, a2]`, finite, `a0 ≠ 0`) and returns it flattened
 * row-major with every row divided by its `a0` (scipy requires `a0 = 1`; rxdsp normalises instead).
 */
export function normaliseSos(fn: string, sos: unknown): Float64Array {
  if (!Array.isArray(sos) && !isNumericArrayLike(sos)) {
    throw new TypeError(`${fn}: sos must be an array of sections [b0, b1, b2, a0, a1, a2], got ${describe(sos)}`);
  }
  const rows = sos as ArrayLike<unknown>;
  if (rows.length === 0) throw new RangeError(`${fn}: sos must have at least one section`);
  const out = new Float64Array(rows.length * 6);
  for (let s = 0; s < rows.length; s++) {
    const row = rows[s];
    if (!isNumericArrayLike(row)) {
      throw new TypeError(`${fn}: sos[${s}] must be an array of 6 numbers, got ${describe(row)}`);
    }
    if (row.length !== 6) throw new RangeError(`${fn}: sos[${s}] has ${row.length} values, expected 6`);
    for (let k = 0; k < 6; k++) {
      const v = row[k];
      if (typeof v !== 'number') throw new TypeError(`${fn}: sos[${s}][${k}] must be a number, got ${describe(v)}`);
      if (!Number.isFinite(v)) throw new RangeError(`${fn}: sos[${s}][${k}] must be finite, got ${v}`);
    }
    const a0 = row[3] as number;
    if (a0 === 0) throw new RangeError(`${fn}: sos[${s}][3] (a0) must be non-zero, got 0`);
    for (let k = 0; k < 6; k++) out[s * 6 + k] = (row[k] as number) / a0;
    out[s * 6 + 3] = 1;
  }
  return out;
}

/** Validates a state vector (`zi`) of an exact length; returns a Float64Array copy. */
export function stateVector(fn: string, name: string, v: unknown, expected: number): Float64Array {
  const out = finiteVector(fn, name, v, { allowEmpty: true });
  if (out.length !== expected) {
    throw new RangeError(`${fn}: ${name} has length ${out.length}, expected ${expected}`);
  }
  return out;
}

/**
 * Validates an input signal: a typed array, or a plain array whose every element is a number (NaN samples are
 * allowed and propagate; `null`, `undefined` or a string would otherwise be read as 0 or NaN and are rejected,
 * naming the index).
 */
export function signalInput(fn: string, name: string, v: unknown): ArrayLike<number> {
  if (!isNumericArrayLike(v)) throw new TypeError(`${fn}: ${name} must be an array of numbers, got ${describe(v)}`);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== 'number') throw new TypeError(`${fn}: ${name}[${i}] must be a number, got ${describe(v[i])}`);
    }
  }
  return v;
}

/** Coefficients given as a scalar (scipy's `lfilter(b, 1, x)`) become a one-element array. */
export function coefficients(v: unknown): unknown {
  return typeof v === 'number' ? [v] : v;
}

/** Checks an optional output buffer: a Float32Array/Float64Array at least `n` long. */
export function outputBuffer(fn: string, output: unknown, n: number): void {
  if (!(output instanceof Float64Array) && !(output instanceof Float32Array)) {
    throw new TypeError(`${fn}: output must be a Float64Array or Float32Array, got ${describe(output)}`);
  }
  if (output.length < n) {
    throw new RangeError(`${fn}: output has length ${output.length}, expected at least ${n} (the input length)`);
  }
}
