import { frequencyGrid, polyvalZm1 } from './internal/grid';
import { checkFiniteVector } from '@rxdsp/core';

/** Options of {@link groupDelay}. */
export interface GroupDelayOptions {
  /** Sampling rate in Hz (> 0). When given, frequencies in `w` (in and out) are in Hz; else rad/sample. */
  fs?: number;
  /** Evaluate around the whole unit circle, [0, 2π). Default false: [0, π). */
  whole?: boolean;
  /** Alias of `whole`. */
  wholeUnitCircle?: boolean;
}

/** Result of {@link groupDelay}. */
export interface GroupDelayResult {
  /** Frequencies (rad/sample, or Hz when `fs` was given). */
  w: Float64Array;
  /** Group delay −dφ/dω in samples at each frequency (0 where the response is singular, as scipy). */
  gd: Float64Array;
}

/**
 * Group delay of a digital filter in samples, as scipy's `signal.group_delay`: with `c = b ∗ reverse(a)`,
 * `τ(ω) = Re[ Σ k·c_k e^{−jωk} / Σ c_k e^{−jωk} ] − (len(a) − 1)`. Where the denominator vanishes (a zero on
 * the unit circle) the value is not finite and is set to 0, as scipy does.
 *
 * ## Example
 * ```ts
 * import { groupDelay } from '@rxdsp/filters';
 * groupDelay([0, 0, 1], 1, [0, 0.5]).gd; // [2, 2]: a pure two-sample delay
 * ```
 * @param b numerator coefficients.
 * @param a denominator coefficients or a scalar (default 1).
 * @param w number of frequencies (integer ≥ 0, default 512) or the frequencies (rad/sample, or Hz with `fs`).
 * @param options `fs` in Hz, `whole`.
 * @returns `{ w, gd }` with `gd` in samples (divide by `fs` for seconds).
 * @throws TypeError/RangeError for bad coefficients, `w` or `fs`.
 */
export function groupDelay(
  b: ArrayLike<number> | number,
  a: ArrayLike<number> | number = 1,
  w: number | ArrayLike<number> = 512,
  options?: GroupDelayOptions,
): GroupDelayResult {
  const bb = checkFiniteVector('groupDelay', 'b', b, { scalar: true });
  const aa = checkFiniteVector('groupDelay', 'a', a, { scalar: true });
  const grid = frequencyGrid('groupDelay', w, options, false);
  const nc = bb.length + aa.length - 1;
  const c = new Float64Array(nc);
  for (let i = 0; i < bb.length; i++) {
    for (let j = 0; j < aa.length; j++) c[i + j] = (c[i + j] as number) + (bb[i] as number) * (aa[aa.length - 1 - j] as number);
  }
  const cr = new Float64Array(nc);
  for (let i = 0; i < nc; i++) cr[i] = (c[i] as number) * i;
  const n = grid.omega.length;
  const gd = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const om = grid.omega[i] as number;
    const zr = Math.cos(om);
    const zi = -Math.sin(om);
    const [nr, ni] = polyvalZm1(cr, zr, zi);
    const [dr, di] = polyvalZm1(c, zr, zi);
    // Re(num / den)
    const den = dr * dr + di * di;
    const v = (nr * dr + ni * di) / den - aa.length + 1;
    gd[i] = Number.isFinite(v) ? v : 0;
  }
  return { w: grid.w, gd };
}
