/**
 * loop-through: the simplest real-time application, y = x. Every frame the ADC delivers
 * goes unchanged to the DAC, with the frame timing instrumented (the `DSP_callback_tic`
 * / `DSP_callback_toc` of pyaudio_helper): at the end it prints the stream statistics
 * (latency entering the first frame, ideal and measured frame period, processing time,
 * jitter, load, gaps), checks that the output is bit-identical to the input, and writes
 * the activity plot (a logic-analyser view of the time spent on each frame).
 *
 *   npx tsx examples/loop-through.ts --simulated --seconds 3
 */
import { map } from 'rxjs';
import { type ExampleDefinition, runAsScript } from '@rxdsp/runtime';
import { toneInput } from './support/testSignals';

/**
 * The `loop-through` example, described at the top of this file. Run it with
 * `npx tsx examples/loop-through.ts [options]` or `rxdsp run loop-through [options]`; `create(settings)` builds
 * its pipeline for `startRun` (`@rxdsp/runtime`).
 *
 * ## Example
 * ```ts
 * const { result } = await runForTest(loopThrough, { seconds: 1 }); // simulated device, virtual time
 * console.log(result.report.lines.join('\n'));
 * ```
 */
export const loopThrough: ExampleDefinition = {
  name: 'loop-through',
  title: 'Loop-through (y = x) with frame timing',
  description:
    'Every ADC frame goes unchanged to the DAC while each frame\u2019s arrival and end of processing are timed; prints the stream statistics, checks the output equals the input sample for sample, and writes the activity plot.',
  defaults: { sampleRate: 48_000, frameLength: 1024, channels: 1, seconds: 5 },
  create(settings) {
    return {
      parameters: [],
      simulatedInput: (seconds) => toneInput(settings, seconds, { freqHz: 1000 }),
      // y = x, as a new frame (operators never hand on the frame they received).
      pipeline: map((f) => ({ ...f, channels: f.channels.map((c) => c.slice()) })),
      async finish(ctx) {
        let maxAbsDiff = 0;
        let compared = 0;
        ctx.input.channels.forEach((x, c) => {
          const y = ctx.output.channels[c]!;
          const n = Math.min(x.length, y.length);
          for (let i = 0; i < n; i++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs(y[i]! - x[i]!));
          compared += n;
        });
        return {
          lines: [`Output versus input: ${compared} samples compared, max |y − x| = ${maxAbsDiff}`],
          files: [],
          figures: { maxAbsDiff, compared },
        };
      },
    };
  },
};

runAsScript(loopThrough);
