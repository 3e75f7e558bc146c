/** Options shared by every plot function. */
export interface PlotOptions {
  /** Write the SVG to this file as well as returning it. */
  readonly path?: string;
  /** Plot title. */
  readonly title?: string;
  /** Plot area size in pixels (default 640 × 320). */
  readonly width?: number;
  readonly height?: number;
}

/** Options of the plots with a frequency axis. */
export interface FrequencyPlotOptions extends PlotOptions {
  /** Logarithmic frequency axis (default false: linear). The 0 Hz bin is left out on a log axis. */
  readonly logFrequency?: boolean;
}
