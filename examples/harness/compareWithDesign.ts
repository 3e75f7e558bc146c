import { magnitudeDb, tfestimate, welch } from '@rxdsp/analysis';
import type { FilterDesign, FinishContext } from './ExampleDefinition';
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
}

/**
 * Compares a filter running live with its design: `tfestimate` (H1) and Welch PSDs on
 * channel `channel` of the captured input and output, the design's response on the same
 * bins, and the worst deviation over the bins where the design response is above
 * `floorDb` (default −40 dB: below it, int16 quantisation noise dominates).
 */
export function compareWithDesign(
  ctx: FinishContext,
  design: FilterDesign,
  opts: { readonly nperseg?: number; readonly floorDb?: number; readonly channel?: number } = {},
): DesignComparison {
  const fs = ctx.settings.sampleRate;
  const c = opts.channel ?? 0;
  const x = ctx.input.channels[c];
  const y = ctx.output.channels[c];
  if (!x || !y) throw new RangeError(`compareWithDesign: channel ${c} was not captured`);
  const n = Math.min(x.length, y.length);
  const nperseg = Math.min(opts.nperseg ?? 2048, 2 ** Math.floor(Math.log2(Math.max(8, n))));
  const xs = x.subarray(0, n);
  const ys = y.subarray(0, n);
  const { f, txy } = tfestimate(xs, ys, { fs, nperseg });
  const measuredDb = magnitudeDb(txy);
  const designDb = designResponseDb(design, f, fs);
  const toDb = (p: Float64Array) => p.map((v) => 10 * Math.log10(Math.max(v, 1e-30)));
  const outputPsdDb = toDb(welch(ys, { fs, nperseg }).pxx);
  const inputPsdDb = toDb(welch(xs, { fs, nperseg }).pxx);
  const floorDb = opts.floorDb ?? -40;
  let maxDeviationDb = 0;
  let binsCompared = 0;
  for (let k = 1; k < f.length - 1; k++) {
    const d = designDb[k]!;
    if (!(d > floorDb)) continue;
    const m = measuredDb[k]!;
    const dev = Math.abs(m - d);
    binsCompared++;
    if (!(dev <= maxDeviationDb)) maxDeviationDb = Number.isFinite(dev) ? dev : Number.POSITIVE_INFINITY;
  }
  return { f, measuredDb, designDb, outputPsdDb, inputPsdDb, maxDeviationDb, binsCompared };
}
