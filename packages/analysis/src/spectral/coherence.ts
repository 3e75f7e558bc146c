import type { SegmentOptions } from './SpectralOptions';
import { averagedCrossSpectrum, binFrequencies, checkPair, resolveSegmentPlan } from './internal/segmentEngine';

/** Options of {@link coherence}: the segment options of `welch` (scaling cancels out, so it has none). */
export type CoherenceOptions = Omit<SegmentOptions, 'scaling'>;

/** Result of {@link coherence}. */
export interface CoherenceResult {
  /** Bin frequencies in the unit of `fs`. */
  readonly f: Float64Array;
  /** Magnitude-squared coherence |Pxy|²/(Pxx·Pyy), in [0, 1]. */
  readonly cxy: Float64Array;
}

/**
 * Estimates the magnitude-squared coherence of two real signals, matching
 * `scipy.signal.coherence`: `Cxy = |Pxy|² / (Pxx·Pyy)` from Welch estimates with the same
 * segments. 1 where y is a linear function of x, lower where noise or nonlinearity enters.
 * Needs several segments to mean anything (one segment always gives 1).
 *
 * @param x Input signal (≥ 1 sample); not modified.
 * @param y Output signal, same length as x; not modified.
 * @param options Segment options as {@link welch} (defaults: hann, 256, ⌊nperseg/2⌋ overlap).
 * @returns `{ f, cxy }`.
 * @throws RangeError naming the parameter, as {@link csd}.
 *
 * ## Example
 * ```ts
 * import { coherence } from '@rxdsp/analysis';
 * const x = Float64Array.from({ length: 8192 }, () => Math.random() - 0.5);
 * const y = x.map((v) => 0.5 * v + 0.1 * (Math.random() - 0.5));
 * const { cxy } = coherence(x, y, { fs: 48_000, nperseg: 512 }); // ≈ 0.96 at every frequency
 * ```
 */
export function coherence(x: ArrayLike<number>, y: ArrayLike<number>, options: CoherenceOptions = {}): CoherenceResult {
  const n = checkPair('coherence', x, y);
  const plan = resolveSegmentPlan('coherence', n, options);
  const pxx = averagedCrossSpectrum(x, null, plan, 'mean').re;
  const pyy = averagedCrossSpectrum(y, null, plan, 'mean').re;
  const pxy = averagedCrossSpectrum(x, y, plan, 'mean');
  const cxy = new Float64Array(plan.nfreq);
  for (let k = 0; k < cxy.length; k++) {
    const a = Math.hypot(pxy.re[k]!, pxy.im[k]!);
    cxy[k] = (a * a) / pxx[k]! / pyy[k]!;
  }
  return { f: binFrequencies(plan), cxy };
}
