// Internal: the frequency grid shared by freqz, sosfreqz and groupDelay (scipy's conventions).
import { checkFiniteVector, checkInt, checkPositive, describeValue } from '@rxdsp/core';

/** Options common to the response functions. */
export interface GridOptions {
  fs?: number;
  whole?: boolean;
  wholeUnitCircle?: boolean;
  includeNyquist?: boolean;
}

/** The grid in rad/sample plus the factor that converts it to the caller's units. */
export interface Grid {
  /** Angular frequencies in rad/sample. */
  omega: Float64Array;
  /** Returned frequencies (rad/sample, or Hz when fs was given). */
  w: Float64Array;
}

/**
 * scipy: an integer worN gives `linspace(0, π or 2π, N, endpoint = includeNyquist && !whole)`;
 * an array gives frequencies in the units of `fs` (rad/sample without `fs`).
 */
export function frequencyGrid(fn: string, worN: unknown, opts: GridOptions | undefined, allowNyquist: boolean): Grid {
  if (opts !== undefined && (typeof opts !== 'object' || opts === null || Array.isArray(opts))) {
    throw new TypeError(`${fn}: options must be an object, got ${describeValue(opts)}`);
  }
  const o = opts ?? {};
  const fs = o.fs === undefined ? 2 * Math.PI : checkPositive(fn, 'fs', o.fs);
  const whole = Boolean(o.whole ?? o.wholeUnitCircle ?? false);
  const includeNyquist = allowNyquist && Boolean(o.includeNyquist ?? false);
  let omega: Float64Array;
  if (typeof worN === 'number') {
    const n = checkInt(fn, 'worN', worN, 0);
    const last = whole ? 2 * Math.PI : Math.PI;
    const div = includeNyquist && !whole ? n - 1 : n;
    omega = new Float64Array(n);
    const step = last / div;
    for (let i = 0; i < n; i++) omega[i] = i * step;
    if (includeNyquist && !whole && n > 1) omega[n - 1] = last;
  } else {
    const f = checkFiniteVector(fn, 'worN', worN, { scalar: true, allowEmpty: true });
    omega = new Float64Array(f.length);
    for (let i = 0; i < f.length; i++) omega[i] = (2 * Math.PI * (f[i] as number)) / fs;
  }
  const w = new Float64Array(omega.length);
  const scale = fs / (2 * Math.PI);
  for (let i = 0; i < omega.length; i++) w[i] = (omega[i] as number) * scale;
  return { omega, w };
}

/**
 * Evaluates Σ c[k]·x^k at x = e^{−jω} (Horner, numpy's `polyval` in increasing powers) into re/im at index i.
 */
export function polyvalZm1(c: ArrayLike<number>, cr: number, ci: number): [number, number] {
  const n = c.length;
  if (n === 0) return [0, 0];
  let re = c[n - 1] as number;
  let im = 0;
  for (let k = n - 2; k >= 0; k--) {
    const t = re * cr - im * ci + (c[k] as number);
    im = re * ci + im * cr;
    re = t;
  }
  return [re, im];
}
