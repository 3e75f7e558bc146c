import type { Observable } from 'rxjs';
import { checkStable } from '../kernels/checkStable';
import { SosFilterKernel } from '../kernels/SosFilterKernel';
import type { Sos } from '../types/Sos';
import { sosfiltZi } from '../kernels/sosfiltZi';
import { checkFiniteVector } from '@rxdsp/core';
import { normaliseSos } from '../kernels/normaliseSos';
import type { NonFiniteOptions } from '@rxdsp/core';
import { type FilterOperator, type FloatFrame, type KernelFamily, coefficientSource, filterOperator } from './filterOperator';

/** Options of {@link sosFilter}. */
export interface SosFilterOptions extends NonFiniteOptions {
  /**
   * Initial state of every channel: flat, 2 × sections values in scipy's (sections, 2) row-major
   * order, or `'steady'` for `sosfiltZi(sos) · x[0]` per channel. Default: zeros.
   */
  readonly zi?: ArrayLike<number> | 'steady';
  /**
   * Accept sections with a pole on or outside the unit circle (default false: such fixed sections
   * throw `RangeError`, such live ones error the stream with `ParameterError`).
   */
  readonly allowUnstable?: boolean;
}

const fn = 'sosFilter';

function rows(flat: Float64Array): number[][] {
  const r: number[][] = [];
  for (let s = 0; s < flat.length; s += 6) r.push(Array.from(flat.subarray(s, s + 6)));
  return r;
}

function family(zi: SosFilterOptions['zi'], allowUnstable = false): KernelFamily<number[][], SosFilterKernel> {
  const steady = (sos: number[][]): Float64Array => {
    try {
      return sosfiltZi(sos);
    } catch {
      throw new RangeError(`${fn}: opts.zi 'steady' needs sections without a pole at z = 1`);
    }
  };
  return {
    fn,
    validate(raw) {
      const flat = normaliseSos(fn, raw);
      const sos = rows(flat);
      if (zi !== undefined && zi !== 'steady' && zi.length !== 2 * sos.length) {
        throw new RangeError(`${fn}: opts.zi has length ${zi.length}, expected ${2 * sos.length} (2 × ${sos.length} sections)`);
      }
      if (zi === 'steady') steady(sos);
      if (!allowUnstable) checkStable(fn, { sos: flat });
      return sos;
    },
    create(sos, _len, first) {
      if (zi === 'steady') return new SosFilterKernel(sos, { zi: steady(sos).map((v) => v * first) });
      return new SosFilterKernel(sos, zi === undefined ? {} : { zi });
    },
    update(k, sos) {
      k.setCoefficients(sos);
      return k;
    },
    process(k, x, y) {
      k.process(x, y);
    },
  };
}

/**
 * Filters every channel of a float frame stream with a cascade of second-order sections (scipy's
 * `sosfilt`), carrying each channel's state (2 values per section) from frame to frame: identical to
 * `sosfilt(sos, wholeChannel)` whatever the framing. Rows with `a0 ≠ 1` are normalised.
 *
 * ```text
 * sosFilter(sos):      --[x0]----[x1]--[x2]--|
 *                      --[y0]----[y1]--[y2]--|     y = sosfilt(sos, x0‖x1‖x2) cut at the same places
 * sosFilter(sos$): sos$ A---------B-----------
 *                      --[x0]----[x1]--[x2]--|     x0 with A; x1, x2 with B (next frame boundary)
 * ```
 *
 * - One {@link SosFilterKernel} per channel per subscription (cold), created at the first frame,
 *   dropped on teardown; resubscribing starts from the initial state.
 * - New arrays of the input's type (Float32 in → Float32 out, cascade computed in Float64), same
 *   `sampleRate`, `index`, `time`. Latency: 0 samples.
 * - Live sections (`sosFilter(sos$)`): applied at the next frame boundary; same number of sections →
 *   state kept (no click when an equaliser slider moves); different number → zero state. Invalid sections
 *   from `sos$` error with `ParameterError` (same message as the synchronous error); a frame before
 *   `sos$` emitted errors with `ParameterError`.
 * - `FrameFormatError` on a sample-rate or channel-count change or non-float frames.
 * - Completion and errors of the source pass straight through; nothing is buffered (zero latency), so
 *   completion flushes nothing. Teardown unsubscribes the source and the coefficients Observable.
 * - An explicit `opts.zi` must fit every coefficient set (live values of another order error with `ParameterError`).
 * - Instability: a section with a pole on or outside the unit circle (|a2| < 1 and |a1| < 1 + a2 fail)
 *   throws `RangeError` (fixed) or errors the stream with `ParameterError` when it arrives (live),
 *   unless `opts.allowUnstable` is true.
 *
 * ## Example
 * ```ts
 * import { fromSamples } from '@rxdsp/core';
 * import { sosFilter } from '@rxdsp/filters';
 * const sos = [[0.2, 0, 0, 1, -0.8, 0]];
 * fromSamples(new Float32Array(2048).fill(1), { sampleRate: 48000, frameLength: 512 })
 *   .pipe(sosFilter(sos, { zi: 'steady' }))
 *   .subscribe((f) => console.log(f.channels[0]![0])); // 1: started in steady state
 * ```
 *
 * @param sos sections `[b0, b1, b2, a0, a1, a2]` (≥ 1, finite, `a0 ≠ 0`), or an Observable of them
 * @param opts `zi`: initial state (2 × sections values) or `'steady'`; `allowUnstable` (default false)
 * @throws TypeError / RangeError naming the parameter (`sosFilter: sos[2] has 5 values, expected 6`)
 */
export function sosFilter<T extends FloatFrame>(sos: Sos | Observable<Sos>, opts: SosFilterOptions = {}): FilterOperator<T> {
  if (typeof opts !== 'object' || opts === null) throw new TypeError(`${fn}: opts must be an object, got ${String(opts)}`);
  const zi = opts.zi;
  if (zi !== undefined && zi !== 'steady') checkFiniteVector(fn, 'opts.zi', zi, { allowEmpty: true });
  const allowUnstable = opts.allowUnstable ?? false;
  if (typeof allowUnstable !== 'boolean') throw new TypeError(`${fn}: opts.allowUnstable must be a boolean, got ${typeof allowUnstable}`);
  const fam = family(zi, allowUnstable);
  const src = coefficientSource(fam, sos);
  return filterOperator<number[][], SosFilterKernel, T>(fam, src, opts);
}
