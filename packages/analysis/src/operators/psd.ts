import { checkInt, frameFormatLock, nonFiniteGuard, operate, type Frame, type FrameFormatLock, type NonFiniteOptions, type NonFiniteReporting } from '@rxdsp/core';
import type { OperatorFunction } from 'rxjs';
import { resolveRunningPsd, RunningPsd, type PsdEstimate, type RunningPsdOptions } from '../spectral/RunningPsd';

/** Options of {@link psd}. */
export interface PsdOptions extends Omit<RunningPsdOptions, 'channels'>, NonFiniteOptions {
  /** Emit an estimate after every `everyFrames` frames (integer ≥ 1, default 1). */
  readonly everyFrames?: number;
}

/**
 * A live spectrum: a running Welch PSD of the frames passing through, emitted every
 * `everyFrames` frames (for spectrum displays), with bounded memory (one segment of history
 * and one spectrum per channel). Each channel gets its own PSD in `pxx`.
 *
 * ```
 * psd({ everyFrames: 2 }), one segment per frame:
 * frames:     -a-b-c-d-e|
 * estimates:  ---x---y--(z|)      x after b, y after d, z = flush of e on completion
 * ```
 *
 * An estimate is emitted only once at least one segment is complete, and only when new
 * segments arrived since the previous one; on completion the estimate including the last
 * segments is flushed if it was not yet emitted. With the default `'cumulative'` averaging,
 * the last estimate of a whole signal equals `welch` on it (same options). Sample rate:
 * `fs` if given, else the first frame's. Each subscription has its own estimator (cold). A
 * change of sample rate or channel count errors with `FrameFormatError`; errors pass through.
 *
 * @param options Welch segment options (window, nperseg, noverlap, nfft, detrend, scaling,
 *   returnOnesided; default hann / 256 / 128), `averaging`, `alpha`, `everyFrames`.
 * @returns An operator from frames to {@link PsdEstimate}s.
 * @throws RangeError naming the parameter, at creation, for invalid options.
 *
 * ## Example
 * ```ts
 * import { psd } from '@rxdsp/analysis';
 * source$.pipe(psd({ nperseg: 1024, everyFrames: 10, averaging: 'exponential', alpha: 0.2 }))
 *   .subscribe(({ f, pxx }) => draw(f, pxx[0]));
 * ```
 */
export function psd(options: PsdOptions = {}): OperatorFunction<Frame, PsdEstimate> & NonFiniteReporting {
  const everyFrames = checkInt('psd', 'everyFrames', options.everyFrames ?? 1);
  const { everyFrames: _e, nonFinite: _n, onNonFinite: _o, ...rest } = options;
  // Validate everything now (configuration errors throw at creation, naming psd).
  resolveRunningPsd('psd', rest);
  const guard = nonFiniteGuard('psd', options);
  interface State {
    lock: FrameFormatLock;
    est: RunningPsd | null;
    frames: number;
    pending: boolean;
  }
  const op = operate<Frame, PsdEstimate, State>(
    () => ({ lock: frameFormatLock('psd', { typeMayChange: true }), est: null, frames: 0, pending: false }),
    (frame, s, out) => {
      s.lock.check(frame);
      s.est ??= new RunningPsd({ ...rest, fs: rest.fs ?? frame.sampleRate, channels: frame.channels.length });
      // Non-finite samples would poison the running average for good: the policy applies (default: they count as 0).
      const block = frame.channels.map((x, c) => (x instanceof Int16Array ? x : guard.input(x, frame.index, c)));
      if (s.est.push(block) > 0) s.pending = true;
      s.frames++;
      if (s.frames % everyFrames === 0 && s.pending) {
        s.pending = false;
        out.next(s.est.take()!);
      }
    },
    (s, out) => {
      if (s.est !== null && s.pending) out.next(s.est.take()!);
    },
  );
  return Object.assign(op, { events$: guard.events$ });
}
