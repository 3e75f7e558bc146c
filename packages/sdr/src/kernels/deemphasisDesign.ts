import { checkPositive } from '@rxdsp/core';

/**
 * Coefficients of the FM de-emphasis filter: the analog one-pole lowpass `H(s) = 1 / (1 + s·τ)`
 * discretised by matching its pole (`z = e^{−1/(τ·fs)}`, the impulse-invariant pole) and scaling for
 * unity gain at 0 Hz: `b = [1 − a]`, `a = [1, −a]` with `a = e^{−1/(τ·fs)}`, i.e.
 * `y[n] = (1 − a)·x[n] + a·y[n − 1]` (scipy: `lfilter(b, a, x)`).
 *
 * τ = 75 µs (Americas, Korea) or 50 µs (Europe, Asia, Australia): corner 1/(2πτ) = 2122 Hz or 3183 Hz.
 *
 * ## Example
 * ```ts
 * import { deemphasisDesign } from '@rxdsp/sdr';
 * const { b, a } = deemphasisDesign({ tau: 75e-6, sampleRate: 48000 }); // b ≈ [0.2425], a ≈ [1, −0.7575]
 * ```
 *
 * @param opts `tau` time constant in seconds (> 0; 75e-6 or 50e-6), `sampleRate` in Hz (> 0).
 * @returns `{ b, a }` as plain arrays.
 */
export function deemphasisDesign(opts: { readonly tau: number; readonly sampleRate: number }): { b: number[]; a: number[] } {
  const tau = checkPositive('deemphasisDesign', 'opts.tau', opts?.tau);
  const fs = checkPositive('deemphasisDesign', 'opts.sampleRate', opts.sampleRate);
  const p = Math.exp(-1 / (tau * fs));
  return { b: [1 - p], a: [1, -p] };
}
