import { welch } from '@rxdsp/analysis';
import type { FinishContext } from '@rxdsp/runtime';
import { writePsdPlot } from './writePsdPlot';

/**
 * Writes `<example>-psd.svg`: the Welch PSD (nperseg 2048) of every captured input and
 * output channel, so the plot shows what the example did to each channel's level.
 */
export async function channelPsdPlot(ctx: FinishContext, title: string): Promise<string> {
  const fs = ctx.settings.sampleRate;
  const names = (n: number, c: number) => (n === 2 ? (c === 0 ? 'left' : 'right') : `channel ${c + 1}`);
  const series: { label: string; db: Float64Array }[] = [];
  let f: Float64Array = new Float64Array(0);
  for (const [side, sig] of [['input', ctx.input], ['output', ctx.output]] as const) {
    sig.channels.forEach((x, c) => {
      const nperseg = Math.min(2048, 2 ** Math.floor(Math.log2(Math.max(8, x.length))));
      const w = welch(x, { fs, nperseg });
      f = w.f;
      series.push({ label: `${side} ${names(sig.channels.length, c)}`, db: w.pxx.map((v) => 10 * Math.log10(Math.max(v, 1e-30))) });
    });
  }
  const path = ctx.outPath('psd.svg');
  await writePsdPlot(path, f, series, title);
  return path;
}
