import { magnitudeDb } from '@rxdsp/core';
import type { ComplexArray } from '../spectral/SpectralOptions';
import type { FrequencyPlotOptions } from './PlotOptions';
import { checkPlotOptions, checkSeries, frequencyAxis, renderSvg } from './internal/renderSvg';

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
export interface PlotResponseOptions extends FrequencyPlotOptions {
  /** Legend labels (default "measured" and "designed"). */
  readonly measuredLabel?: string;
  readonly designedLabel?: string;
  /** Lower limit of the dB axis (values below are clipped to it; default: none). */
  readonly minDb?: number;
}

/**
 * Overlays a measured frequency response (e.g. from `tfestimate`, or a Welch PSD of filtered
 * white noise normalised to dB) on the designed one: gain in dB against frequency in Hz,
 * rendered to SVG with Vega-Lite. The designed curve is plain `{ f, magDb }` arrays, so this
 * needs no filter package.
 *
 * @param data `measured` (required) and `designed` (optional).
 * @param options `path`, `logFrequency`, `title`, labels, `minDb`, `width`/`height`.
 * @returns The SVG text (a promise).
 * @throws RangeError for mismatched or empty arrays (synchronously).
 *
 * ## Example
 * ```ts
 * import { tfestimate, plotResponse } from '@rxdsp/analysis';
 * const h = tfestimate(x, y, { fs: 48_000, nperseg: 1024 });
 * await plotResponse({ measured: h, designed: { f: fd, magDb: designedDb } }, { path: 'response.svg' });
 * ```
 */
export function plotResponse(data: ResponsePlotData, options: PlotResponseOptions = {}): Promise<string> {
  if (data == null || typeof data !== 'object' || data.measured == null) {
    const got = data == null || typeof data !== 'object' ? String(data) : `measured = ${String(data.measured)}`;
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
  return renderSvg(
    {
      ...(options.title !== undefined ? { title: options.title } : {}),
      width,
      height,
      data: { values },
      mark: { type: 'line', strokeWidth: 1.25 },
      encoding: {
        x: frequencyAxis('f', log),
        y: { field: 'db', type: 'quantitative', title: 'Gain (dB)', scale: { zero: false } },
        color: { field: 'series', type: 'nominal', title: null, sort: [ml, dl] },
        strokeDash: { field: 'series', type: 'nominal', legend: null, sort: [ml, dl] },
      },
    },
    options.path,
  );
}
