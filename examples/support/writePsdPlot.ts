import { plotPsd } from '@rxdsp/plots';

/** Writes several PSDs given in dB/Hz as one SVG (`plotPsd` of @rxdsp/plots, which takes linear densities). */
export async function writePsdPlot(path: string, f: Float64Array, series: readonly { readonly label: string; readonly db: Float64Array }[], title: string): Promise<void> {
  await plotPsd(
    series.map((s) => ({ f: f.subarray(1), pxx: s.db.subarray(1).map((d) => 10 ** (d / 10)), label: s.label })),
    { path, title, logFrequency: true },
  );
}
