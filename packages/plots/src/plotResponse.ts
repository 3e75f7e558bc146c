import { describeValue, magnitudeDb } from '@rxdsp/core';
import type { ComplexArray } from '@rxdsp/analysis';
import type { FrequencyPlotOptions, PlotFormat, PlotOutput } from './PlotOptions';
import { checkPlotOptions, checkSeries, frequencyCurvesSpec, renderPlot } from './internal/renderPlot';

/** A magnitude response in dB at frequencies in Hz. */
export interface MagnitudeResponse {
  readonly f: ArrayLike<number>;
  readonly magDb: ArrayLike<number>;
}

/** What {@link plotResponse} overlays. */
export interface ResponsePlotData {
  /** Measured response: `{ f, magDb }`, or a `tfestimate` result `{ f, txy }` (converted with `magnitudeDb`). */
  readonly measured: MagnitudeResponse | { readonly f: ArrayLike<number>; readonly txy: ComplexArray };
  /** Designed response `{ f, magDb }` (e.g. from a `freqz` of the designed filter), drawn over the measurement. */
  readonly designed?: MagnitudeResponse;
}

/** Options of {@link plotResponse}. */
export interface PlotResponseOptions<F extends PlotFormat = 'svg'> extends FrequencyPlotOptions<F> {
  /** Legend labels (default "measured" and "designed"). */
  readonly measuredLabel?: string;
  readonly designedLabel?: string;
  /** Lower limit of the dB axis (values below are clipped to it; default: none). */
  readonly minDb?: number;
}

/**
 * Overlays a measured frequency response (e.g. from `tfestimate`, or a Welch PSD of filtered
 * white noise normalised to dB) on the designed one: gain in dB against frequency in Hz,
 * rendered to SVG with Vega-Lite, or to PNG. The designed curve is plain `{ f, magDb }` arrays, so this
 * needs no filter package.
 *
 * @param data `measured` (required) and `designed` (optional).
 * @param options `path`, `logFrequency`, `title`, labels, `minDb`, `width`/`height`;
 *   `format: 'png'` with `widthPx` and `fonts` for a PNG.
 * @returns The SVG text, or with `format: 'png'` the PNG bytes (a promise: rendering is asynchronous).
 * @throws RangeError for mismatched or empty arrays (synchronously); rejects when a PNG cannot be drawn (no font: see {@link svgToPng}).
 *
 * ## Example
 * ```ts
 * import { tfestimate } from '@rxdsp/analysis';
 * import { plotResponse } from '@rxdsp/plots';
 * const h = tfestimate(x, y, { fs: 48_000, nperseg: 1024 });
 * await plotResponse({ measured: h, designed: { f: fd, magDb: designedDb } }, { path: 'response.png', format: 'png', widthPx: 1280 });
 * ```
 */
export function plotResponse<F extends PlotFormat = 'svg'>(data: ResponsePlotData, options: PlotResponseOptions<F> = {}): Promise<PlotOutput<F>> {
  if (data == null || typeof data !== 'object' || data.measured == null) {
    const got = data == null || typeof data !== 'object' ? describeValue(data) : `measured = ${describeValue(data.measured)}`;
    throw new TypeError(`plotResponse: data.measured is required ({ f, magDb } or a tfestimate result), got ${got}`);
  }
  const { width, height } = checkPlotOptions('plotResponse', options);
  const log = options.logFrequency ?? false;
  const m = data.measured;
  const measured: MagnitudeResponse = 'txy' in m ? { f: m.f, magDb: magnitudeDb(m.txy) } : m;
  checkSeries('plotResponse', 'data.measured', measured.f, measured.magDb, 'magDb');
  if (data.designed !== undefined) checkSeries('plotResponse', 'data.designed', data.designed.f, data.designed.magDb, 'magDb');
  const floor = options.minDb ?? Number.NEGATIVE_INFINITY;
  const values: { f: number; db: number; series: string }[] = [];
  const add = (r: MagnitudeResponse, label: string) => {
    for (let k = 0; k < r.f.length; k++) {
      const f = r.f[k]!;
      const db = r.magDb[k]!;
      if (Number.isNaN(db) || (log && !(f > 0))) continue;
      const v = Math.max(db, floor);
      if (!Number.isFinite(v)) continue;
      values.push({ f, db: v, series: label });
    }
  };
  const ml = options.measuredLabel ?? 'measured';
  const dl = options.designedLabel ?? 'designed';
  add(measured, ml);
  if (data.designed !== undefined) add(data.designed, dl);
  const byLabel = {
    color: { field: 'series', type: 'nominal', title: null, sort: [ml, dl] },
    strokeDash: { field: 'series', type: 'nominal', legend: null, sort: [ml, dl] },
  };
  const spec = frequencyCurvesSpec(values, 'Gain (dB)', byLabel, { title: options.title, width, height, log });
  return renderPlot('plotResponse', spec, options);
}
