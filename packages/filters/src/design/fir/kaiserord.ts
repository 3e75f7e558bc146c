import { checkFinite } from '@rxdsp/core';
import { kaiserBeta } from './kaiserBeta';

/**
 * Result of {@link kaiserord}.
 *
 * ## Example
 * ```ts
 * import { kaiserord, type KaiserOrder } from '@rxdsp/filters';
 * const { numtaps, beta }: KaiserOrder = kaiserord(60, 0.05);
 * ```
 */
export interface KaiserOrder {
  /** Number of taps the Kaiser window method needs. */
  numtaps: number;
  /** The Kaiser window β for that attenuation. */
  beta: number;
}

/**
 * Kaiser's estimate of the length and β of a Kaiser-window FIR meeting a ripple/attenuation spec
 * (scipy's `kaiserord`): numtaps = ⌈(A − 7.95) / (2.285·π·width) + 1⌉, β = {@link kaiserBeta}(A), A = |rippleDb|.
 * The window method gives equal ripple δ in pass- and stopbands, so A = −20·log10(δ) covers both.
 * Use the result with `firwin(numtaps, cutoff, { window: ['kaiser', beta] })`.
 *
 * ## Example
 * ```ts
 * import { firwin, kaiserord } from '@rxdsp/filters';
 * const fs = 48000;
 * const { numtaps, beta } = kaiserord(65, 1000 / (fs / 2)); // 65 dB, 1 kHz transition
 * const taps = firwin(numtaps, 8000, { window: ['kaiser', beta], fs });
 * ```
 *
 * @param rippleDb - Largest deviation of the response from the ideal, in dB (the sign is ignored), |rippleDb| ≥ 8.
 * @param width - Transition width as a fraction of the Nyquist frequency (width in Hz divided by fs/2), > 0.
 * @returns `{ numtaps, beta }`.
 * @throws RangeError when |rippleDb| < 8 (Kaiser's formula does not hold there) or `width` is not positive.
 */
export function kaiserord(rippleDb: number, width: number): KaiserOrder {
  checkFinite('kaiserord', 'rippleDb', rippleDb);
  checkFinite('kaiserord', 'width', width);
  const a = Math.abs(rippleDb);
  if (a < 8) {
    throw new RangeError(`kaiserord: rippleDb must be at least 8 dB in magnitude for Kaiser's formula, got ${rippleDb}`);
  }
  if (!(width > 0)) {
    throw new RangeError(`kaiserord: width must be > 0 (a fraction of the Nyquist frequency), got ${width}`);
  }
  const numtaps = (a - 7.95) / 2.285 / (Math.PI * width) + 1;
  return { numtaps: Math.ceil(numtaps), beta: kaiserBeta(a) };
}
