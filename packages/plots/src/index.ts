// @rxdsp/plots — public API, grouped. Plots as SVG (Vega-Lite → Vega, no browser) or PNG (resvg).

// options and output types
export type { FrequencyPlotOptions, PlotFormat, PlotOptions, PlotOutput } from './PlotOptions';

// plots
export type { PlotPsdOptions, PsdSeries } from './plotPsd';
export { plotPsd } from './plotPsd';
export type { MagnitudeResponse, PlotResponseOptions, ResponsePlotData } from './plotResponse';
export { plotResponse } from './plotResponse';
export type { PlotSpectrogramOptions } from './plotSpectrogram';
export { plotSpectrogram } from './plotSpectrogram';
export type { ActivityPlotOptions } from './activityPlot';
export { activityPlot } from './activityPlot';

// rasterising
export type { PngFonts, SvgToPngOptions } from './svgToPng';
export { svgToPng } from './svgToPng';
