// Internal: renders a Vega-Lite spec to SVG text in Node (no browser, no canvas), to PNG when
// asked (resvg), and optionally writes the result to a file. Shared by every plot function.
import { writeFile } from 'node:fs/promises';
import * as vega from 'vega';
import * as vl from 'vega-lite';
import { checkFinite, checkOneOf, checkOptions, describeValue } from '@rxdsp/core';
import type { PlotFormat, PlotOptions, PlotOutput } from '../PlotOptions';
import { checkPngOptions, renderPng } from './rasterise';

/** A Vega-Lite top-level spec (kept loose: the plot functions build it). */
export type VlSpec = Record<string, unknown>;

/** Validates the common plot options (throws RangeError/TypeError naming fn and parameter). */
export function checkPlotOptions(fn: string, options: PlotOptions<PlotFormat>): { width: number; height: number } {
  const o = checkOptions(fn, options);
  const width = o.width ?? 640;
  const height = o.height ?? 320;
  for (const [name, v] of [['width', width], ['height', height]] as const) {
    // at least 10 pixels: Vega-Lite lays out nothing readable below that
    if (checkFinite(fn, name, v) < 10) throw new RangeError(`${fn}: ${name} must be a number of pixels ≥ 10, got ${describeValue(v)}`);
  }
  if (o.path !== undefined && (typeof o.path !== 'string' || o.path.length === 0)) {
    throw new TypeError(`${fn}: path must be a non-empty string, got ${describeValue(o.path)}`);
  }
  const format = checkOneOf(fn, 'format', o.format ?? 'svg', ['svg', 'png']);
  if (format === 'svg') {
    for (const name of ['widthPx', 'fonts'] as const) {
      if (o[name] !== undefined) throw new RangeError(`${fn}: ${name} applies to format 'png' only, got it with format 'svg'`);
    }
  } else {
    checkPngOptions(fn, o);
  }
  return { width, height };
}

/**
 * Compiles and renders the spec (renderer 'none') to SVG, rasterises it when `format` is
 * 'png', writes the result to `path` when given and returns it. `crispEdges` asks viewers and
 * the rasteriser not to anti-alias shape edges (for tiled rect marks: no light seams between
 * cells; text is not affected).
 */
export async function renderPlot<F extends PlotFormat>(fn: string, spec: VlSpec, o: PlotOptions<F>, crispEdges = false): Promise<PlotOutput<F>> {
  const compiled = vl.compile({ $schema: 'https://vega.github.io/schema/vega-lite/v5.json', ...spec } as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  let svg: string;
  try {
    svg = await view.toSVG();
    if (crispEdges) svg = svg.replace(/^<svg /, '<svg shape-rendering="crispEdges" ');
  } finally {
    view.finalize();
  }
  const out = o.format === 'png' ? await renderPng(fn, svg, o) : svg;
  if (o.path !== undefined) await writeFile(o.path, out);
  return out as PlotOutput<F>;
}

/**
 * The spec of curves in dB against frequency in Hz, one per `series` value (plotPsd,
 * plotResponse); `seriesEncoding` encodes the `series` field (colour, dash, legend).
 */
export function frequencyCurvesSpec(
  values: readonly { f: number; db: number; series: string }[],
  yTitle: string,
  seriesEncoding: Record<string, unknown>,
  layout: { readonly title: string | undefined; readonly width: number; readonly height: number; readonly log: boolean },
): VlSpec {
  return {
    ...(layout.title !== undefined ? { title: layout.title } : {}),
    width: layout.width,
    height: layout.height,
    data: { values },
    mark: { type: 'line', strokeWidth: 1.25 },
    encoding: {
      x: frequencyAxis('f', layout.log),
      y: { field: 'db', type: 'quantitative', title: yTitle, scale: { zero: false } },
      ...seriesEncoding,
    },
  };
}

/** A frequency axis encoding (log or linear). */
export function frequencyAxis(field: string, log: boolean): Record<string, unknown> {
  return {
    field,
    type: 'quantitative',
    title: 'Frequency (Hz)',
    scale: log ? { type: 'log', nice: false } : { nice: false, zero: true },
  };
}

/** Checks an { f, values } pair of equal lengths. */
export function checkSeries(fn: string, name: string, f: ArrayLike<number>, v: ArrayLike<number>, vName: string): void {
  if (f == null || v == null || typeof f.length !== 'number' || typeof v.length !== 'number') {
    throw new TypeError(`${fn}: ${name} must have array fields f and ${vName}`);
  }
  if (f.length !== v.length) throw new RangeError(`${fn}: ${name}.${vName} has ${v.length} values, expected ${f.length} (the length of ${name}.f)`);
  if (f.length === 0) throw new RangeError(`${fn}: ${name} is empty`);
}
