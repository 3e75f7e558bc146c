import type { Complex } from './complex';
import type { ComplexArray } from '@rxdsp/core';

/**
 * Transfer-function coefficients: `H(z) = (b[0] + b[1]z⁻¹ + …) / (a[0] + a[1]z⁻¹ + …)`, scipy's `(b, a)`.
 *
 * ## Example
 * ```ts
 * import { butter, type BA } from '@rxdsp/filters';
 * const { b, a }: BA = butter(2, 0.25);
 * ```
 */
export interface BA {
  /** Numerator (feed-forward) coefficients, highest power of z first. */
  b: Float64Array;
  /** Denominator (feedback) coefficients, `a[0]` normally 1. */
  a: Float64Array;
}

/**
 * Zeros, poles and gain: `H = k · Π(z − zᵢ) / Π(z − pᵢ)` (s instead of z for analog prototypes), scipy's `(z, p, k)`.
 *
 * ## Example
 * ```ts
 * import { butter, type ZPK } from '@rxdsp/filters';
 * const { z, p, k }: ZPK = butter(4, 0.2, { output: 'zpk' });
 * ```
 */
export interface ZPK {
  /** Zeros. */
  z: Complex[];
  /** Poles. */
  p: Complex[];
  /** Gain (real). */
  k: number;
}


/** Band type of an IIR design (scipy's `btype`). */
export type BandType = 'lowpass' | 'highpass' | 'bandpass' | 'bandstop';

/** Output form of an IIR design (scipy's `output`). */
export type IirOutput = 'ba' | 'zpk' | 'sos';

/**
 * A complex frequency response as returned by {@link freqz} and {@link sosfreqz}.
 *
 * ## Example
 * ```ts
 * import { freqz, type FrequencyResponse } from '@rxdsp/filters';
 * const r: FrequencyResponse = freqz([1, 1], [2]);
 * r.w.length; // 512
 * ```
 */
export interface FrequencyResponse {
  /** Frequencies: rad/sample in [0, π) (or [0, 2π) with `whole`), or Hz when `fs` was given. */
  w: Float64Array;
  /** Complex response values at `w`, split into real and imaginary arrays. */
  h: ComplexArray;
}
