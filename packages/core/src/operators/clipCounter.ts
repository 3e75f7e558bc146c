import type { ClipEvent } from './toInt16';

/** Running totals kept by {@link clipCounter}. */
export interface ClipCounter {
  /** Pass as `toInt16({ onClip })`. */
  readonly onClip: (event: ClipEvent) => void;
  /** Finite out-of-range samples saturated so far. */
  readonly clipped: number;
  /** Non-finite samples (NaN, ±Infinity) met so far (each became 0; not in `clipped`). */
  readonly nonFinite: number;
  /** Frames that had at least one clipped or non-finite sample. */
  readonly frames: number;
  /** Sets every total to 0. */
  reset(): void;
}

/**
 * A clip counter for {@link toInt16}, to read after (or during) a run: `toInt16({ scale, onClip: c.onClip })`, then
 * `c.clipped` and `c.nonFinite`. Shared by every subscription that uses its `onClip`.
 *
 * ## Example
 * ```ts
 * const c = clipCounter();
 * frames$.pipe(toInt16({ scale: 'unit', onClip: c.onClip })).subscribe({ complete: () => console.log(c.clipped) });
 * ```
 */
export function clipCounter(): ClipCounter {
  let clipped = 0;
  let nonFinite = 0;
  let frames = 0;
  return {
    onClip: (e) => {
      clipped += e.clipped;
      nonFinite += e.nonFinite;
      frames += 1;
    },
    get clipped() {
      return clipped;
    },
    get nonFinite() {
      return nonFinite;
    },
    get frames() {
      return frames;
    },
    reset() {
      clipped = 0;
      nonFinite = 0;
      frames = 0;
    },
  };
}
