import type { FilterResult } from './lfilter';
import { sosRun } from './sosRun';
import { checkFiniteVector, checkSignal } from '@rxdsp/core';
import { normaliseSos } from './normaliseSos';
import type { Sos } from '../types/Sos';

/**
 * Filters `x` with a cascade of second-order sections — scipy's `signal.sosfilt(sos, x, zi=zi)` for a
 * 1-D Float64 signal.
 *
 * The state `zi`/`zf` is a flat Float64Array of 2 × sections values in scipy's row-major
 * (sections, 2) order: `[z₀₀, z₀₁, z₁₀, z₁₁, …]` (scipy's zi shape is (n_sections, 2)). Without `zi`
 * the state starts at zero and `zf` is still returned. Rows with `a0 ≠ 1` are normalised (scipy
 * rejects them). Latency: 0 samples.
 *
 * ## Example
 * ```ts
 * import { sosfilt, sosfiltZi } from '@rxdsp/filters';
 * const sos = [[0.2, 0, 0, 1, -0.8, 0]];
 * const { y, zf } = sosfilt(sos, [1, 1, 1], sosfiltZi(sos)); // y = [1, 1, 1], zf = [0.8, 0]
 * ```
 *
 * @param sos sections `[b0, b1, b2, a0, a1, a2]`, at least one, finite, `a0 ≠ 0`
 * @param x input signal (NaN samples propagate)
 * @param zi initial state, flat, length 2 × sections (default zeros)
 * @throws TypeError / RangeError naming the parameter (`sos[2] has 5 values, expected 6`, …)
 */
export function sosfilt(sos: Sos, x: ArrayLike<number>, zi?: ArrayLike<number>): FilterResult {
  const s = normaliseSos('sosfilt', sos);
  const xs = checkSignal('sosfilt', 'x', x);
  const nz = (s.length / 6) * 2;
  const z = zi === undefined ? new Float64Array(nz) : checkFiniteVector('sosfilt', 'zi', zi, { length: nz });
  const y = new Float64Array(xs.length);
  sosRun(s, z, xs, y, xs.length);
  return { y, zf: z };
}
