/**
 * noise-measurement: measure a filter the way the course did with an external analyser —
 * white noise in, the filter under test running live, the output captured — then
 * estimate its response from the captured input and output (`tfestimate`, H1 = Pxy/Pxx)
 * and the output's Welch PSD, and plot both over the theory (|H|² of the design, and
 * σ²·|H|² for the PSD: white noise of variance σ² through H). `--filter` picks the filter
 * example under test (default: the remez bandpass).
 *
 *   npx tsx examples/noise-measurement.ts --simulated --seconds 10 --filter iir-notch
 */
import { whiteNoise } from '@rxdsp/core';
import { type ExampleDefinition, runAsScript, UsageError } from '@rxdsp/runtime';
import { compareWithDesign } from './support/compareWithDesign';
import { writeResponsePlot } from './support/writeResponsePlot';
import { writePsdPlot } from './support/writePsdPlot';
import { iirLowpass } from './iir-lowpass';
import { iirNotch } from './iir-notch';
import { remezBandpass } from './remez-bandpass';
import { threeBandEq } from './three-band-eq';

/** The filter examples this measurement can run. */
export const MEASURABLE: readonly ExampleDefinition[] = [remezBandpass, iirLowpass, iirNotch, threeBandEq];

/** Standard deviation of the test noise (int16 units, ≈ −20.8 dBFS). */
const SIGMA = 3000;

/**
 * The `noise-measurement` example, described at the top of this file. Run it with
 * `npx tsx examples/noise-measurement.ts [options]` or `rxdsp run noise-measurement [options]`; `create(settings)` builds
 * its pipeline for `startRun` (`@rxdsp/runtime`).
 *
 * ## Example
 * ```ts
 * const { result } = await runForTest(noiseMeasurement, { seconds: 1 }); // simulated device, virtual time
 * console.log(result.report.lines.join('\n'));
 * ```
 */
export const noiseMeasurement: ExampleDefinition = {
  name: 'noise-measurement',
  title: 'White-noise measurement of a filter: tfestimate and Welch PSD over the design',
  description:
    'White noise through the filter under test (--filter), input and output captured, then tfestimate and the Welch PSD plotted over the design response (measured versus theory, as the course did with an external analyser).',
  defaults: { sampleRate: 48_000, frameLength: 1024, channels: 1, seconds: 10 },
  options: [{ name: 'filter', description: `filter example under test: ${MEASURABLE.map((e) => e.name).join(', ')}`, defaultValue: 'remez-bandpass' }],
  create(settings) {
    const name = settings.extra.filter ?? 'remez-bandpass';
    const target = MEASURABLE.find((e) => e.name === name);
    if (!target) throw new UsageError(`--filter: unknown filter example ${JSON.stringify(name)} (one of: ${MEASURABLE.map((e) => e.name).join(', ')})`);
    const run = target.create({ ...settings, channels: 1, extra: {} });
    const fs = settings.sampleRate;
    return {
      parameters: run.parameters,
      get design() {
        return run.design;
      },
      source: (scheduler) =>
        whiteNoise({ seed: 99, distribution: 'gaussian', amplitude: SIGMA, dtype: 'int16', sampleRate: fs, frameLength: settings.frameLength, ...(scheduler ? { scheduler } : {}) }),
      pipeline: run.pipeline,
      async finish(ctx) {
        const design = run.design;
        if (!design) throw new RangeError(`noise-measurement: ${name} has no design to compare with`);
        const cmp = compareWithDesign(ctx, design, { nperseg: 4096, floorDb: -1 });
        if (!cmp) throw new Error('noise-measurement: the captured input is silent (the noise source produced nothing)');
        const responseFile = ctx.outPath(`${name}-response.svg`);
        await writeResponsePlot(responseFile, cmp, `${target.title}: measured (tfestimate) versus design`);
        // Theory for the output PSD: one-sided density of white noise σ² through H is 2σ²|H|²/fs.
        const theoryPsdDb = cmp.designDb.map((d) => 10 * Math.log10((2 * SIGMA * SIGMA) / fs) + d);
        let psdDev = 0;
        let psdBins = 0;
        for (let k = 2; k < cmp.f.length - 1; k++) {
          if (!(cmp.designDb[k]! > -1)) continue;
          psdDev = Math.max(psdDev, Math.abs(cmp.outputPsdDb[k]! - theoryPsdDb[k]!));
          psdBins++;
        }
        const psdFile = ctx.outPath(`${name}-psd.svg`);
        // The design's exact zeros (−∞ dB) would squash the plot: draw the theory no lower than
        // 10 dB under the lowest measured output density (the int16 noise floor).
        const floorDb = cmp.outputPsdDb.subarray(1).reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY) - 10;
        await writePsdPlot(psdFile, cmp.f, [
          { label: 'output PSD (Welch)', db: cmp.outputPsdDb },
          { label: 'theory 2σ²|H|²/fs', db: theoryPsdDb.map((v) => Math.max(v, floorDb)) },
          { label: 'input PSD (Welch)', db: cmp.inputPsdDb },
        ], `${target.title}: output PSD versus σ²|H|²`);
        return {
          lines: [
            `Filter under test: ${name}; ${cmp.binsCompared} passband bins (design above −1 dB)`,
            `tfestimate versus design: max deviation ${cmp.maxDeviationDb.toFixed(3)} dB`,
            `Welch PSD versus 2σ²|H|²/fs: max deviation ${psdDev.toFixed(2)} dB over ${psdBins} bins (estimator variance with ${Math.floor(ctx.output.channels[0]!.length / 2048)} segments)`,
          ],
          files: [responseFile, psdFile],
          figures: { maxDeviationDb: cmp.maxDeviationDb, psdMaxDeviationDb: psdDev, binsCompared: cmp.binsCompared },
        };
      },
    };
  },
};

runAsScript(noiseMeasurement);
