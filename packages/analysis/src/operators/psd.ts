import { FrameFormatError, operate, type Frame } from '@rxdsp/core';
import type { OperatorFunction } from 'rxjs';
import { RunningPsd, type PsdEstimate, type RunningPsdOptions } from '../spectral/RunningPsd';

/** Options of {@link psd}. */
export interface PsdOptions extends Omit<RunningPsdOptions, 'channels'> {
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
export function psd(options: PsdOptions = {}): OperatorFunction<Frame, PsdEstimate> {
  const everyFrames = options.everyFrames ?? 1;
  if (!Number.isInteger(everyFrames) || everyFrames < 1) {
    throw new RangeError(`psd: everyFrames must be a positive integer, got ${String(everyFrames)}`);
  }
  const { everyFrames: _e, ...rest } = options;
  // Validate everything now (configuration errors throw at creation).
  try {
    new RunningPsd(rest);
  } catch (err) {
    const msg = err instanceof Error ? err.message.replace(/^RunningPsd:/, 'psd:') : String(err);
    throw err instanceof TypeError ? new TypeError(msg) : new RangeError(msg);
  }
  interface State {
    est: RunningPsd | null;
    frames: number;
    pending: boolean;
    rate: number;
  }
  return operate<Frame, PsdEstimate, State>(
    () => ({ est: null, frames: 0, pending: false, rate: Number.NaN }),
    (frame, s, out) => {
      if (s.est === null) {
        s.rate = frame.sampleRate;
        s.est = new RunningPsd({ ...rest, fs: rest.fs ?? frame.sampleRate, channels: frame.channels.length });
      } else if (frame.sampleRate !== s.rate) {
        throw new FrameFormatError(`psd: sample rate changed from ${s.rate} to ${frame.sampleRate} Hz`);
      } else if (frame.channels.length !== s.est.channels) {
        throw new FrameFormatError(`psd: frame has ${frame.channels.length} channels, expected ${s.est.channels}`);
      }
      if (s.est.push(frame.channels) > 0) s.pending = true;
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
}
