/**
 * wav-playback: plays a WAV file in a loop through `loopAudio` for 20 s (the course's
 * `loop_audio`), with a live volume, capturing only the last 2 s (a ring buffer of
 * `Tcapture` seconds: memory does not grow with the run). Without `--wav`, a 3 s test
 * WAV (a chirp from 200 Hz to 2 kHz) is generated at run time into the output folder.
 * At the end the captured 2 s are written as a WAV file and checked sample by sample
 * against the file at the positions the loop was playing.
 *
 *   npx tsx examples/wav-playback.ts --simulated --fast
 */
import { defer, from, map, switchMap } from 'rxjs';
import { chirp, gain, loopAudio, toInt16 } from '@rxdsp/core';
import { capture } from '@rxdsp/analysis';
import { existsSync } from 'node:fs';
import { collectSamples, type ExampleDefinition, runAsScript, liveParameter, UsageError } from '@rxdsp/runtime';
import { loadWav } from './support/loadWav';
import { join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';

/** Writes the 3 s test WAV (linear chirp 200 Hz → 2 kHz, amplitude 0.5 full scale, mono Int16). */
export async function generateTestWav(path: string, sampleRate: number): Promise<void> {
  const rec = capture();
  collectSamples(chirp({ f0: 200, f1: 2000, seconds: 3, amplitude: 16_384, dtype: 'int16', sampleRate, frameLength: 4096 }).pipe(rec), Int16Array);
  await rec.toWav(path);
}

/**
 * The `wav-playback` example, described at the top of this file. Run it with
 * `npx tsx examples/wav-playback.ts [options]` or `rxdsp run wav-playback [options]`; `create(settings)` builds
 * its pipeline for `startRun` (`@rxdsp/runtime`).
 *
 * ## Example
 * ```ts
 * const { result } = await runForTest(wavPlayback, { seconds: 1 }); // simulated device, virtual time
 * console.log(result.report.lines.join('\n'));
 * ```
 */
export const wavPlayback: ExampleDefinition = {
  name: 'wav-playback',
  title: 'WAV playback through loopAudio, capturing the last 2 s',
  description:
    'Loops a WAV file (--wav, or a test chirp generated at run time) through loopAudio to the DAC for 20 s with a live volume, capturing only the last 2 s in a ring buffer; writes the capture as WAV and checks it against the file.',
  defaults: { sampleRate: 48_000, frameLength: 1024, channels: 1, seconds: 20 },
  options: [
    { name: 'wav', description: 'WAV file to play (default: a test chirp generated into the output folder)' },
    { name: 'capture-seconds', description: 'seconds kept by the capture ring buffer', defaultValue: '2' },
  ],
  create(settings) {
    const fs = settings.sampleRate;
    const captureSeconds = Number(settings.extra['capture-seconds'] ?? '2');
    if (!(captureSeconds > 0)) throw new UsageError(`--capture-seconds must be > 0, got ${settings.extra['capture-seconds']}`);
    const given = settings.extra.wav;
    if (given !== undefined && !existsSync(given)) throw new UsageError(`--wav: no such file ${given}`);
    const volumeDb = liveParameter({ name: 'volumeDb', label: 'Volume', unit: 'dB', min: -40, max: 6, step: 0.5, initial: 0 });
    const wavPath = given ?? join(resolve(settings.outDir), 'wav-playback-generated.wav');
    let samples: Int16Array | undefined;
    const load = async (): Promise<Int16Array> => {
      if (samples) return samples;
      if (given === undefined) {
        mkdirSync(resolve(settings.outDir), { recursive: true });
        await generateTestWav(wavPath, fs);
      }
      const wav = await loadWav(wavPath);
      if (wav.sampleRate !== fs) throw new UsageError(`--wav: ${wavPath} is sampled at ${wav.sampleRate} Hz; run with --fs ${wav.sampleRate}`);
      samples = wav.channels[0]!;
      return samples;
    };
    return {
      parameters: [volumeDb],
      captureSeconds,
      source: (scheduler) =>
        defer(() => from(load())).pipe(switchMap((x) => loopAudio(x, { sampleRate: fs, frameLength: settings.frameLength, ...(scheduler ? { scheduler } : {}) }))),
      pipeline: (frames$) => frames$.pipe(gain(volumeDb.value$.pipe(map((db) => 10 ** (db / 20)))), toInt16({ scale: 'int16' })),
      async finish(ctx) {
        const x = await load();
        const y = ctx.output.channels[0]!;
        const start = ctx.output.totalSamples - y.length;
        const g = 10 ** (volumeDb.value$.value / 20);
        let maxAbsDiff = 0;
        for (let i = 0; i < y.length; i++) {
          const expected = Math.max(-32768, Math.min(32767, Math.round(g * x[(start + i) % x.length]!)));
          maxAbsDiff = Math.max(maxAbsDiff, Math.abs(y[i]! - expected));
        }
        const file = await ctx.writeOutputWav(ctx.outPath('last-2s.wav'));
        return {
          lines: [
            `Played ${(ctx.output.totalSamples / fs).toFixed(2)} s of ${wavPath} (${(x.length / fs).toFixed(2)} s long, looped); captured the last ${(y.length / fs).toFixed(2)} s`,
            `Capture versus the file at the looped positions (volume ${volumeDb.value$.value} dB): max |difference| = ${maxAbsDiff}`,
          ],
          files: [file],
          figures: { playedSamples: ctx.output.totalSamples, capturedSamples: y.length, maxAbsDiff, loopLength: x.length },
        };
      },
    };
  },
};

runAsScript(wavPlayback);
