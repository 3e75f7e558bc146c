// Internal: the overlap-add sums behind checkCola and checkNola (scipy's check_COLA / check_NOLA).
import type { SpectralWindow } from '../SpectralOptions';
import { windowSamples } from './segmentEngine';

/**
 * Sum of `power`-th powers of the window's nperseg/step shifted copies over one hop (length step), as scipy folds it:
 * whole hops first, then the remainder added onto the start.
 */
export function overlapBins(fn: string, window: SpectralWindow, nperseg: number, noverlap: number, power: 1 | 2): Float64Array {
  if (typeof nperseg !== 'number' || !Number.isInteger(nperseg) || nperseg < 1) {
    throw new RangeError(`${fn}: nperseg must be a positive integer, got ${String(nperseg)}`);
  }
  if (typeof noverlap !== 'number' || !Number.isInteger(noverlap) || noverlap < 0) {
    throw new RangeError(`${fn}: noverlap must be a non-negative integer, got ${String(noverlap)}`);
  }
  if (noverlap >= nperseg) throw new RangeError(`${fn}: noverlap (${noverlap}) must be less than nperseg (${nperseg})`);
  const win = windowSamples(fn, window, nperseg);
  const step = nperseg - noverlap;
  const bins = new Float64Array(step);
  const whole = Math.floor(nperseg / step);
  for (let ii = 0; ii < whole; ii++) for (let j = 0; j < step; j++) bins[j] = bins[j]! + win[ii * step + j]! ** power;
  const rest = nperseg % step;
  for (let j = 0; j < rest; j++) bins[j] = bins[j]! + win[nperseg - rest + j]! ** power;
  return bins;
}
