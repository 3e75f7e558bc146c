/**
 * remez-bandpass: the course's flagship filter, the Parks–McClellan (remez) FIR bandpass
 * designed by `firRemezBandpass(2700, 3200, 4800, 5300, 0.5, 50, 48000, { orderEstimate: 'remezord', nBump: 18 })` — stopband to
 * 2.7 kHz, passband 3.2–4.8 kHz with 0.5 dB ripple, stopband from 5.3 kHz at 50 dB —
 * 182 taps, running live with `firFilter` (direct or FFT overlap-save, chosen
 * automatically) and its history carried from frame to frame. At the end, the filter
 * that ran is measured from the captured input and output (`tfestimate`) and plotted
 * over its design response. The band edges scale with `--fs`.
 *
 *   npx tsx examples/remez-bandpass.ts --simulated --seconds 5
 */
import { firFilter, firRemezBandpass } from '@rxdsp/filters';
import { type ExampleDefinition, runAsScript, type FilterDesign } from '@rxdsp/runtime';
import { filterReport } from './support/filterReport';
import { int16Float } from './support/int16Float';
import { noiseInput } from './support/testSignals';

/**
 * The `remez-bandpass` example, described at the top of this file. Run it with
 * `npx tsx examples/remez-bandpass.ts [options]` or `rxdsp run remez-bandpass [options]`; `create(settings)` builds
 * its pipeline for `startRun` (`@rxdsp/runtime`).
 *
 * ## Example
 * ```ts
 * const { result } = await runForTest(remezBandpass, { seconds: 1 }); // simulated device, virtual time
 * console.log(result.report.lines.join('\n'));
 * ```
 */
export const remezBandpass: ExampleDefinition = {
  name: 'remez-bandpass',
  title: '182-tap remez FIR bandpass (3.2–4.8 kHz at 48 kHz)',
  description:
    'The course\u2019s Parks–McClellan bandpass (2700/3200/4800/5300 Hz, 0.5 dB ripple, 50 dB stopband, 182 taps at 48 kHz) filtering live with its history carried between frames; measured with tfestimate on the captured input and output and plotted over the design.',
  defaults: { sampleRate: 48_000, frameLength: 1024, channels: 1, seconds: 5 },
  measurable: true,
  create(settings) {
    const k = settings.sampleRate / 48_000;
    const taps = firRemezBandpass(2700 * k, 3200 * k, 4800 * k, 5300 * k, 0.5, 50, settings.sampleRate, { orderEstimate: 'remezord', nBump: 18 });
    const design: FilterDesign = { kind: 'ba', b: taps, a: [1] };
    return {
      parameters: [],
      design,
      simulatedInput: (seconds) => noiseInput(settings, seconds),
      pipeline: int16Float(firFilter(taps)),
      async finish(ctx) {
        const report = await filterReport(ctx, design, `Remez bandpass, ${taps.length} taps`, { floorDb: -1 });
        return { ...report, lines: [`Design: ${taps.length} taps`, ...report.lines], figures: { ...report.figures, taps: taps.length } };
      },
    };
  },
};

runAsScript(remezBandpass);
