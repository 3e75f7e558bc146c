import { estimateDelay, magnitudeDb, tfestimate, welch } from '@rxdsp/analysis';
import type { FilterDesign, FinishContext } from '@rxdsp/runtime';
import { designResponseDb } from './designResponseDb';

/** Measured versus designed response of a filter that ran live. */
export interface DesignComparison {
  /** Bin frequencies in Hz. */
  readonly f: Float64Array;
  /** |H| measured with `tfestimate` (H1 = Pxy / Pxx) from the captured input and output, dB. */
  readonly measuredDb: Float64Array;
  /** |H| of the design (`freqz` / `sosfreqz`), dB. */
  readonly designDb: Float64Array;
  /** Welch PSD of the output, dB re 1/Hz (int16 scale). */
  readonly outputPsdDb: Float64Array;
  /** Welch PSD of the input, dB re 1/Hz. */
  readonly inputPsdDb: Float64Array;
  /** Largest |measured − design| in dB over the bins where the design is above `floorDb`. */
  readonly maxDeviationDb: number;
  /** Number of bins compared. */
  readonly binsCompared: number;
  /** The filter's bulk delay (cross-correlation peak, samples) removed before `tfestimate`. */
  readonly alignedBySamples: number;
}

/** Options of {@link compareWithDesign}. */
export interface CompareOptions {
  /** Welch segment length (default 2048; shortened to the capture). */
  readonly nperseg?: number;
  /** Compare only bins where the design is above this level, dB (default −40). */
  readonly floorDb?: number;
  /** Channel compared (default 0). */
  readonly channel?: number;
  /** Frequencies (Hz) whose neighbourhood is left out, e.g. a tone in the input (its leakage makes H1 read H at the tone). */
  readonly excludeHz?: readonly number[];
  /** Half-width of that neighbourhood, Hz (default 4 bins). */
  readonly excludeWidthHz?: number;
  /**
   * Leave out bins where the input's PSD is more than this many dB under its peak (default 50):
   * with no input there, H1 is noise (music or a chirp instead of white noise).
   */
  readonly inputRangeDb?: number;
}

/**
 * Compares a filter running live with its design: `tfestimate` (H1) and Welch PSDs on
 * channel `channel` of the captured input and output, the design's response on the same
 * bins, and the worst deviation over the bins where the design response is above
 * `floorDb` (default −40 dB: below it, int16 quantisation noise dominates).
 *
 * The output is first advanced by the filter's bulk delay (the peak of the input/output
 * cross-correlation, from `estimateDelay`): an output segment then holds the response to
 * the input segment it is paired with, which removes the bias a delay of D samples puts on
 * H1 (about the window's autocorrelation at lag D; 0.1 dB for the 182-tap FIR at 2048).
 * A pure delay does not change |H|. Returns `undefined` when the input was silent.
 */
export function compareWithDesign(ctx: FinishContext, design: FilterDesign, opts: CompareOptions = {}): DesignComparison | undefined {
  const fs = ctx.settings.sampleRate;
  const c = opts.channel ?? 0;
  const x = ctx.input.channels[c];
  const y = ctx.output.channels[c];
  if (!x || !y) throw new RangeError(`compareWithDesign: channel ${c} was not captured`);
  const n0 = Math.min(x.length, y.length);
  // Nothing came in (a silent input, e.g. a loopback device with nothing playing): nothing to measure.
  if (n0 < 16 || !x.subarray(0, n0).some((v) => v !== 0)) return undefined;
  const m = Math.min(n0, 1 << 16);
  const lag = estimateDelay(x.subarray(0, m), y.subarray(0, m), fs, { minDelaySamples: 0, maxDelaySamples: Math.min(4096, Math.floor(m / 2)) });
  const d = Number.isFinite(lag.delaySamples) ? lag.delaySamples : 0;
  const n = n0 - d;
  const nperseg = Math.min(opts.nperseg ?? 2048, 2 ** Math.floor(Math.log2(Math.max(8, n))));
  const xs = x.subarray(0, n);
  const ys = y.subarray(d, d + n);
  const { f, txy } = tfestimate(xs, ys, { fs, nperseg });
  const measuredDb = magnitudeDb(txy);
  const designDb = designResponseDb(design, f, fs);
  const toDb = (p: Float64Array) => p.map((v) => 10 * Math.log10(Math.max(v, 1e-30)));
  const outputPsdDb = toDb(welch(ys, { fs, nperseg }).pxx);
  const inputPsdDb = toDb(welch(xs, { fs, nperseg }).pxx);
  const floorDb = opts.floorDb ?? -40;
  let maxDeviationDb = 0;
  let binsCompared = 0;
  const df = f.length > 1 ? f[1]! - f[0]! : fs;
  const width = opts.excludeWidthHz ?? 4 * df;
  const excluded = (hz: number) => (opts.excludeHz ?? []).some((e) => Math.abs(hz - e) <= width);
  const inputPeakDb = inputPsdDb.reduce((m, v) => Math.max(m, v), Number.NEGATIVE_INFINITY);
  const inputFloorDb = inputPeakDb - (opts.inputRangeDb ?? 50);
  // From bin 2: Welch's default 'constant' detrend removes each segment's mean, which the
  // window leaks into bin 1 (measured −1.2 dB there on flat white noise); Nyquist is left out too.
  for (let k = 2; k < f.length - 1; k++) {
    const want = designDb[k]!;
    if (!(want > floorDb) || excluded(f[k]!) || !(inputPsdDb[k]! > inputFloorDb)) continue;
    const m = measuredDb[k]!;
    const dev = Math.abs(m - want);
    binsCompared++;
    if (!(dev <= maxDeviationDb)) maxDeviationDb = Number.isFinite(dev) ? dev : Number.POSITIVE_INFINITY;
  }
  return { f, measuredDb, designDb, outputPsdDb, inputPsdDb, maxDeviationDb, binsCompared, alignedBySamples: d };
}
