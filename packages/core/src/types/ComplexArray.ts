/**
 * A complex array split into its real and imaginary parts, two arrays of equal length
 * (`z[k] = re[k] + j·im[k]`): the one complex-array type of rxdsp. Frequency responses
 * (`freqz`, `sosfreqz` of `@rxdsp/filters`), spectral results (`csd`, `tfestimate`, complex
 * `spectrogram` of `@rxdsp/analysis`) and the helpers that read them (`magnitudeDb`,
 * `unwrapPhase`, `magnitude`, `phase`) all use it. Results are `ComplexArray` (Float64Array parts);
 * inputs that only read accept `ComplexArray<ArrayLike<number>>` (plain arrays too); a complex
 * matrix has rows for parts (`ComplexArray<Float64Array[]>`: `stft`'s `zxx`, one row per frequency).
 * (The complex streams of `@rxdsp/sdr` name their parts `i` and `q`, the radio's vocabulary.)
 *
 * ## Example
 * ```ts
 * import { magnitudeDb, type ComplexArray } from '@rxdsp/core';
 * const h: ComplexArray = { re: Float64Array.of(3, 0.5), im: Float64Array.of(4, 0) };
 * magnitudeDb(h); // [13.979…, −6.0206…]
 * ```
 *
 * @typeParam T the type of each part (default Float64Array; an array of rows for a matrix).
 */
export interface ComplexArray<T extends ArrayLike<unknown> = Float64Array> {
  /** Real parts. */
  readonly re: T;
  /** Imaginary parts, as many as real parts. */
  readonly im: T;
}
