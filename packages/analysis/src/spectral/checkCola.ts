import type { SpectralWindow } from './SpectralOptions';
import { overlapBins } from './internal/overlapBins';

/**
 * Whether the window meets the constant overlap-add (COLA) condition for this overlap, as scipy's
 * `signal.check_COLA`: the shifted copies of the window sum to a constant (within `tol`), so an unmodified STFT's
 * overlap-added segments reproduce the signal with no amplitude modulation.
 *
 * ## Example
 * ```ts
 * import { checkCola } from '@rxdsp/analysis';
 * checkCola('hann', 256, 128);        // true (periodic Hann at 50 %)
 * checkCola(['tukey', 0.25], 256, 64); // false
 * ```
 *
 * @param window - A name or `[name, …parameters]` for `getWindow` (periodic), or the window's samples (length nperseg).
 * @param nperseg - Segment length in samples, an integer ≥ 1.
 * @param noverlap - Overlap in samples, an integer 0 ≤ noverlap < nperseg.
 * @param tol - Largest allowed deviation of any overlap-added sum from their median (default 1e-10).
 * @returns `true` when the condition holds.
 * @throws RangeError/TypeError naming the parameter (bad nperseg, noverlap, window or tol).
 */
export function checkCola(window: SpectralWindow, nperseg: number, noverlap: number, tol = 1e-10): boolean {
  if (typeof tol !== 'number' || Number.isNaN(tol)) throw new RangeError(`checkCola: tol must be a number, got ${String(tol)}`);
  const bins = overlapBins('checkCola', window, nperseg, noverlap, 1);
  const sorted = Float64Array.from(bins).sort();
  const h = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[h]! : (sorted[h - 1]! + sorted[h]!) / 2;
  let worst = 0;
  for (const b of bins) worst = Math.max(worst, Math.abs(b - median));
  return worst < tol;
}
