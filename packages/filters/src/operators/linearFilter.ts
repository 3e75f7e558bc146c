import { isObservable, type Observable } from 'rxjs';
import { LinearFilterKernel } from '../kernels/LinearFilterKernel';
import { checkStable } from '../kernels/checkStable';
import { lfilterZi } from '../kernels/lfilterZi';
import { checkFiniteVector } from '@rxdsp/core';
import type { NormalisedBA } from '../kernels/normaliseBA';
import { normaliseBA } from '../kernels/normaliseBA';
import type { NonFiniteOptions } from '@rxdsp/core';
import { type FilterOperator, type FloatFrame, type KernelFamily, coefficientSource, filterOperator } from './filterOperator';

/** Transfer-function coefficients for the live form of {@link linearFilter}. */
export interface LinearCoefficients {
  /** Numerator (non-empty, finite). */
  readonly b: ArrayLike<number>;
  /** Denominator (non-empty, finite, `a[0] ≠ 0`). */
  readonly a: ArrayLike<number>;
}

/** Options of {@link linearFilter}. */
export interface LinearFilterOptions extends NonFiniteOptions {
  /**
   * Initial state of every channel: scipy's `zi` (length max(len a, len b) − 1), or `'steady'` for
   * `lfilterZi(b, a) · x[0]` per channel (no start-up transient for a signal starting at x[0], as
   * scipy's `lfilter(b, a, x, zi=lfilter_zi(b, a)*x[0])`). Default: zeros.
   */
  readonly zi?: ArrayLike<number> | 'steady';
  /**
   * Accept coefficients with a pole on or outside the unit circle (default false: such fixed
   * coefficients throw `RangeError`, such live ones error the stream with `ParameterError`).
   */
  readonly allowUnstable?: boolean;
}

const fn = 'linearFilter';

function family(zi: LinearFilterOptions['zi'], allowUnstable = false): KernelFamily<NormalisedBA, LinearFilterKernel> {
  return {
    fn,
    validate(raw) {
      if (raw === null || typeof raw !== 'object' || !('b' in raw) || !('a' in raw)) {
        throw new TypeError(`${fn}: coefficients must be an object { b, a }, got ${raw === null ? 'null' : typeof raw}`);
      }
      const { b, a } = raw as LinearCoefficients;
      const c = normaliseBA(fn, b, a);
      if (zi !== undefined && zi !== 'steady' && zi.length !== c.n - 1) {
        throw new RangeError(`${fn}: opts.zi has length ${zi.length}, expected ${c.n - 1}`);
      }
      if (zi === 'steady') lfilterZiFor(c); // a pole at z = 1 fails here, at creation
      if (!allowUnstable) checkStable(fn, c);
      return c;
    },
    create(c, len, first) {
      // The frame length sizes the FIR part of a long numerator (direct or FFT; see LinearFilterKernel).
      const blockSize = Math.max(1, len);
      if (zi === 'steady') return new LinearFilterKernel(c.b, c.a, { zi: lfilterZiFor(c).map((v) => v * first), blockSize });
      return new LinearFilterKernel(c.b, c.a, zi === undefined ? { blockSize } : { zi, blockSize });
    },
    update(k, c) {
      k.setCoefficients(c.b, c.a);
      return k;
    },
    process(k, x, y) {
      k.process(x, y);
    },
  };
}

function lfilterZiFor(c: NormalisedBA): Float64Array {
  try {
    return lfilterZi(c.b, c.a);
  } catch {
    throw new RangeError(`${fn}: opts.zi 'steady' needs a filter without a pole at z = 1`);
  }
}

