import { LinearFilterKernel } from './LinearFilterKernel';
import { checkFiniteVector, checkSignal } from '@rxdsp/core';
import { normaliseBA } from './normaliseBA';

/** Result of {@link lfilter} and {@link sosfilt}: the output and the final state. */
export interface FilterResult {
  /** Filtered signal, same length as the input. */
  readonly y: Float64Array;
  /** Final state (scipy's `zf`), to pass as `zi` to the next call. */
  readonly zf: Float64Array;
}

/**
 * Filters `x` with the rational transfer function `b(z)/a(z)` in transposed direct form II — scipy's
 * `signal.lfilter(b, a, x, zi=zi)` for a 1-D Float64 signal, with the same state convention.
 *
 * `a[0] ≠ 1` is normalised (b and a are divided by a[0]). `zi`/`zf` have length
 * max(len(a), len(b)) − 1 exactly as in scipy; without `zi` the state starts at zero and `zf` is still
 * returned (scipy returns only `y` then). Latency: 0 samples. Computed by {@link LinearFilterKernel}: a
 * FIR (`a = [a0]`, or `a[1:]` all zero) or a long `b` over a short `a` runs on the FIR kernels (direct or
 * FFT overlap-save, whichever is faster for `x.length`) and agrees with scipy to ~1e-13 of the output's peak.
 *
 * ## Example
 * ```ts
 * import { lfilter } from '@rxdsp/filters';
 * const first = lfilter([0.2], [1, -0.8], [1, 0, 0]);
 * // first.y = [0.2, 0.16, 0.128]; continue where it stopped:
 * const next = lfilter([0.2], [1, -0.8], [0, 0], first.zf); // next.y = [0.1024, 0.08192]
 * ```
 *
 * @param b numerator coefficients (non-empty, finite), or a scalar gain as in scipy (`lfilter(2, 1, x)`)
 * @param a denominator coefficients (non-empty, finite, `a[0] ≠ 0`), or a scalar (`lfilter(b, 1, x)` is an FIR filter)
 * @param x input signal: a typed array, or an array of numbers (NaN samples propagate; `null`/`undefined`
 *   elements are a TypeError naming the index, never read as 0)
 * @param zi initial state, length max(len(a), len(b)) − 1 (default zeros)
 * @throws TypeError / RangeError naming the parameter on bad coefficients or a `zi` of the wrong length
 */
export function lfilter(
  b: ArrayLike<number> | number,
  a: ArrayLike<number> | number,
  x: ArrayLike<number>,
  zi?: ArrayLike<number>,
): FilterResult {
  const { b: bn, a: an, n } = normaliseBA('lfilter', b, a);
  const xs = checkSignal('lfilter', 'x', x);
  const z = zi === undefined ? new Float64Array(n - 1) : checkFiniteVector('lfilter', 'zi', zi, { length: n - 1 });
  const k = new LinearFilterKernel(bn, an, { zi: z, blockSize: Math.max(1, xs.length) });
  const y = k.process(xs);
  return { y, zf: k.getState() };
}
