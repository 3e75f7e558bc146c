import { checkSignal } from '@rxdsp/core';
import type { SegmentOptions } from './SpectralOptions';
import { averagedCrossSpectrum, binFrequencies, padPair, resolveSegmentPlan } from './internal/segmentEngine';

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
 * Signals of different lengths are handled as scipy does: Pxx and Pyy come from each signal as it is, Pxy from the
 * pair with the shorter zero-padded (so their segment counts differ); the default `nperseg` follows each length, and
 * when that gives spectra of different sizes (a signal shorter than 256 with the default) it is a RangeError, where
 * scipy fails to broadcast — pass `nperseg`.
 *
 * @param x Input signal (≥ 1 sample); not modified.
 * @param y Output signal (≥ 1 sample; see above for a length different from x's); not modified.
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
  const fn = 'coherence';
  const nx = checkSignal(fn, 'x', x, { allowEmpty: false }).length;
  const ny = checkSignal(fn, 'y', y, { allowEmpty: false }).length;
  const pair = padPair(fn, x, y);
  const plan = resolveSegmentPlan(fn, pair.n, options);
  const planX = nx === pair.n ? plan : resolveSegmentPlan(fn, nx, options);
  const planY = ny === pair.n ? plan : resolveSegmentPlan(fn, ny, options);
  if (planX.nfreq !== plan.nfreq || planY.nfreq !== plan.nfreq) {
    throw new RangeError(
      `${fn}: x (${nx} samples) and y (${ny} samples) give spectra of different sizes with the default nperseg ` +
        `(min(256, length) each); pass an nperseg ≤ ${Math.min(nx, ny)}`,
    );
  }
  const pxx = averagedCrossSpectrum(x, null, planX, 'mean').re;
  const pyy = averagedCrossSpectrum(y, null, planY, 'mean').re;
  const pxy = averagedCrossSpectrum(pair.x, pair.y, plan, 'mean');
  const cxy = new Float64Array(plan.nfreq);
  for (let k = 0; k < cxy.length; k++) {
    const a = Math.hypot(pxy.re[k]!, pxy.im[k]!);
    cxy[k] = (a * a) / pxx[k]! / pyy[k]!;
  }
  return { f: binFrequencies(plan), cxy };
}
