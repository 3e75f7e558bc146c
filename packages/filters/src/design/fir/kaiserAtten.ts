import { checkFinite, checkInt } from '@rxdsp/core';

/**
 * The stopband attenuation in dB of a Kaiser-window FIR with `numtaps` taps and transition width `width`
 * (Kaiser's formula, scipy's `kaiser_atten`): A = 2.285·(numtaps − 1)·π·width + 7.95.
 *
 * ## Example
 * ```ts
 * import { kaiserAtten } from '@rxdsp/filters';
 * kaiserAtten(211, 0.0625); // 102.17 dB
 * ```
 *
 * @param numtaps - Number of taps, an integer ≥ 1.
 * @param width - Transition width as a fraction of the Nyquist frequency (width in Hz divided by fs/2), > 0.
 * @returns The attenuation in dB.
 * @throws RangeError for a non-integer or non-positive `numtaps` or a non-finite `width`.
 */
export function kaiserAtten(numtaps: number, width: number): number {
  checkInt('kaiserAtten', 'numtaps', numtaps);
  checkFinite('kaiserAtten', 'width', width);
  return 2.285 * (numtaps - 1) * Math.PI * width + 7.95;
}