/**
 * Filters every channel of a float frame stream with `b(z)/a(z)` in transposed direct form II (scipy's
 * `lfilter`), carrying each channel's state from frame to frame: the output is identical, sample for
 * sample, to `lfilter(b, a, wholeChannel)`, whatever the framing.
 *
 * ```text
 * linearFilter(b, a):   --[x0]----[x1]--[x2]--|
 *                       --[y0]----[y1]--[y2]--|    y = lfilter(b, a, x0‖x1‖x2) cut at the same places
 * linearFilter(c$):  c$ A-------B--------------
 *                       --[x0]----[x1]--[x2]--|
 *                       --[y0]----[y1]--[y2]--|    y0 filtered with A; B arrived between x0 and x1,
 *                                                  so x1 and x2 are filtered with B
 * ```
 *
 * - One kernel per channel per subscription, created at the first frame and dropped on teardown
 *   (cold: two subscribers never share state; resubscribing starts from the initial state again).
 * - Output frames are new arrays of the input's type (Float32 in → Float32 out, computed in Float64)
 *   with the same `sampleRate`, `index` and `time`. Latency: 0 samples.
 * - A FIR (`a` of length 1, or `a[1:]` all zero) or a long `b` over a short `a` runs on the FIR kernels
 *   (direct or FFT overlap-save for the first frame's length, as `firFilter`), then the all-pole part:
 *   see `LinearFilterKernel`'s `method`. The numbers stay scipy's (to ~1e-13 of the peak) and so do the
 *   `zi` semantics; a live update may move between the two forms and keeps the state as described below.
 * - Live coefficients (`linearFilter(c$)`): `c$` is subscribed before the source; its latest value
 *   applies from the next frame boundary. Same order (max(len a, len b) − 1) → the state is kept;
 *   different order → every channel restarts from a zero state (like a new filter). Invalid
 *   coefficients from `c$` error the output with `ParameterError` (same message as the synchronous
 *   error); a frame before `c$` has emitted errors with `ParameterError`; an error of `c$` is forwarded.
 * - Errors with `FrameFormatError` when the sample rate or channel count changes, or a frame is not
 *   Float32/Float64 (convert Int16 with `toFloat` first). A NaN in one channel stays in that channel.
 * - Completion and errors of the source pass straight through; nothing is buffered (zero latency), so
 *   completion flushes nothing. Teardown unsubscribes the source and the coefficients Observable.
 * - An explicit `opts.zi` must fit every coefficient set (live values of another order error with `ParameterError`).
 * - Instability: coefficients with a pole on or outside the unit circle (Schur–Cohn test on `a`) throw
 *   `RangeError` (fixed) or error the stream with `ParameterError` when they arrive (live), unless
 *   `opts.allowUnstable` is true.
 *
 * ## Example
 * ```ts
 * import { fromSamples } from '@rxdsp/core';
 * import { linearFilter } from '@rxdsp/filters';
 * const p = Math.exp((-2 * Math.PI * 1000) / 48000);
 * fromSamples(new Float64Array(4096).fill(1), { sampleRate: 48000, frameLength: 1024 })
 *   .pipe(linearFilter([1 - p], [1, -p]))
 *   .subscribe((f) => console.log(f.index, f.channels[0]![1023])); // ≈ 1 (time constant ≈ 7.6 samples)
 * ```
 *
 * @param b numerator coefficients (non-empty, finite), or an Observable of `{ b, a }`
 * @param a denominator coefficients (non-empty, finite, `a[0] ≠ 0`)
 * @param opts `zi`: initial state (length max(len a, len b) − 1) or `'steady'`; `allowUnstable` (default false)
 * @throws TypeError / RangeError naming the parameter when fixed coefficients or `zi` are invalid
 */
export function linearFilter<T extends FloatFrame>(
  b: ArrayLike<number>,
  a: ArrayLike<number>,
  opts?: LinearFilterOptions,
): FilterOperator<T>;
export function linearFilter<T extends FloatFrame>(
  coefficients$: Observable<LinearCoefficients>,
  opts?: LinearFilterOptions,
): FilterOperator<T>;
export function linearFilter<T extends FloatFrame>(
  b: ArrayLike<number> | Observable<LinearCoefficients>,
  aOrOpts?: ArrayLike<number> | LinearFilterOptions,
  maybeOpts?: LinearFilterOptions,
): FilterOperator<T> {
  const live = isObservable(b);
  const opts = (live ? aOrOpts : maybeOpts) ?? {};
  if (typeof opts !== 'object' || opts === null) throw new TypeError(`${fn}: opts must be an object, got ${String(opts)}`);
  const zi = (opts as LinearFilterOptions).zi;
  if (zi !== undefined && zi !== 'steady') checkFiniteVector(fn, 'opts.zi', zi, { allowEmpty: true });
  const allowUnstable = (opts as LinearFilterOptions).allowUnstable ?? false;
  if (typeof allowUnstable !== 'boolean') throw new TypeError(`${fn}: opts.allowUnstable must be a boolean, got ${typeof allowUnstable}`);
  const fam = family(zi, allowUnstable);
  const src = coefficientSource(fam, live ? b : { b, a: aOrOpts });
  return filterOperator<NormalisedBA, LinearFilterKernel, T>(fam, src, opts as LinearFilterOptions);
}
