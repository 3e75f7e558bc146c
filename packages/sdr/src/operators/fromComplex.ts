import type { OperatorFunction } from 'rxjs';
import { makeFrame, operate, type Frame, checkOneOf } from '@rxdsp/core';
import { checkComplexFrame, newComplexLock, type ComplexLock } from '../internal/complexLock';
import type { ComplexFrame } from '../types/ComplexFrame';

/** What {@link fromComplex} takes from each complex sample. */
export type ComplexPart = 'real' | 'imag' | 'magnitude' | 'power' | 'phase' | 'iq';

/**
 * Turns complex frames into real Float64 frames:
 *
 * | part | per complex channel | value |
 * |---|---|---|
 * | `'real'` | 1 channel | I |
 * | `'imag'` | 1 channel | Q |
 * | `'magnitude'` | 1 channel | √(I² + Q²) |
 * | `'power'` | 1 channel | I² + Q² |
 * | `'phase'` | 1 channel | atan2(Q, I) in (−π, π] |
 * | `'iq'` | 2 channels | I, Q (planar; the inverse of `toComplex({ layout: 'iq' })`) |
 *
 * ```text
 * fromComplex('iq'):   i [a b], q [c d]  →  [a b] [c d]
 * ```
 *
 * Same `sampleRate`, `index`, `time` (the centre frequency is dropped). `FrameFormatError` on a
 * change of sample rate or channel count. Errors and completion pass through.
 *
 * ## Example
 * ```ts
 * import { fromComplex, readIq } from '@rxdsp/sdr';
 * readIq('capture.cu8', { format: 'cu8', sampleRate: 2.4e6, frameLength: 16384 })
 *   .pipe(fromComplex('magnitude'))
 *   .subscribe();
 * ```
 *
 * @param part one of `'real'`, `'imag'`, `'magnitude'`, `'power'`, `'phase'`, `'iq'`.
 */
export function fromComplex(part: ComplexPart): OperatorFunction<ComplexFrame, Frame<Float64Array>> {
  const fn = 'fromComplex';
  const p = checkOneOf(fn, 'part', part, ['real', 'imag', 'magnitude', 'power', 'phase', 'iq'] as const);
  return operate<ComplexFrame, Frame<Float64Array>, { lock: ComplexLock }>(
    () => ({ lock: newComplexLock() }),
    (frame, s, out) => {
      const n = checkComplexFrame(fn, s.lock, frame);
      const chans: Float64Array[] = [];
      frame.i.forEach((i, c) => {
        const q = frame.q[c] as Float64Array;
        if (p === 'real') chans.push(i.slice());
        else if (p === 'imag') chans.push(q.slice());
        else if (p === 'iq') chans.push(i.slice(), q.slice());
        else {
          const y = new Float64Array(n);
          for (let k = 0; k < n; k++) {
            const a = i[k] as number;
            const b = q[k] as number;
            y[k] = p === 'magnitude' ? Math.hypot(a, b) : p === 'power' ? a * a + b * b : Math.atan2(b, a);
          }
          chans.push(y);
        }
      });
      out.next(makeFrame(chans, frame.sampleRate, frame.index, frame.time));
    },
  );
}
