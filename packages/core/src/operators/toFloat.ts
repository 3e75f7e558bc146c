import type { OperatorFunction } from 'rxjs';
import { frameFormatLock, makeFrame, type FrameFormatLock } from '../internal/frames';
import { operate } from '../internal/operate';
import { checkOneOf, checkOptions } from '../validate/validate';
import type { Frame } from '../types/Frame';

/** Options of {@link toFloat}. */
export interface ToFloatOptions<D extends 'float32' | 'float64' = 'float32' | 'float64'> {
  /**
   * `'int16'` keeps the int16 scale (−32768 … 32767 become the same numbers, as numpy's
   * `astype(float32)` did); `'unit'` normalises to [−1, 1) by dividing by 32768.
   */
  readonly scale: 'int16' | 'unit';
  /** Output array type: `'float64'` (default) or `'float32'`. */
  readonly dtype?: D;
}

/**
 * Converts Int16 frames (from an ADC, a WAV file) to floating point, sample by sample.
 *
 * ```text
 * toFloat({ scale: 'unit' }):   [16384 -32768]   →   [0.5 -1]
 * toFloat({ scale: 'int16' }):  [16384 -32768]   →   [16384 -32768]
 * ```
 *
 * Stateless: one output frame per input frame, at the same time, with the same `sampleRate`,
 * `index` and `time` and new arrays. Errors and completion pass through. A frame that is not
 * Int16 errors with `FrameFormatError` (converting twice would silently rescale).
 * The conversion is exact in both dtypes (every int16 value and its /32768 are representable).
 *
 * ## Example
 * ```ts
 * import { fromSamples, toFloat } from '@rxdsp/core';
 * fromSamples(Int16Array.of(16384, -32768), { sampleRate: 8000, frameLength: 2 })
 *   .pipe(toFloat({ scale: 'unit' }))
 *   .subscribe((f) => console.log(f.channels[0])); // Float64Array [0.5, -1]
 * ```
 *
 * @param opts `scale` (`'int16'` | `'unit'`), `dtype` (`'float64'` default | `'float32'`).
 */
export function toFloat(opts: ToFloatOptions<'float32'> & { readonly dtype: 'float32' }): OperatorFunction<Frame<Int16Array>, Frame<Float32Array>>;
export function toFloat(opts: ToFloatOptions<'float64'>): OperatorFunction<Frame<Int16Array>, Frame<Float64Array>>;
export function toFloat(opts: ToFloatOptions): OperatorFunction<Frame<Int16Array>, Frame<Float32Array | Float64Array>>;
export function toFloat(opts: ToFloatOptions): OperatorFunction<Frame<Int16Array>, Frame<Float32Array | Float64Array>> {
  const fn = 'toFloat';
  checkOptions(fn, opts);
  const scale = checkOneOf(fn, 'opts.scale', opts.scale, ['int16', 'unit'] as const);
  const dtype = checkOneOf(fn, 'opts.dtype', opts.dtype ?? 'float64', ['float32', 'float64'] as const);
  const Ctor = dtype === 'float32' ? Float32Array : Float64Array;
  const k = scale === 'unit' ? 1 / 32768 : 1;
  return operate<Frame<Int16Array>, Frame<Float32Array | Float64Array>, FrameFormatLock>(
    () => frameFormatLock(fn, { types: 'int16' }),
    (frame, lock, out) => {
      lock.check(frame);
      const chans = frame.channels.map((ch) => {
        // The typed-array constructor converts in one pass, without zero-filling a new array first.
        if (k === 1) return new Ctor(ch);
        const y = new Ctor(ch.length);
        for (let i = 0; i < ch.length; i++) y[i] = (ch[i] as number) * k;
        return y;
      });
      out.next(makeFrame(chans, frame.sampleRate, frame.index, frame.time));
    },
  );
}
