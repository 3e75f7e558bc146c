/**
 * cross-panning: the course's cross panning of a stereo stream, a live position from
 * 0 % to 100 %: `L' = (1 − p)·L + p·R`, `R' = p·L + (1 − p)·R` — at 0 % the channels pass
 * straight, at 50 % both outputs carry the average, at 100 % left and right are swapped.
 * The report recovers the mixing matrix that ran from the captured input and output
 * (least squares on the last half second) and compares it with the setting.
 *
 *   npx tsx examples/cross-panning.ts --simulated --seconds 3 --set panPercent=25
 */
import { map } from 'rxjs';
import { mixChannels } from '@rxdsp/core';
import type { ExampleDefinition } from './harness/ExampleDefinition';
import { liveParameter } from './harness/LiveParameter';
import { int16Float } from './harness/int16Float';
import { exampleMain } from './harness/runExampleMain';
import { isMain } from './harness/isMain';
import { noiseInput } from './harness/testSignals';
import { channelPsdPlot } from './harness/channelPsdPlot';

/** The cross-panning matrix for a position p in [0, 1] (rows: output channels). */
export function crossPanMatrix(p: number): number[][] {
  return [
    [1 - p, p],
    [p, 1 - p],
  ];
}

/**
 * Least-squares fit of `y ≈ a·l + b·r` over the newest n samples (2 × 2 normal
 * equations): recovers one row of the mixing matrix that ran.
 */
export function fitMix(l: Float64Array, r: Float64Array, y: Float64Array, n: number): [number, number] {
  let ll = 0;
  let rr = 0;
  let lr = 0;
  let ly = 0;
  let ry = 0;
  for (let k = 0; k < n; k++) {
    const i = l.length - n + k;
    const j = y.length - n + k;
    ll += l[i]! * l[i]!;
    rr += r[i]! * r[i]!;
    lr += l[i]! * r[i]!;
    ly += l[i]! * y[j]!;
    ry += r[i]! * y[j]!;
  }
  const det = ll * rr - lr * lr;
  return [(ly * rr - ry * lr) / det, (ry * ll - ly * lr) / det];
}

export const crossPanning: ExampleDefinition = {
  name: 'cross-panning',
  title: 'Cross panning (0–100 %)',
  description: 'A live cross-panning position: L\u2032 = (1 − p)·L + p·R, R\u2032 = p·L + (1 − p)·R; the report recovers the mixing matrix that ran from the captured signal.',
  defaults: { sampleRate: 48_000, frameLength: 1024, channels: 2, seconds: 5 },
  create(settings) {
    const pan = liveParameter({ name: 'panPercent', label: 'Cross panning', unit: '%', min: 0, max: 100, step: 1, initial: 0 });
    return {
      parameters: [pan],
      simulatedInput: (seconds) => noiseInput(settings, seconds, { channels: 2 }),
      pipeline: int16Float(mixChannels(pan.value$.pipe(map((pct) => crossPanMatrix(pct / 100))))),
      async finish(ctx) {
        const [l, r] = ctx.input.channels as [Float64Array, Float64Array];
        const n = Math.min(l.length, ctx.output.channels[0]!.length, Math.round(0.5 * settings.sampleRate));
        const [a, b] = fitMix(l, r, ctx.output.channels[0]!, n);
        const [c, d] = fitMix(l, r, ctx.output.channels[1]!, n);
        const p = pan.value$.value / 100;
        const err = Math.max(Math.abs(a - (1 - p)), Math.abs(b - p), Math.abs(c - p), Math.abs(d - (1 - p)));
        return {
          lines: [
            `Position ${pan.value$.value} %: expected [[${(1 - p).toFixed(3)}, ${p.toFixed(3)}], [${p.toFixed(3)}, ${(1 - p).toFixed(3)}]]`,
            `Measured (least squares, last 0.5 s): [[${a.toFixed(4)}, ${b.toFixed(4)}], [${c.toFixed(4)}, ${d.toFixed(4)}]], max error ${err.toExponential(2)}`,
          ],
          files: [await channelPsdPlot(ctx, `Cross panning at ${pan.value$.value} %`)],
          figures: { panPercent: pan.value$.value, maxMatrixError: err, ll: a, lr: b, rl: c, rr: d },
        };
      },
    };
  },
};

if (isMain(import.meta.url, 'cross-panning')) exampleMain(crossPanning);
