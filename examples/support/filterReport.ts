import type { ExampleReport, FilterDesign, FinishContext } from '@rxdsp/runtime';
import { compareWithDesign, type CompareOptions } from './compareWithDesign';
import { writeResponsePlot } from './writeResponsePlot';

/**
 * The report of a filter example: the live filter measured with `tfestimate` on what was
 * captured, compared with its design, and the measured-versus-design plot.
 */
export async function filterReport(ctx: FinishContext, design: FilterDesign, title: string, opts: CompareOptions = {}): Promise<ExampleReport> {
  const cmp = compareWithDesign(ctx, design, opts);
  if (!cmp) {
    return {
      lines: ['The input was silent: nothing to measure (play a signal into the device, or run with --simulated, or use rxdsp measure)'],
      files: [],
      figures: { maxDeviationDb: Number.NaN, binsCompared: 0, capturedSamples: ctx.output.channels[0]?.length ?? 0 },
    };
  }
  const file = ctx.outPath('response.svg');
  await writeResponsePlot(file, cmp, title);
  return {
    lines: [
      `Measured (tfestimate, H1, output advanced by ${cmp.alignedBySamples} samples of bulk delay) versus design over ${cmp.binsCompared} bins where the design is above ${opts.floorDb ?? -40} dB: max deviation ${cmp.maxDeviationDb.toFixed(3)} dB`,
    ],
    files: [file],
    figures: { maxDeviationDb: cmp.maxDeviationDb, binsCompared: cmp.binsCompared, capturedSamples: ctx.output.channels[0]?.length ?? 0 },
  };
}
