import type { SpectralWindow } from './SpectralOptions';
import { overlapBins } from './internal/overlapBins';

/**
 * Whether the window meets the nonzero overlap-add (NOLA) condition for this overlap, as scipy's
 * `signal.check_NOLA`: the overlap-added squared window is above `tol` everywhere, which is what {@link istft}
 * needs to invert an STFT.
 *
 * ## Example
 * ```ts
 * import { checkNola } from '@rxdsp/analysis';
 * checkNola('hann', 256, 128);   // true
 * checkNola('hann', 256, 0);     // false: the periodic Hann window's first sample is 0
 * ```
 *
 * @param window - A name or `[name, …parameters]` for `getWindow` (periodic), or the window's samples (length nperseg).
 * @param nperseg - Segment length in samples, an integer ≥ 1.
 * @param noverlap - Overlap in samples, an integer 0 ≤ noverlap < nperseg.
 * @param tol - Smallest allowed overlap-added squared window (default 1e-10).
 * @returns `true` when the condition holds.
 * @throws RangeError/TypeError naming the parameter (bad nperseg, noverlap, window or tol).
 */
export function checkNola(window: SpectralWindow, nperseg: number, noverlap: number, tol = 1e-10): boolean {
  if (typeof tol !== 'number' || Number.isNaN(tol)) throw new RangeError(`checkNola: tol must be a number, got ${String(tol)}`);
  const bins = overlapBins('checkNola', window, nperseg, noverlap, 2);
  let min = Infinity;
  for (const b of bins) min = Math.min(min, b);
  return min > tol;
}
