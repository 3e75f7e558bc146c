import type { MonoTypeOperatorFunction } from 'rxjs';
import { frameFormatLock, makeFrame, type FrameFormatLock } from '../internal/frames';
import { operate } from '../internal/operate';
import { describeValue } from '../validate/validate';
import { FrameFormatError } from '../types/errors';
import type { Frame, SampleArray } from '../types/Frame';

/**
 * Keeps, reorders or duplicates channels by index.
 *
 * ```text
 * selectChannels([1]):     [l] [r]  →  [r]
 * selectChannels([1, 0]):  [l] [r]  →  [r] [l]
 * selectChannels([0, 0]):  [m]      →  [m] [m]
 * ```
 *
 * A documented fast path of the ownership rule: the output frame is new but its arrays are the
 * input's arrays (they are read-only for everyone, so sharing them is safe and copies nothing).
 * An index not below the frame's channel count errors with `FrameFormatError`. One output frame
 * per input frame, same `sampleRate`, `index`, `time`; errors and completion pass through.
 *
 * ## Example
 * ```ts
 * import { fromSamples, selectChannels } from '@rxdsp/core';
 * fromSamples([[1, 2], [3, 4]], { sampleRate: 8000, frameLength: 2 })
 *   .pipe(selectChannels([1])) // right channel only
 *   .subscribe((f) => console.log(f.channels)); // [Float64Array [3, 4]]
 * ```
 *
 * @param indices channel indices (integers ≥ 0), at least one; repeats allowed.
 */
export function selectChannels<T extends SampleArray>(indices: readonly number[]): MonoTypeOperatorFunction<Frame<T>> {
  const fn = 'selectChannels';
  if (!Array.isArray(indices) || indices.length === 0) throw new TypeError(`${fn}: indices must be a non-empty array, got ${describeValue(indices)}`);
  indices.forEach((v, k) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new RangeError(`${fn}: indices[${k}] must be an integer ≥ 0, got ${describeValue(v)}`);
  });
  const idx = indices.slice();
  return operate<Frame<T>, Frame<T>, FrameFormatLock>(() => frameFormatLock(fn), (frame, lock, out) => {
    lock.check(frame);
    const chans = frame.channels;
    const picked = idx.map((i) => {
      const ch = chans[i];
      if (ch === undefined) throw new FrameFormatError(`${fn}: channel ${i} requested but the frame at index ${frame.index} has ${chans.length} channels`);
      return ch;
    });
    out.next(makeFrame(picked, frame.sampleRate, frame.index, frame.time));
  });
}
