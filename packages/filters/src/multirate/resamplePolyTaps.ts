import type { WindowSpec } from '@rxdsp/core';
import { firwin } from '../design/fir/firwin';
import { checkInt } from '@rxdsp/core';
import { gcd } from './gcd';

/** The polyphase filter of {@link resamplePolyTaps}: taps and the factors they were designed for. */
export interface ResamplePolyDesign {
  /** Lowpass taps, already multiplied by `up` (unity passband gain after zero insertion); length 2·halfLength + 1. */
  readonly taps: Float64Array;
  /** `up` / gcd(up, down). */
  readonly up: number;
  /** `down` / gcd(up, down). */
  readonly down: number;
  /** 10 · max(up, down) (reduced factors): the taps on each side of the centre. */
  readonly halfLength: number;
}

/**
 * The anti-imaging / anti-aliasing lowpass scipy's `resample_poly` designs when it is given a window:
 * after reducing `up/down` by their gcd, `firwin(2·half + 1, 1/max(up, down), window)` · up with
 * half = 10·max(up, down). {@link resamplePoly} and the streaming {@link resample} use it by default.
 *
 * The group delay is `halfLength` samples at the upsampled rate, i.e. halfLength/down output samples
 * (`resamplePoly` removes it; `upfirdn` and `resample` keep it).
 *
 * ## Example
 * ```ts
 * import { resamplePolyTaps } from '@rxdsp/filters';
 * const d = resamplePolyTaps(160, 147); // 48 kHz → 44.1 kHz
 * d.taps.length; // 3201 (halfLength 1600)
 * ```
 *
 * @param up upsampling factor, integer ≥ 1
 * @param down downsampling factor, integer ≥ 1
 * @param window window of the design (`getWindow` spec), default `['kaiser', 5.0]` as scipy
 * @throws RangeError / TypeError naming the parameter and the value
 */
export function resamplePolyTaps(up: number, down: number, window: WindowSpec = ['kaiser', 5.0]): ResamplePolyDesign {
  return designResampleFilter('resamplePolyTaps', up, down, window);
}

/** The design of {@link resamplePolyTaps}, with the calling function's name for messages. */
export function designResampleFilter(fn: string, up: unknown, down: unknown, window: WindowSpec): ResamplePolyDesign {
  const u0 = checkInt(fn, 'up', up);
  const d0 = checkInt(fn, 'down', down);
  const g = gcd(u0, d0);
  const u = u0 / g;
  const d = d0 / g;
  if (u === 1 && d === 1) return { taps: Float64Array.of(1), up: 1, down: 1, halfLength: 0 }; // no rate change
  const maxRate = Math.max(u, d);
  const halfLength = 10 * maxRate;
  let taps: Float64Array;
  try {
    taps = firwin(2 * halfLength + 1, 1 / maxRate, { window });
  } catch (err) {
    // firwin names itself; say which call of ours it came from
    throw err instanceof Error ? new (err.constructor as ErrorConstructor)(`${fn}: window: ${err.message}`) : err;
  }
  for (let i = 0; i < taps.length; i++) taps[i] = (taps[i] as number) * u;
  return { taps, up: u, down: d, halfLength };
}
