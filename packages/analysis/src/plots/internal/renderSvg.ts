// Internal: renders a Vega-Lite spec to SVG text in Node (no browser, no canvas) and optionally
// writes it to a file. Shared by every plot function.
import * as vega from 'vega';
import * as vl from 'vega-lite';
import { nodeWriteFile } from '../../internal/nodeWriteFile';
import type { PlotOptions } from '../PlotOptions';

/** A Vega-Lite top-level spec (kept loose: the plot functions build it). */
export type VlSpec = Record<string, unknown>;

/** Validates the common plot options (throws RangeError/TypeError naming fn and parameter). */
export function checkPlotOptions(fn: string, o: PlotOptions): { width: number; height: number } {
  const width = o.width ?? 640;
  const height = o.height ?? 320;
  for (const [name, v] of [['width', width], ['height', height]] as const) {
    if (!(Number.isFinite(v) && v >= 10)) throw new RangeError(`${fn}: ${name} must be a number of pixels >= 10, got ${String(v)}`);
  }
  if (o.path !== undefined && (typeof o.path !== 'string' || o.path.length === 0)) {
    throw new TypeError(`${fn}: path must be a non-empty string, got ${String(o.path)}`);
  }
  return { width, height };
}

/** Compiles, renders (renderer 'none') and returns the SVG; writes it to `path` when given. */
export async function renderSvg(spec: VlSpec, path?: string): Promise<string> {
  const compiled = vl.compile({ $schema: 'https://vega.github.io/schema/vega-lite/v5.json', ...spec } as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    if (path !== undefined) await nodeWriteFile(path, svg);
    return svg;
  } finally {
    view.finalize();
  }
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
