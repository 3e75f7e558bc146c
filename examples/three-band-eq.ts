/**
 * three-band-eq: the course's three-band equaliser — three peaking sections at 100 Hz,
 * 1 kHz and 8 kHz with Q = 3.5 and gains from −20 to +20 dB — playing a looped signal
 * (`loopAudio`: a WAV file given with `--wav`, else seeded white noise) to the DAC. The
 * three gains are live parameters (`BehaviorSubject`s, the sliders of the notebook): each
 * change recomputes the second-order sections (`peaking` → `cascade`) and `sosFilter`
 * takes them at the next frame boundary *without resetting its state*, so moving a
 * slider does not click. At the end the equaliser that ran is measured from the
 * captured signal (`tfestimate`) and plotted over the response of the final gains.
 *
 *   npx tsx examples/three-band-eq.ts --simulated --seconds 5 --set gain100Hz=12 --set gain8kHz=-12
 */
import { combineLatest, defer, from, map, switchMap } from 'rxjs';
import { loopAudio, whiteNoise } from '@rxdsp/core';
import { cascade, peaking, sosFilter, type Sos } from '@rxdsp/filters';
import { collectSamples, type ExampleDefinition, runAsScript, type FilterDesign, liveParameter, UsageError } from '@rxdsp/runtime';
import { filterReport } from './support/filterReport';
import { int16Float } from './support/int16Float';
import { loadWav } from './support/loadWav';

/** The equaliser's bands: centre frequencies in Hz. Q = 3.5 for all three. */
export const EQ_BANDS = [100, 1000, 8000] as const;
export const EQ_Q = 3.5;

/** The three peaking sections for the given gains (dB), as second-order sections. */
export function equaliserSos(gainsDb: readonly number[], fs: number): Sos {
  return cascade(...EQ_BANDS.map((fc, i) => peaking(gainsDb[i] ?? 0, fc, EQ_Q, fs)));
}

/**
 * The `three-band-eq` example, described at the top of this file. Run it with
 * `npx tsx examples/three-band-eq.ts [options]` or `rxdsp run three-band-eq [options]`; `create(settings)` builds
 * its pipeline for `startRun` (`@rxdsp/runtime`).
 *
 * ## Example
 * ```ts
 * const { result } = await runForTest(threeBandEq, { seconds: 1 }); // simulated device, virtual time
 * console.log(result.report.lines.join('\n'));
 * ```
 */
export const threeBandEq: ExampleDefinition = {
  name: 'three-band-eq',
  title: 'Three-band peaking equaliser (100 Hz, 1 kHz, 8 kHz) with live gains',
  description:
    'Three peaking sections (100 Hz, 1 kHz, 8 kHz, Q = 3.5, −20…+20 dB) on a looped WAV file or white noise; the gains are live BehaviorSubjects that change the sections between frames without resetting the filter state; measured with tfestimate and plotted over the design.',
  defaults: { sampleRate: 48_000, frameLength: 1024, channels: 1, seconds: 10 },
  options: [{ name: 'wav', description: 'WAV file to loop (default: seeded white noise)' }],
  measurable: true,
  create(settings) {
    const fs = settings.sampleRate;
    const gains = EQ_BANDS.map((fc) =>
      liveParameter({ name: fc >= 1000 ? `gain${fc / 1000}kHz` : `gain${fc}Hz`, label: `${fc >= 1000 ? `${fc / 1000} kHz` : `${fc} Hz`} band`, unit: 'dB', min: -20, max: 20, step: 0.5, initial: 0 }),
    );
    let design: FilterDesign = { kind: 'sos', sos: equaliserSos([0, 0, 0], fs) };
    const sos$ = combineLatest(gains.map((g) => g.value$)).pipe(
      map((g) => {
        const sos = equaliserSos(g, fs);
        design = { kind: 'sos', sos };
        return sos;
      }),
    );
    const wav = settings.extra.wav;
    return {
      parameters: gains,
      get design() {
        return design;
      },
      source: (scheduler) => {
        const common = { sampleRate: fs, frameLength: settings.frameLength, ...(scheduler ? { scheduler } : {}) };
        if (wav !== undefined) {
          return defer(() => from(loadWav(wav))).pipe(
            switchMap((w) => {
              if (w.sampleRate !== fs) throw new UsageError(`--wav: ${wav} is sampled at ${w.sampleRate} Hz; run with --fs ${w.sampleRate}`);
              // the equaliser is mono: loop the file's first channel
              return loopAudio(w.channels.slice(0, 1), common);
            }),
          );
        }
        const noise = collectSamples(whiteNoise({ seed: 7, distribution: 'gaussian', amplitude: 2000, dtype: 'int16', sampleRate: fs, frameLength: 4096, seconds: 4 }), Int16Array);
        return loopAudio(noise, common);
      },
      pipeline: int16Float(sosFilter(sos$)),
      // the 100 Hz band (Q 3.5: 29 Hz wide) needs a fine resolution: 8192 points = 5.9 Hz bins at 48 kHz
      finish: (ctx) => filterReport(ctx, design, `Three-band equaliser, gains ${gains.map((g) => `${g.value$.value} dB`).join(' / ')}`, { nperseg: 8192 }),
    };
  },
};

runAsScript(threeBandEq);
