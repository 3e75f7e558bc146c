import { checkFinite, checkInt, checkOneOf, describeValue } from '@rxdsp/core';
import type { SegmentOptions } from './SpectralOptions';
import { binFrequencies, onesidedFactor, resolveSegmentPlan, SegmentTransform, type SegmentPlan } from './internal/segmentEngine';

/** How a {@link RunningPsd} combines its segments. */
export type RunningAverage = 'cumulative' | 'block' | 'exponential';

/** Options of {@link RunningPsd}: Welch's segment options (no median: it needs every segment) plus the averaging. */
export interface RunningPsdOptions extends SegmentOptions {
  /** Number of channels (default 1). */
  readonly channels?: number;
  /**
   * `'cumulative'` (default): the mean of every segment since the start (after a whole signal it
   * equals `welch` of it); `'block'`: the mean of the segments since the last {@link RunningPsd.take};
   * `'exponential'`: est ← (1−α)·est + α·segment.
   */
  readonly averaging?: RunningAverage;
  /** Smoothing factor of the exponential average, 0 < alpha ≤ 1 (default 0.1). */
  readonly alpha?: number;
}

/** A PSD estimate from a {@link RunningPsd} (or the `psd` operator). */
export interface PsdEstimate {
  /** Bin frequencies in Hz (a new array per estimate). */
  readonly f: Float64Array;
  /** One PSD per channel (new arrays), scaled as `welch`. */
  readonly pxx: Float64Array[];
  /** Number of segments averaged into this estimate (for `'exponential'`, seen so far). */
  readonly segments: number;
  /** Samples per channel consumed so far. */
  readonly samples: number;
}

/**
 * A streaming Welch estimator (the kernel behind the `psd` operator): feed it blocks of
 * samples with {@link push}; every time `step = nperseg − noverlap` new samples complete a
 * segment it is detrended, windowed, transformed and averaged in. Memory is bounded: one
 * segment of history and one spectrum per channel, whatever the stream's length. Segments
 * fall exactly where `welch` puts them (starting at 0, step, 2·step …), so the cumulative
 * average over a whole signal equals `welch(x)` on it.
 *
 * State: `reset()` forgets everything; `copy()` returns an independent estimator in the same
 * state.
 *
 * ## Example
 * ```ts
 * import { RunningPsd } from '@rxdsp/analysis';
 * const est = new RunningPsd({ fs: 48_000, nperseg: 1024 });
 * for (const block of blocks) est.push([block]);
 * const { f, pxx } = est.estimate()!;
 * ```
 */
export class RunningPsd {
  /** Resolved segment plan (window, nperseg, noverlap, nfft, scaling). */
  readonly plan: SegmentPlan;
  readonly averaging: RunningAverage;
  readonly alpha: number;
  readonly channels: number;
  private readonly transform: SegmentTransform;
  private hist: Float64Array[];
  private fill = 0;
  /** Samples still to drop before the next segment starts (a negative noverlap leaves a gap). */
  private skip = 0;
  private acc: Float64Array[];
  private count = 0;
  private total = 0;
  private consumed = 0;

  /**
   * @param options Segment options (`fs` in Hz, default 1), `channels`, `averaging`, `alpha`.
   * @throws RangeError naming the parameter for invalid options (as `welch`), channels or alpha.
   */
  constructor(options: RunningPsdOptions = {}) {
    const { plan, averaging, alpha, channels } = resolveRunningPsd('RunningPsd', options);
    this.plan = plan;
    this.averaging = averaging;
    this.alpha = alpha;
    this.channels = channels;
    this.transform = new SegmentTransform(this.plan);
    this.hist = Array.from({ length: channels }, () => new Float64Array(this.plan.nperseg));
    this.acc = Array.from({ length: channels }, () => new Float64Array(this.plan.nfreq));
  }

  /** Segments currently in the average (since the start, the last take, or seen, per `averaging`). */
  get segments(): number {
    return this.count;
  }

  /** Samples per channel consumed so far. */
  get samples(): number {
    return this.consumed;
  }

