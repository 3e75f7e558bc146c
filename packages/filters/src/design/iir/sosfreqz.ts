import { evalRational } from './freqz';
import { frequencyGrid } from './grid';
import { sosRows } from './sosInput';
import type { FrequencyResponse } from './types';

/** Options of {@link sosfreqz}. */
export interface SosfreqzOptions {
  /** Sampling rate in Hz (> 0). When given, `worN` frequencies and the returned `w` are in Hz; else rad/sample. */
  fs?: number;
  /** Evaluate around the whole unit circle, [0, 2π) (scipy's `whole`). Default false: [0, π). */
  whole?: boolean;
  /** Alias of `whole`. */
  wholeUnitCircle?: boolean;
}

/**
 * Frequency response of a cascade of second-order sections, as scipy's `signal.sosfreqz` (`freqz_sos`):
 * the product of each section's {@link freqz} on the same grid.
 *
 * ## Example
 * ```ts
 * import { butter, sosfreqz, magnitudeDb } from '@rxdsp/filters';
 * const sos = butter(10, [300, 3400], { btype: 'bandpass', fs: 16000, output: 'sos' });
 * const { w, h } = sosfreqz(sos, 1024, { fs: 16000 });
 * ```
 * @param sos sections `[b0, b1, b2, a0, a1, a2]` (at least one; a0 ≠ 0).
 * @param worN number of frequencies (integer ≥ 0, default 512) or the frequencies (rad/sample, or Hz with `fs`).
 * @param options `fs` in Hz, `whole`.
 * @returns `{ w, h: { re, im } }`.
 * @throws TypeError/RangeError for a malformed `sos`, a bad `worN` or `fs`.
 */
export function sosfreqz(
  sos: ReadonlyArray<ArrayLike<number>>,
  worN: number | ArrayLike<number> = 512,
  options?: SosfreqzOptions,
): FrequencyResponse {
  const rows = sosRows('sosfreqz', sos);
  const { omega, w } = frequencyGrid('sosfreqz', worN, options, false);
  const n = omega.length;
  const re = new Float64Array(n).fill(1);
  const im = new Float64Array(n);
  for (const row of rows) {
    const h = evalRational(row.slice(0, 3), row.slice(3), omega);
    for (let i = 0; i < n; i++) {
      const xr = re[i] as number;
      const xi = im[i] as number;
      const yr = h.re[i] as number;
      const yi = h.im[i] as number;
      re[i] = xr * yr - xi * yi;
      im[i] = xr * yi + xi * yr;
    }
  }
  return { w, h: { re, im } };
}
