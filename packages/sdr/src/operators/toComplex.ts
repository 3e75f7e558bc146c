import type { OperatorFunction } from 'rxjs';
import { frameFormatLock, operate, FrameFormatError, type Frame, type FrameFormatLock, checkFinite, checkOneOf, checkOptions } from '@rxdsp/core';
import { makeComplexFrame, type ComplexFrame } from '../types/ComplexFrame';

/** Options of {@link toComplex}. */
export interface ToComplexOptions {
  /**
   * `'real'` (default): each real channel becomes a complex channel with Q = 0.
   * `'iq'`: channels are taken in pairs (I₀, Q₀, I₁, Q₁, …; an even count) — the inverse of `fromComplex('iq')`,
   * e.g. a two-channel WAV holding I and Q.
   */
  readonly layout?: 'real' | 'iq';
  /** Centre frequency in Hz written into the complex frames (default 0). */
  readonly centerFrequency?: number;
}

/**
 * Turns real frames into complex frames (Float64 I and Q; Int16 counts and Float32 values are
 * copied as they are).
 *
 * ```text
 * toComplex():                 [a b]        → i [a b], q [0 0]
 * toComplex({ layout: 'iq' }):  [a b] [c d]  → i [a b], q [c d]
 * ```
 *
 * Same `sampleRate`, `index`, `time`; `centerFrequency` from the options. `FrameFormatError` on a
 * change of sample rate or channel count, or an odd channel count with `layout: 'iq'`. Errors and
 * completion pass through.
 *
 * ## Example
 * ```ts
 * import { tone } from '@rxdsp/core';
 * import { toComplex } from '@rxdsp/sdr';
 * tone(1000, { sampleRate: 48000, frameLength: 480, seconds: 1 }).pipe(toComplex()).subscribe();
 * ```
 *
 * @param opts `layout` (`'real'` | `'iq'`), `centerFrequency` (Hz, finite).
 */
export function toComplex(opts: ToComplexOptions = {}): OperatorFunction<Frame, ComplexFrame> {
  const fn = 'toComplex';
  checkOptions(fn, opts);
  const layout = checkOneOf(fn, 'opts.layout', opts.layout ?? 'real', ['real', 'iq'] as const);
  const fc = checkFinite(fn, 'opts.centerFrequency', opts.centerFrequency ?? 0);
  return operate<Frame, ComplexFrame, { lock: FrameFormatLock }>(
    () => ({ lock: frameFormatLock(fn) }),
    (frame, s, out) => {
      const n = s.lock.check(frame);
      const ch = frame.channels;
      const i: Float64Array[] = [];
      const q: Float64Array[] = [];
      if (layout === 'real') {
        for (const c of ch) {
          i.push(Float64Array.from(c));
          q.push(new Float64Array(n));
        }
      } else {
        if (ch.length % 2 !== 0) throw new FrameFormatError(`${fn}: layout 'iq' needs an even channel count, got ${ch.length} at index ${frame.index}`);
        for (let c = 0; c < ch.length; c += 2) {
          i.push(Float64Array.from(ch[c]!));
          q.push(Float64Array.from(ch[c + 1]!));
        }
      }
      out.next(makeComplexFrame(i, q, frame.sampleRate, frame.index, fc, frame.time));
    },
  );
}

