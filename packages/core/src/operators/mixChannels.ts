import type { Observable, OperatorFunction } from 'rxjs';
import { floatCtorOf, frameFormatLock, makeFrame, type FloatOf, type FrameFormatLock } from '../internal/frames';
import { paramOperator } from '../internal/param';
import { checkFinite, describeValue } from '../validate/validate';
import { FrameFormatError } from '../types/errors';
import type { Frame, SampleArray } from '../types/Frame';

/** A mixing matrix: `matrix[o][i]` is the gain from input channel i to output channel o. */
export type MixMatrix = readonly (readonly number[])[];

/** Options of {@link mixChannels}. */
export interface MixChannelsOptions {
  /** Matrix used before `matrix$` emits; without it, a frame arriving first errors with `ParameterError`. */
  readonly initial?: MixMatrix;
}

function checkMatrix(fn: string, name: string, m: unknown): MixMatrix {
  if (!Array.isArray(m) || m.length === 0) throw new TypeError(`${fn}: ${name} must be a non-empty array of rows, got ${describeValue(m)}`);
  const rows = m as unknown[];
  const first = rows[0];
  if (!Array.isArray(first) || first.length === 0) throw new TypeError(`${fn}: ${name}[0] must be a non-empty array of gains, got ${describeValue(first)}`);
  const width = first.length;
  rows.forEach((row, o) => {
    if (!Array.isArray(row)) throw new TypeError(`${fn}: ${name}[${o}] must be an array of gains, got ${describeValue(row)}`);
    if (row.length !== width) throw new RangeError(`${fn}: ${name}[${o}] has ${row.length} gains, ${name}[0] has ${width}`);
    row.forEach((g, i) => checkFinite(fn, `${name}[${o}][${i}]`, g));
  });
  return rows.map((r) => (r as number[]).slice()); // a private copy: later edits of the caller's array do not leak in
}

/**
 * Mixes C input channels into R output channels with a gain matrix: `out[o] = Σᵢ matrix[o][i] · in[i]`
 * (down-mix, up-mix, swap, mid/side, …).
 *
 * ```text
 * mixChannels([[0.5, 0.5]]):          [l] [r]  →  [(l+r)/2]          stereo → mono
 * mixChannels([[0, 1], [1, 0]]):      [l] [r]  →  [r] [l]            swap
 * mixChannels([[1], [1]]):            [x]      →  [x] [x]            mono → dual mono
 * ```
 *
 * Each row must have as many gains as the frame has channels; a frame with another channel
 * count errors with `FrameFormatError`. The matrix may be an Observable (subscribed before the
 * source, latest value per frame, `initial` until it emits; an invalid matrix errors with
 * `ParameterError`). Float32/Float64 keep their type; Int16 is promoted to Float64. One output
 * frame per input frame, same `sampleRate`, `index`, `time`, new arrays; errors and completion
 * pass through.
 *
 * ## Example
 * ```ts
 * import { fromSamples, mixChannels } from '@rxdsp/core';
 * fromSamples([[1, 2], [3, 4]], { sampleRate: 8000, frameLength: 2 })
 *   .pipe(mixChannels([[0.5, 0.5], [0.5, -0.5]])) // mid / side
 *   .subscribe((f) => console.log(f.channels)); // [Float64Array [2, 3], Float64Array [-1, -1]]
 * ```
 *
 * @param matrix R rows of C finite gains (linear), or an Observable of such matrices.
 * @param opts `initial` matrix for an Observable `matrix`.
 */
export function mixChannels<T extends SampleArray>(
  matrix: MixMatrix | Observable<MixMatrix>,
  opts: MixChannelsOptions = {},
): OperatorFunction<Frame<T>, Frame<FloatOf<T>>> {
  const fn = 'mixChannels';
  if (opts === null || typeof opts !== 'object') throw new TypeError(`${fn}: opts must be an object, got ${describeValue(opts)}`);
  const initial = opts.initial === undefined ? undefined : checkMatrix(fn, 'opts.initial', opts.initial);
  return paramOperator<Frame<T>, Frame<FloatOf<T>>, MixMatrix, FrameFormatLock>(
    fn,
    'matrix$',
    matrix,
    (m) => checkMatrix(fn, 'matrix', m),
    initial,
    () => frameFormatLock(fn),
    (frame, m, lock, out) => {
      lock.check(frame);
      const chans = frame.channels;
      const width = (m[0] as readonly number[]).length;
      if (chans.length !== width) {
        throw new FrameFormatError(`mixChannels: the matrix has ${width} columns but the frame at index ${frame.index} has ${chans.length} channels`);
      }
      const first = chans[0] as SampleArray;
      const Ctor = floatCtorOf(first);
      const n = first.length;
      const res = m.map((row) => {
        const o = new Ctor(n);
        for (let i = 0; i < width; i++) {
          const g = row[i] as number;
          if (g === 0) continue;
          const x = chans[i] as SampleArray;
          for (let k = 0; k < n; k++) o[k] = (o[k] as number) + g * (x[k] as number);
        }
        return o as FloatOf<T>;
      });
      out.next(makeFrame(res, frame.sampleRate, frame.index, frame.time));
    },
  );
}