  /**
   * Consumes one block: one array per channel, all the same length (any length ≥ 0).
   * @returns The number of segments completed by this block.
   */
  push(block: readonly ArrayLike<number>[]): number {
    if (block.length !== this.channels) {
      throw new RangeError(`RunningPsd.push: block has ${block.length} channels, expected ${this.channels}`);
    }
    const n = block[0]!.length;
    for (let c = 1; c < block.length; c++) {
      if (block[c]!.length !== n) throw new RangeError(`RunningPsd.push: block[${c}] has ${block[c]!.length} samples, expected ${n}`);
    }
    const { nperseg, noverlap } = this.plan;
    let done = 0;
    let pos = 0;
    while (pos < n) {
      if (this.skip > 0) {
        const drop = Math.min(this.skip, n - pos);
        this.skip -= drop;
        pos += drop;
        continue;
      }
      const take = Math.min(n - pos, nperseg - this.fill);
      for (let c = 0; c < this.channels; c++) {
        const h = this.hist[c]!;
        const src = block[c]!;
        for (let i = 0; i < take; i++) h[this.fill + i] = src[pos + i]!;
      }
      this.fill += take;
      pos += take;
      if (this.fill === nperseg) {
        this.addSegment();
        done++;
        if (noverlap > 0) for (const h of this.hist) h.copyWithin(0, nperseg - noverlap);
        this.fill = Math.max(0, noverlap);
        this.skip = Math.max(0, -noverlap);
      }
    }
    this.consumed += n;
    return done;
  }

  private addSegment(): void {
    const nfreq = this.plan.nfreq;
    const expo = this.averaging === 'exponential';
    const a = this.alpha;
    const first = this.count === 0;
    for (let c = 0; c < this.channels; c++) {
      const X = this.transform.transform(this.hist[c]!, 0);
      const acc = this.acc[c]!;
      for (let k = 0; k < nfreq; k++) {
        const re = X[2 * k]!;
        const im = X[2 * k + 1]!;
        const p = re * re + im * im;
        acc[k] = expo && !first ? (1 - a) * acc[k]! + a * p : expo ? p : acc[k]! + p;
      }
    }
    this.count++;
    this.total++;
  }

  /** The current estimate, or null before the first complete segment (or, for `'block'`, since the last take). */
  estimate(): PsdEstimate | null {
    if (this.count === 0) return null;
    const p = this.plan;
    const div = this.averaging === 'exponential' ? 1 : this.count;
    const pxx = this.acc.map((acc) => {
      const out = new Float64Array(p.nfreq);
      for (let k = 0; k < p.nfreq; k++) out[k] = (acc[k]! * p.scale * onesidedFactor(p, k)) / div;
      return out;
    });
    return { f: binFrequencies(p), pxx, segments: this.averaging === 'exponential' ? this.total : this.count, samples: this.consumed };
  }

  /** {@link estimate}, then — for `'block'` averaging — starts a new block of segments. */
  take(): PsdEstimate | null {
    const e = this.estimate();
    if (this.averaging === 'block' && this.count > 0) {
      for (const acc of this.acc) acc.fill(0);
      this.count = 0;
    }
    return e;
  }

  /** Forgets all samples and segments. */
  reset(): void {
    for (const h of this.hist) h.fill(0);
    for (const acc of this.acc) acc.fill(0);
    this.fill = 0;
    this.skip = 0;
    this.count = 0;
    this.total = 0;
    this.consumed = 0;
  }

  /** An independent estimator in the same state. */
  copy(): RunningPsd {
    const c = Object.create(RunningPsd.prototype) as RunningPsd;
    Object.assign(c, this, {
      transform: new SegmentTransform(this.plan),
      hist: this.hist.map((h) => h.slice()),
      acc: this.acc.map((a) => a.slice()),
    });
    return c;
  }
}

/** Checked settings of a {@link RunningPsd}. */
export interface RunningPsdSettings {
  readonly plan: SegmentPlan;
  readonly averaging: 'cumulative' | 'block' | 'exponential';
  readonly alpha: number;
  readonly channels: number;
}

/**
 * Checks the options of a {@link RunningPsd} on behalf of the public function `fn` (`RunningPsd`, or `psd`
 * that builds one), which the errors name; internal.
 * @throws TypeError / RangeError naming `fn` and the parameter.
 */
export function resolveRunningPsd(fn: string, options: RunningPsdOptions): RunningPsdSettings {
  const plan = resolveSegmentPlan(fn, Number.MAX_SAFE_INTEGER, options);
  // `average` belongs to welch; a running estimate cannot take a median (it would keep every
  // segment). Options copied from a welch call must not silently give a mean instead.
  const average = (options as { average?: unknown }).average;
  if (average !== undefined && average !== 'mean') {
    throw new RangeError(
      `${fn}: average ${JSON.stringify(average)} is not supported by a running estimate (only 'mean'); see the averaging option`,
    );
  }
  const averaging = checkOneOf(fn, 'averaging', options.averaging ?? 'cumulative', ['cumulative', 'block', 'exponential']);
  const alpha = checkFinite(fn, 'alpha', options.alpha ?? 0.1);
  if (!(alpha > 0 && alpha <= 1)) throw new RangeError(`${fn}: alpha must be in (0, 1], got ${describeValue(alpha)}`);
  const channels = checkInt(fn, 'channels', options.channels ?? 1);
  return { plan, averaging, alpha, channels };
}
