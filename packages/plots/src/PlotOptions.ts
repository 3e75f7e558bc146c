import type { SvgToPngOptions } from './svgToPng';

/** The output formats of the plot functions: SVG text or a PNG image. */
export type PlotFormat = 'svg' | 'png';

/** What a plot function resolves to for a format: the SVG text (`'svg'`) or the PNG file's bytes (`'png'`). */
export type PlotOutput<F extends PlotFormat> = F extends 'png' ? Uint8Array : string;

/**
 * Options shared by every plot function. `F` is the output format, inferred from `format`
 * (`'svg'` when it is not given). `widthPx` and `fonts` (from {@link SvgToPngOptions}) apply
 * to `format: 'png'` only.
 */
export interface PlotOptions<F extends PlotFormat = 'svg'> extends SvgToPngOptions {
  /** Write the plot to this file as well as returning it (SVG text, or the PNG bytes). */
  readonly path?: string;
  /** Plot title. */
  readonly title?: string;
  /** Plot area size in SVG units (CSS pixels; default 640 × 320); axes, titles and legend add to it. */
  readonly width?: number;
  readonly height?: number;
  /** Output format: `'svg'` (default) or `'png'` (rasterised by resvg, see {@link svgToPng}). */
  readonly format?: F;
}

/** Options of the plots with a frequency axis. */
export interface FrequencyPlotOptions<F extends PlotFormat = 'svg'> extends PlotOptions<F> {
  /** Logarithmic frequency axis (default false: linear). The 0 Hz bin is left out on a log axis. */
  readonly logFrequency?: boolean;
}
