import { frameFormatLock, operate, type Frame, type FrameFormatLock } from '@rxdsp/core';
import type { OperatorFunction } from 'rxjs';

/** Options of {@link level}. */
export interface LevelOptions {
  /**
   * Full-scale value (0 dBFS). Default: 32768 for Int16 frames, 1 for float frames.
   */
  readonly fullScale?: number;
  /**
   * A sample counts as clipped when |x| ≥ clipLevel. Default: 32767 for Int16 frames
   * (both rails), 1 for float frames.
   */
  readonly clipLevel?: number;
}

/** The level of one frame, per channel. */
export interface FrameLevel {
  /** `index` of the frame measured. */
  readonly index: number;
  /** RMS level per channel in dBFS: 20·log10(rms / fullScale); −Infinity for silence (a full-scale sine reads −3.01). */
  readonly rmsDb: number[];
  /** Peak level per channel in dBFS: 20·log10(max|x| / fullScale). */
  readonly peakDb: number[];
  /** Clipped samples per channel in this frame. */
  readonly clips: number[];
  /** Clipped samples per channel since the subscription started. */
  readonly totalClips: number[];
}

/**
 * Meters each frame: RMS and peak level in dBFS and the number of clipped samples per
 * channel, with a running clip total — a level meter for a live stream.
 *
 * ```
 * frames:  -a--b--c|
 * level(): -x--y--z|    x = { index, rmsDb, peakDb, clips, totalClips } of a, …
 * ```
 *
 * Stateless per frame except `totalClips`, which each subscription counts from zero.
 * Errors and completion pass through.
 *
 * @param options `fullScale` (> 0) and `clipLevel` (> 0), in sample units.
 * @returns An operator from frames to {@link FrameLevel}s.
 * @throws RangeError for a non-positive fullScale or clipLevel.
 *
 * ## Example
 * ```ts
 * import { level } from '@rxdsp/analysis';
 * adc$.pipe(level()).subscribe((l) => { if (l.clips[0]! > 0) console.warn(`clipping at ${l.index}`); });
 * ```
 */
export function level(options: LevelOptions = {}): OperatorFunction<Frame, FrameLevel> {
  const { fullScale, clipLevel } = options;
  if (fullScale !== undefined && !(fullScale > 0 && Number.isFinite(fullScale))) {
    throw new RangeError(`level: fullScale must be a finite number > 0, got ${String(fullScale)}`);
  }
  if (clipLevel !== undefined && !(clipLevel > 0)) {
    throw new RangeError(`level: clipLevel must be > 0, got ${String(clipLevel)}`);
  }
  return operate<Frame, FrameLevel, { lock: FrameFormatLock; total: number[] }>(
    () => ({ lock: frameFormatLock('level', { typeMayChange: true }), total: [] }),
    (frame, s, out) => {
      s.lock.check(frame);
      const rmsDb: number[] = [];
      const peakDb: number[] = [];
      const clips: number[] = [];
      frame.channels.forEach((x, c) => {
        const int = x instanceof Int16Array;
        const fsVal = fullScale ?? (int ? 32768 : 1);
        const clip = clipLevel ?? (int ? 32767 : 1);
        let ss = 0;
        let peak = 0;
        let nclip = 0;
        for (let i = 0; i < x.length; i++) {
          const v = x[i]!;
          const a = Math.abs(v);
          ss += v * v;
          if (a > peak) peak = a;
          if (a >= clip) nclip++;
        }
        const rms = x.length > 0 ? Math.sqrt(ss / x.length) : 0;
        rmsDb.push(20 * Math.log10(rms / fsVal));
        peakDb.push(20 * Math.log10(peak / fsVal));
        clips.push(nclip);
        s.total[c] = (s.total[c] ?? 0) + nclip;
      });
      out.next({ index: frame.index, rmsDb, peakDb, clips, totalClips: s.total.slice(0, frame.channels.length) });
    },
  );
}
