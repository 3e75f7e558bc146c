/**
 * iir-lowpass: the course's first-order IIR lowpass, `b = [1 − p]`, `a = [1, −p]` with
 * `p = e^(−2π·fc/fs)` (fc = 1 kHz), running live frame by frame with its state carried
 * between frames; the initial state comes from `lfiltic` (the course's
 * `zi = signal.lfiltic(b, a, [0])`). The cutoff is a live parameter (new coefficients
 * take effect at the next frame, state kept). At the end the filter that ran is
 * measured from the captured input and output with `tfestimate` and plotted over the
 * design response.
 *
 *   npx tsx examples/iir-lowpass.ts --simulated --seconds 5
 */
import { map } from 'rxjs';
import { lfiltic, linearFilter } from '@rxdsp/filters';
import { type ExampleDefinition, runAsScript, type FilterDesign, liveParameter } from '@rxdsp/runtime';
import { filterReport } from './support/filterReport';
import { int16Float } from './support/int16Float';
import { noiseInput } from './support/testSignals';

/** The course's one-pole lowpass: unity gain at DC, pole at e^(−2π·fc/fs). */
export function onePoleLowpass(cutoffHz: number, fs: number): { b: number[]; a: number[] } {
  const p = Math.exp((-2 * Math.PI * cutoffHz) / fs);
  return { b: [1 - p], a: [1, -p] };
}

/**
 * The `iir-lowpass` example, described at the top of this file. Run it with
 * `npx tsx examples/iir-lowpass.ts [options]` or `rxdsp run iir-lowpass [options]`; `create(settings)` builds
 * its pipeline for `startRun` (`@rxdsp/runtime`).
 *
 * ## Example
 * ```ts
 * const { result } = await runForTest(iirLowpass, { seconds: 1 }); // simulated device, virtual time
 * console.log(result.report.lines.join('\n'));
 * ```
 */
export const iirLowpass: ExampleDefinition = {
  name: 'iir-lowpass',
  title: 'First-order IIR lowpass at 1 kHz (state from lfiltic)',
  description:
    'The one-pole lowpass b = [1 − p], a = [1, −p], p = exp(−2π·fc/fs), filtering frame by frame with its state carried (started with lfiltic); the cutoff is live; the captured input and output are measured with tfestimate and plotted over the design.',
  defaults: { sampleRate: 48_000, frameLength: 1024, channels: 1, seconds: 5 },
  measurable: true,
  create(settings) {
    const fs = settings.sampleRate;
    const cutoffHz = liveParameter({ name: 'cutoffHz', label: 'Cutoff', unit: 'Hz', min: 100, max: Math.min(10_000, fs / 4), step: 10, initial: 1000 });
    const { b, a } = onePoleLowpass(1000, fs);
    const zi = lfiltic(b, a, [0]);
    let design: FilterDesign = { kind: 'ba', b, a };
    const coefficients$ = cutoffHz.value$.pipe(
      map((fc) => {
        const c = onePoleLowpass(fc, fs);
        design = { kind: 'ba', ...c };
        return c;
      }),
    );
    return {
      parameters: [cutoffHz],
      get design() {
        return design;
      },
      simulatedInput: (seconds) => noiseInput(settings, seconds),
      pipeline: int16Float(linearFilter(coefficients$, { zi })),
      finish: (ctx) => filterReport(ctx, design, `First-order IIR lowpass, fc = ${cutoffHz.value$.value} Hz`),
    };
  },
};

runAsScript(iirLowpass);
