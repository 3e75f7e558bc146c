/**
 * stereo-gain: independent left and right gains (−40…+12 dB) on a stereo stream, the
 * course's `get_LR` / `pack_LR` example without the per-sample Python loops: the frames
 * are planar, so each channel is scaled on its own. Both gains are live parameters; the
 * report measures each channel's gain from the captured input and output (RMS ratio)
 * and compares it with the setting.
 *
 *   npx tsx examples/stereo-gain.ts --simulated --seconds 3 --set gainLeftDb=-6 --set gainRightDb=3
 */
import { combineLatest, map } from 'rxjs';
import { mixChannels } from '@rxdsp/core';
import type { ExampleDefinition, FinishContext } from './harness/ExampleDefinition';
import { liveParameter } from './harness/LiveParameter';
import { int16Float } from './harness/int16Float';
import { exampleMain } from './harness/runExampleMain';
import { isMain } from './harness/isMain';
import { noiseInput } from './harness/testSignals';
import { channelPsdPlot } from './harness/channelPsdPlot';

/** RMS gain in dB from x to y over the newest `n` samples of both (n ≤ both lengths). */
export function rmsGainDb(x: Float64Array, y: Float64Array, n = Math.min(x.length, y.length)): number {
  let sx = 0;
  let sy = 0;
  for (let i = x.length - n, j = y.length - n; i < x.length; i++, j++) {
    sx += x[i]! * x[i]!;
    sy += y[j]! * y[j]!;
  }
  return 10 * Math.log10(sy / sx);
}

function channelGains(ctx: FinishContext, seconds: number): [number, number] {
  const n = Math.min(ctx.input.channels[0]!.length, ctx.output.channels[0]!.length, Math.round(seconds * ctx.settings.sampleRate));
  return [rmsGainDb(ctx.input.channels[0]!, ctx.output.channels[0]!, n), rmsGainDb(ctx.input.channels[1]!, ctx.output.channels[1]!, n)];
}

export const stereoGain: ExampleDefinition = {
  name: 'stereo-gain',
  title: 'Stereo left/right gain',
  description: 'Independent live gains for the left and right channels of a stereo stream (planar frames: no get_LR/pack_LR loops); the report measures each channel\u2019s gain from the captured signal.',
  defaults: { sampleRate: 48_000, frameLength: 1024, channels: 2, seconds: 5 },
  create(settings) {
    const left = liveParameter({ name: 'gainLeftDb', label: 'Left gain', unit: 'dB', min: -40, max: 12, step: 0.5, initial: 0 });
    const right = liveParameter({ name: 'gainRightDb', label: 'Right gain', unit: 'dB', min: -40, max: 12, step: 0.5, initial: 0 });
    const matrix$ = combineLatest([left.value$, right.value$]).pipe(
      map(([l, r]) => [
        [10 ** (l / 20), 0],
        [0, 10 ** (r / 20)],
      ]),
    );
    return {
      parameters: [left, right],
      simulatedInput: (seconds) => noiseInput(settings, seconds, { channels: 2 }),
      pipeline: int16Float(mixChannels(matrix$)),
      async finish(ctx) {
        // The gains may have moved during the run: measure over the last half second only.
        const [gl, gr] = channelGains(ctx, 0.5);
        return {
          lines: [
            `Left:  set ${left.value$.value.toFixed(1)} dB, measured ${gl.toFixed(2)} dB (last 0.5 s)`,
            `Right: set ${right.value$.value.toFixed(1)} dB, measured ${gr.toFixed(2)} dB (last 0.5 s)`,
          ],
          files: [await channelPsdPlot(ctx, `Stereo gain: left ${left.value$.value} dB, right ${right.value$.value} dB`)],
          figures: { leftGainDb: gl, rightGainDb: gr, leftSetDb: left.value$.value, rightSetDb: right.value$.value },
        };
      },
    };
  },
};

if (isMain(import.meta.url, 'stereo-gain')) exampleMain(stereoGain);
