import { plotResponse } from '@rxdsp/plots';
import type { DesignComparison } from './compareWithDesign';

/** Writes the measured (tfestimate) versus designed magnitude response as an SVG (`plotResponse` of @rxdsp/plots). */
export async function writeResponsePlot(path: string, cmp: DesignComparison, title: string): Promise<void> {
  // Leave out 0 Hz (a log axis cannot show it) and keep the dB axis readable.
  const f = cmp.f.subarray(1);
  await plotResponse(
    { measured: { f, magDb: cmp.measuredDb.subarray(1) }, designed: { f, magDb: cmp.designDb.subarray(1) } },
    { path, title, measuredLabel: 'measured (tfestimate, live)', designedLabel: 'design', minDb: -100, logFrequency: true },
  );
}
