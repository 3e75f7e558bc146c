import type { Observable } from 'rxjs';
import { mixChannels } from '@rxdsp/core';
import type { ExampleDefinition, ExampleReport, ExampleSettings, FinishContext, LiveParameter } from '@rxdsp/runtime';
import { channelPsdPlot } from './channelPsdPlot';
import { int16Float } from './int16Float';
import { noiseInput } from './testSignals';

/** A 2 × 2 mixing matrix, rows = output channels: `[[ll, lr], [rl, rr]]` (`L' = ll·L + lr·R`). */
export type StereoMatrix = readonly [readonly [number, number], readonly [number, number]];

/**
 * Least-squares fit of `y ≈ a·l + b·r` over the newest `n` samples of each signal (the 2 × 2
 * normal equations): recovers one row of the mixing matrix that ran. `n` ≤ every length.
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

/**
 * The mixing matrix that ran, recovered from the captured stereo input and output over the
 * newest `seconds` (the live parameters may have moved earlier in the run).
 */
export function measuredMix(ctx: FinishContext, seconds: number): StereoMatrix {
  const [l, r] = ctx.input.channels as [Float64Array, Float64Array];
  const n = Math.min(l.length, ctx.output.channels[0]!.length, Math.round(seconds * ctx.settings.sampleRate));
  return [fitMix(l, r, ctx.output.channels[0]!, n), fitMix(l, r, ctx.output.channels[1]!, n)];
}

/** What a stereo mixing example supplies: its live parameters, the matrix they drive and its report. */
export interface StereoMixSpec {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  create(settings: ExampleSettings): {
    readonly parameters: readonly LiveParameter[];
    /** The mixing matrix as the live parameters move (emits at once: BehaviorSubject-driven). */
    readonly matrix$: Observable<number[][]>;
    /** The example's lines and figures from the matrix measured over the last 0.5 s, and the PSD plot's title. */
    report(measured: StereoMatrix): Omit<ExampleReport, 'files'> & { readonly plotTitle: string };
  };
}

/**
 * A duplex example that mixes the two channels of a stereo stream with a live 2 × 2 matrix
 * (`mixChannels`), fed with independent noise on the simulated device, and at the end recovers
 * the matrix that ran from the captured signals (least squares over the last 0.5 s) and plots
 * each channel's PSD. Shared by `stereo-gain` and `cross-panning`.
 */
export function stereoMixExample(spec: StereoMixSpec): ExampleDefinition {
  return {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    defaults: { sampleRate: 48_000, frameLength: 1024, channels: 2, seconds: 5 },
    create(settings) {
      const { parameters, matrix$, report } = spec.create(settings);
      return {
        parameters,
        simulatedInput: (seconds) => noiseInput(settings, seconds, { channels: 2 }),
        pipeline: int16Float(mixChannels(matrix$)),
        async finish(ctx) {
          const { plotTitle, ...rest } = report(measuredMix(ctx, 0.5));
          return { ...rest, files: [await channelPsdPlot(ctx, plotTitle)] };
        },
      };
    },
  };
}
