/**
 * stereo-gain: independent left and right gains (−40…+12 dB) on a stereo stream, the
 * course's `get_LR` / `pack_LR` example without the per-sample Python loops: the frames
 * are planar, so each channel is scaled on its own. Both gains are live parameters; the
 * report recovers the mixing matrix that ran from the captured input and output (least
 * squares on the last half second): its diagonal is each channel's gain, compared with
 * the setting, and its off-diagonal terms the crosstalk (zero when the channels are kept apart).
 *
 *   npx tsx examples/stereo-gain.ts --simulated --seconds 3 --set gainLeftDb=-6 --set gainRightDb=3
 */
import { combineLatest, map } from 'rxjs';
import { runAsScript, liveParameter } from '@rxdsp/runtime';
import { stereoMixExample } from './support/stereoMixExample';

/**
 * The `stereo-gain` example, described at the top of this file. Run it with
 * `npx tsx examples/stereo-gain.ts [options]` or `rxdsp run stereo-gain [options]`; `create(settings)` builds
 * its pipeline for `startRun` (`@rxdsp/runtime`).
 *
 * ## Example
 * ```ts
 * const { result } = await runForTest(stereoGain, { seconds: 1 }); // simulated device, virtual time
 * console.log(result.report.lines.join('\n'));
 * ```
 */
export const stereoGain = stereoMixExample({
  name: 'stereo-gain',
  title: 'Stereo left/right gain',
  description: 'Independent live gains for the left and right channels of a stereo stream (planar frames: no get_LR/pack_LR loops); the report measures each channel\u2019s gain from the captured signal.',
  create() {
    const left = liveParameter({ name: 'gainLeftDb', label: 'Left gain', unit: 'dB', min: -40, max: 12, step: 0.5, initial: 0 });
    const right = liveParameter({ name: 'gainRightDb', label: 'Right gain', unit: 'dB', min: -40, max: 12, step: 0.5, initial: 0 });
    return {
      parameters: [left, right],
      matrix$: combineLatest([left.value$, right.value$]).pipe(
        map(([l, r]) => [
          [10 ** (l / 20), 0],
          [0, 10 ** (r / 20)],
        ]),
      ),
      report([[ll, lr], [rl, rr]]) {
        const gl = 20 * Math.log10(Math.abs(ll));
        const gr = 20 * Math.log10(Math.abs(rr));
        const crosstalk = Math.max(Math.abs(lr), Math.abs(rl));
        return {
          lines: [
            `Left:  set ${left.value$.value.toFixed(1)} dB, measured ${gl.toFixed(2)} dB (last 0.5 s)`,
            `Right: set ${right.value$.value.toFixed(1)} dB, measured ${gr.toFixed(2)} dB (last 0.5 s)`,
            `Crosstalk (largest off-diagonal mixing coefficient): ${crosstalk.toExponential(2)}`,
          ],
          plotTitle: `Stereo gain: left ${left.value$.value} dB, right ${right.value$.value} dB`,
          figures: { leftGainDb: gl, rightGainDb: gr, leftSetDb: left.value$.value, rightSetDb: right.value$.value, crosstalk },
        };
      },
    };
  },
});

runAsScript(stereoGain);
