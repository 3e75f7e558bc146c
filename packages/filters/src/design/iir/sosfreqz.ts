import { unitCircle } from './freqz';
import { frequencyGrid } from './internal/grid';
import { sosRows } from './internal/sosInput';
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
  const { cr, ci } = unitCircle(omega);
  for (const row of rows) {
    const [b0, b1, b2, a0, a1, a2] = row as [number, number, number, number, number, number];
    for (let i = 0; i < n; i++) {
      const xr = cr[i] as number;
      const xi = ci[i] as number;
      // numerator and denominator by Horner's rule in x = e^{−jω}: (c2·x + c1)·x + c0
      const nr = (b2 * xr + b1) * xr - b2 * xi * xi + b0;
      const ni = (b2 * xr + b1) * xi + b2 * xi * xr;
      const dr = (a2 * xr + a1) * xr - a2 * xi * xi + a0;
      const di = (a2 * xr + a1) * xi + a2 * xi * xr;
      // h = N/D by Smith's algorithm (no overflow of |D|²)
      let hr: number;
      let hi: number;
      if (Math.abs(dr) >= Math.abs(di)) {
        const r = di / dr;
        const d = dr + di * r;
        hr = (nr + ni * r) / d;
        hi = (ni - nr * r) / d;
      } else {
        const r = dr / di;
        const d = dr * r + di;
        hr = (nr * r + ni) / d;
        hi = (ni * r - nr) / d;
      }
      const pr = re[i] as number;
      const pi = im[i] as number;
      re[i] = pr * hr - pi * hi;
      im[i] = pr * hi + pi * hr;
    }
  }
  return { w, h: { re, im } };
}
