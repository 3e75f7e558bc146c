import type { SpectrogramResult } from '@rxdsp/analysis';
import { checkInt, checkPositive, describeValue } from '@rxdsp/core';
import type { PlotFormat, PlotOptions, PlotOutput } from './PlotOptions';
import { checkPlotOptions, renderPlot } from './internal/renderPlot';

/** Options of {@link plotSpectrogram}. */
export interface PlotSpectrogramOptions<F extends PlotFormat = 'svg'> extends PlotOptions<F> {
  /** Most time columns drawn (default 120); more segments are averaged in groups. */
  readonly maxTimeBins?: number;
  /** Most frequency rows drawn (default 80); more bins are averaged in groups. */
  readonly maxFrequencyBins?: number;
  /** Dynamic range shown below the maximum, in dB (default 80). */
  readonly rangeDb?: number;
  /** Colour-bar title (default "dB"). */
  readonly colorTitle?: string;
}

/**
 * Plots a spectrogram (`mode: 'psd'`, the default, or `'magnitude'`) as a time–frequency
 * heat map in dB (10·log10 of the power; 20·log10 for `'magnitude'` is the caller's choice of
 * input), rendered to SVG with Vega-Lite, or to PNG. Large spectrograms are reduced by averaging power in
 * groups of segments and bins, so the SVG stays small; the colour scale spans `rangeDb` below
 * the maximum. The SVG asks for `shape-rendering="crispEdges"`, so that neighbouring cells show
 * no anti-aliasing seams (in the PNG and in viewers that honour it).
 *
 * @param s A one-sided `spectrogram` result `{ f, t, sxx }` (time-major).
 * @param options `path`, `title`, bin limits, `rangeDb`, `width`/`height`;
 *   `format: 'png'` with `widthPx` and `fonts` for a PNG.
 * @returns The SVG text, or with `format: 'png'` the PNG bytes (a promise: rendering is asynchronous).
 * @throws RangeError for an empty or inconsistent spectrogram or bad limits (synchronously); rejects when a PNG cannot be drawn (no font: see {@link svgToPng}).
 *
 * ## Example
 * ```ts
 * import { spectrogram } from '@rxdsp/analysis';
 * import { plotSpectrogram } from '@rxdsp/plots';
 * await plotSpectrogram(spectrogram(x, { fs: 48_000, nperseg: 512 }), { path: 'spectrogram.svg' });
 * ```
 */
export function plotSpectrogram<F extends PlotFormat = 'svg'>(s: SpectrogramResult, options: PlotSpectrogramOptions<F> = {}): Promise<PlotOutput<F>> {
  const fn = 'plotSpectrogram';
  const { width, height } = checkPlotOptions(fn, options);
  if (s == null || !s.sxx || !s.f || !s.t) throw new TypeError(`${fn}: s must be a spectrogram result { f, t, sxx }, got ${describeValue(s)}`);
  const nt = s.t.length;
  const nf = s.f.length;
  if (nt === 0 || nf === 0) throw new RangeError(`${fn}: s is empty (${nt} segments, ${nf} bins)`);
  if (s.sxx.length !== nt) throw new RangeError(`${fn}: s.sxx has ${s.sxx.length} columns, expected ${nt} (the length of s.t)`);
  s.sxx.forEach((col, j) => {
    if (col.length !== nf) throw new RangeError(`${fn}: s.sxx[${j}] has ${col.length} values, expected ${nf} (the length of s.f)`);
  });
  const maxT = options.maxTimeBins ?? 120;
  const maxF = options.maxFrequencyBins ?? 80;
  const range = options.rangeDb ?? 80;
  checkInt(fn, 'maxTimeBins', maxT);
  checkInt(fn, 'maxFrequencyBins', maxF);
  checkPositive(fn, 'rangeDb', range);

  const gt = Math.ceil(nt / maxT);
  const gf = Math.ceil(nf / maxF);
  // Cell edges: half-way between neighbouring centres (extrapolated at the ends).
  const edge = (c: ArrayLike<number>, i: number): number => {
    const n = c.length;
    if (n === 1) return i === 0 ? c[0]! - 0.5 : c[0]! + 0.5;
    if (i === 0) return c[0]! - (c[1]! - c[0]!) / 2;
    if (i === n) return c[n - 1]! + (c[n - 1]! - c[n - 2]!) / 2;
    return (c[i - 1]! + c[i]!) / 2;
  };
  const cells: { t0: number; t1: number; f0: number; f1: number; db: number }[] = [];
  let peak = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < nt; j += gt) {
    const j1 = Math.min(nt, j + gt);
    for (let k = 0; k < nf; k += gf) {
      const k1 = Math.min(nf, k + gf);
      let sum = 0;
      for (let a = j; a < j1; a++) for (let b = k; b < k1; b++) sum += s.sxx[a]![b]!;
      const db = 10 * Math.log10(sum / ((j1 - j) * (k1 - k)));
      if (db > peak) peak = db;
      cells.push({ t0: edge(s.t, j), t1: edge(s.t, j1), f0: Math.max(0, edge(s.f, k)), f1: edge(s.f, k1), db });
    }
  }
  const lo = peak - range;
  for (const c of cells) c.db = Number.isFinite(c.db) ? Math.max(c.db, lo) : lo;
  return renderPlot(
    fn,
    {
      ...(options.title !== undefined ? { title: options.title } : {}),
      width,
      height,
      data: { values: cells },
      mark: { type: 'rect', stroke: null },
      encoding: {
        x: { field: 't0', type: 'quantitative', title: 'Time (s)', scale: { nice: false, zero: false } },
        x2: { field: 't1' },
        y: { field: 'f0', type: 'quantitative', title: 'Frequency (Hz)', scale: { nice: false, zero: true } },
        y2: { field: 'f1' },
        color: { field: 'db', type: 'quantitative', title: options.colorTitle ?? 'dB', scale: { scheme: 'viridis', domain: [lo, peak] } },
      },
    },
    options,
    true,
  );
}
