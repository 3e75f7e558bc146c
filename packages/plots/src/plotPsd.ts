import { describeValue } from '@rxdsp/core';
import type { FrequencyPlotOptions, PlotFormat, PlotOutput } from './PlotOptions';
import { checkPlotOptions, checkSeries, frequencyCurvesSpec, renderPlot } from './internal/renderPlot';

/**
 * One PSD for {@link plotPsd}: a `welch`/`periodogram` result, optionally labelled, or a
 * multichannel estimate from the `psd` operator (`pxx` one array per channel, drawn as
 * "channel 0", "channel 1" …).
 */
export interface PsdSeries {
  readonly f: ArrayLike<number>;
  readonly pxx: ArrayLike<number> | readonly ArrayLike<number>[];
  /** Legend label (default "PSD", or "PSD n" for several). */
  readonly label?: string;
}

function isNested(p: PsdSeries['pxx']): p is readonly ArrayLike<number>[] {
  return Array.isArray(p) && p.length > 0 && typeof p[0] === 'object';
}

/** Options of {@link plotPsd}. */
export interface PlotPsdOptions<F extends PlotFormat = 'svg'> extends FrequencyPlotOptions<F> {
  /** y-axis title (default "PSD (dB/Hz)"; say "dB" for `scaling: 'spectrum'`). */
  readonly yTitle?: string;
}

/**
 * Plots one or several power spectral densities as 10·log10(pxx) (dB/Hz) against frequency
 * (Hz) on a linear or logarithmic axis, rendered to SVG with Vega-Lite (no browser), or to PNG.
 * Bins where pxx ≤ 0 (−∞ dB), and 0 Hz on a log axis, are left out.
 *
 * @param psd A `{ f, pxx }` result (e.g. from `welch`, or a `psd` operator estimate with one
 *   `pxx` per channel) or an array of them, each with an optional `label`.
 * @param options `path` to write, `logFrequency`, `title`, `yTitle`, `width`/`height` in px;
 *   `format: 'png'` with `widthPx` and `fonts` for a PNG.
 * @returns The SVG text, or with `format: 'png'` the PNG bytes (a promise: rendering is asynchronous).
 * @throws RangeError for mismatched or empty arrays, or bad sizes (synchronously, before rendering); rejects when a PNG cannot be drawn (no font: see {@link svgToPng}).
 *
 * ## Example
 * ```ts
 * import { welch } from '@rxdsp/analysis';
 * import { plotPsd } from '@rxdsp/plots';
 * const w = welch(x, { fs: 48_000, nperseg: 1024 });
 * await plotPsd(w, { path: 'psd.svg', logFrequency: true });
 * const png = await plotPsd(w, { format: 'png', widthPx: 1600, path: 'psd.png' }); // Uint8Array
 * ```
 */
export function plotPsd<F extends PlotFormat = 'svg'>(psd: PsdSeries | readonly PsdSeries[], options: PlotPsdOptions<F> = {}): Promise<PlotOutput<F>> {
  const given = (Array.isArray(psd) ? psd : [psd]) as readonly PsdSeries[];
  if (given.length === 0) throw new RangeError('plotPsd: psd is an empty list');
  // Expand multichannel estimates into one series per channel.
  const series: { f: ArrayLike<number>; pxx: ArrayLike<number>; label?: string }[] = [];
  for (const s of given) {
    if (s != null && isNested(s.pxx)) {
      s.pxx.forEach((p, c) => series.push({ f: s.f, pxx: p, label: `${s.label !== undefined ? `${s.label} ` : ''}channel ${c}` }));
    } else if (s != null) {
      series.push({ f: s.f, pxx: s.pxx as ArrayLike<number>, ...(s.label !== undefined ? { label: s.label } : {}) });
    } else {
      const at = Array.isArray(psd) ? `psd[${given.indexOf(s)}]` : 'psd';
      throw new TypeError(`plotPsd: ${at} must be { f, pxx } (or psd a list of them), got ${describeValue(s)}`);
    }
  }
  const { width, height } = checkPlotOptions('plotPsd', options);
  const log = options.logFrequency ?? false;
  const values: { f: number; db: number; series: string }[] = [];
  series.forEach((s, i) => {
    checkSeries('plotPsd', series.length > 1 ? `psd[${i}]` : 'psd', s.f, s.pxx, 'pxx');
    const label = s.label ?? (series.length > 1 ? `PSD ${i + 1}` : 'PSD');
    for (let k = 0; k < s.f.length; k++) {
      const f = s.f[k]!;
      const p = s.pxx[k]!;
      if (!(p > 0) || (log && !(f > 0))) continue;
      values.push({ f, db: 10 * Math.log10(p), series: label });
    }
  });
  const color = { field: 'series', type: 'nominal', title: null, legend: series.length > 1 ? {} : null };
  const spec = frequencyCurvesSpec(values, options.yTitle ?? 'PSD (dB/Hz)', { color }, { title: options.title, width, height, log });
  return renderPlot('plotPsd', spec, options);
}
