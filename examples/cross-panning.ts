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
import { runAsScript, liveParameter } from '@rxdsp/runtime';
import { stereoMixExample } from './support/stereoMixExample';

/** The cross-panning matrix for a position p in [0, 1] (rows: output channels). */
export function crossPanMatrix(p: number): number[][] {
  return [
    [1 - p, p],
    [p, 1 - p],
  ];
}

/**
 * The `cross-panning` example, described at the top of this file. Run it with
 * `npx tsx examples/cross-panning.ts [options]` or `rxdsp run cross-panning [options]`; `create(settings)` builds
 * its pipeline for `startRun` (`@rxdsp/runtime`).
 *
 * ## Example
 * ```ts
 * const { result } = await runForTest(crossPanning, { seconds: 1 }); // simulated device, virtual time
 * console.log(result.report.lines.join('\n'));
 * ```
 */
export const crossPanning = stereoMixExample({
  name: 'cross-panning',
  title: 'Cross panning (0–100 %)',
  description: 'A live cross-panning position: L\u2032 = (1 − p)·L + p·R, R\u2032 = p·L + (1 − p)·R; the report recovers the mixing matrix that ran from the captured signal.',
  create() {
    const pan = liveParameter({ name: 'panPercent', label: 'Cross panning', unit: '%', min: 0, max: 100, step: 1, initial: 0 });
    return {
      parameters: [pan],
      matrix$: pan.value$.pipe(map((pct) => crossPanMatrix(pct / 100))),
      report([[a, b], [c, d]]) {
        const p = pan.value$.value / 100;
        const err = Math.max(Math.abs(a - (1 - p)), Math.abs(b - p), Math.abs(c - p), Math.abs(d - (1 - p)));
        return {
          lines: [
            `Position ${pan.value$.value} %: expected [[${(1 - p).toFixed(3)}, ${p.toFixed(3)}], [${p.toFixed(3)}, ${(1 - p).toFixed(3)}]]`,
            `Measured (least squares, last 0.5 s): [[${a.toFixed(4)}, ${b.toFixed(4)}], [${c.toFixed(4)}, ${d.toFixed(4)}]], max error ${err.toExponential(2)}`,
          ],
          plotTitle: `Cross panning at ${pan.value$.value} %`,
          figures: { panPercent: pan.value$.value, maxMatrixError: err, ll: a, lr: b, rl: c, rr: d },
        };
      },
    };
  },
});

runAsScript(crossPanning);
