/**
 * decimate-tap: a live analysis tap at a quarter of the rate. The signal goes through unchanged (y = x) while a
 * branch decimates it by 4 with the streaming polyphase `resample({ up: 1, down: 4 })` — scipy resample_poly's
 * Kaiser-window lowpass, 81 taps, run frame by frame with its state carried — and analyses the 12 kHz stream.
 * The simulated input holds two tones of equal level: 1.5 kHz, below the tap's new Nyquist frequency (6 kHz), and
 * 8.5 kHz, above it, which decimation without a lowpass would fold to 12 − 8.5 = 3.5 kHz. At the end the Welch
 * PSD of the decimated signal shows the 1.5 kHz tone at its level and how far below it the anti-aliasing lowpass
 * pushed the fold-over at 3.5 kHz. This is how an analysis (a spectrum, a level meter, a pitch tracker) runs at a
 * lower rate without costing the audio path anything but the copy into the tap. `--factor` changes the
 * decimation factor (2 … 16).
 *
 *   npx tsx examples/decimate-tap.ts --simulated --fast --seconds 4
 *   npx tsx examples/decimate-tap.ts --simulated --factor 8
 */
import { finalize, map, Subject } from 'rxjs';
import { fromSamples, toFloat, type Frame } from '@rxdsp/core';
import { resample, resamplePolyTaps } from '@rxdsp/filters';
import { welch } from '@rxdsp/analysis';
import { type ExampleDefinition, runAsScript, UsageError } from '@rxdsp/runtime';

/**
 * The `decimate-tap` example, described at the top of this file. Run it with
 * `npx tsx examples/decimate-tap.ts [options]`; `create(settings)` builds its pipeline for `startRun` (`@rxdsp/runtime`).
 *
 * ## Example
 * ```ts
 * const { result } = await runForTest(decimateTap, { seconds: 2 }); // simulated device, virtual time
 * console.log(result.report.lines.join('\n'));
 * ```
 */
export const decimateTap: ExampleDefinition = {
  name: 'decimate-tap',
  title: 'Live analysis tap decimated by 4 (streaming polyphase resample)',
  description:
    'Passes the signal through unchanged while a branch decimates it by --factor (default 4) with the streaming resample operator and measures the decimated stream (Welch PSD: tone frequency and level; an out-of-band tone removed, not aliased).',
  defaults: { sampleRate: 48_000, frameLength: 1024, channels: 1, seconds: 4 },
  options: [{ name: 'factor', description: 'decimation factor of the analysis tap (integer 2 … 16)', defaultValue: '4' }],
  create(settings) {
    const q = Number(settings.extra.factor ?? '4');
    if (!Number.isInteger(q) || q < 2 || q > 16) throw new UsageError(`--factor must be an integer from 2 to 16, got ${settings.extra.factor}`);
    const fs = settings.sampleRate;
    const inBand = fs / 32; // 1.5 kHz at 48 kHz: below the tap's Nyquist frequency fs/(2q) for q ≤ 16
    const outOfBand = (17 * fs) / 96; // 8.5 kHz: above it for q ≥ 3, removed by the anti-aliasing lowpass
    const design = resamplePolyTaps(1, q);
    const kept: Float64Array[] = [];
    let keptSamples = 0;
    let tapFrames = 0;
    let tapRate = 0;
    return {
      parameters: [],
      // the two tones, 8000 counts each (−12 dBFS), the same on every channel
      simulatedInput: (seconds) => {
        const n = Math.round(seconds * fs);
        const x = Int16Array.from({ length: n }, (_, i) => Math.round(8000 * (Math.sin((2 * Math.PI * inBand * i) / fs) + Math.sin((2 * Math.PI * outOfBand * i) / fs))));
        return fromSamples(Array.from({ length: settings.channels }, () => x), { sampleRate: fs, frameLength: settings.frameLength });
      },
      pipeline: (frames$) => {
        const tapIn = new Subject<Frame<Int16Array>>();
        // the analysis branch: float, decimated by q, the newest 2 s kept for the report
        tapIn.pipe(toFloat({ scale: 'unit' }), resample({ up: 1, down: q })).subscribe((f) => {
          tapFrames++;
          tapRate = f.sampleRate;
          kept.push(f.channels[0] as Float64Array);
          keptSamples += f.channels[0]!.length;
          while (kept.length > 1 && keptSamples - kept[0]!.length >= 2 * tapRate) keptSamples -= kept.shift()!.length;
        });
        return frames$.pipe(
          map((f) => {
            tapIn.next(f);
            return { ...f, channels: f.channels.map((c) => c.slice()) }; // y = x, as a new frame
          }),
          finalize(() => tapIn.complete()), // the tap ends with the audio path (its tail is flushed then)
        );
      },
      async finish() {
        const x = new Float64Array(keptSamples);
        kept.reduce((o, c) => (x.set(c, o), o + c.length), 0);
        const { f, pxx } = welch(x, { fs: tapRate, nperseg: Math.min(1024, x.length), scaling: 'spectrum' });
        let k = 0;
        for (let i = 1; i < pxx.length; i++) if (pxx[i]! > pxx[k]!) k = i;
        // scaling 'spectrum': a sine of amplitude A shows A²/2 in its largest bin (between bins a little less)
        const levelDb = (hz: number) => {
          const c = Math.round(hz / (f[1]! - f[0]!));
          let peak = 0;
          for (let i = Math.max(0, c - 2); i <= Math.min(pxx.length - 1, c + 2); i++) peak = Math.max(peak, pxx[i]!);
          return 10 * Math.log10(2 * peak); // dB re full-scale amplitude
        };
        const alias = Math.abs(outOfBand - tapRate * Math.round(outOfBand / tapRate));
        const inDb = levelDb(inBand);
        const aliasDb = levelDb(alias);
        return {
          lines: [
            `Analysis tap: ${fs} Hz → ${tapRate} Hz (decimate by ${q}, ${design.taps.length}-tap Kaiser lowpass, latency ${design.halfLength / q} tap samples), ${tapFrames} frames`,
            `Decimated stream (last ${(x.length / tapRate).toFixed(2)} s): spectrum peak at ${f[k]!.toFixed(1)} Hz; ${inBand} Hz tone at ${inDb.toFixed(1)} dBFS`,
            `The ${outOfBand} Hz tone would alias to ${alias} Hz: found at ${aliasDb.toFixed(1)} dBFS there (${(inDb - aliasDb).toFixed(1)} dB below the in-band tone)`,
          ],
          files: [],
          figures: { tapRate, peakHz: f[k]!, inBandDb: inDb, aliasDb, tapFrames },
        };
      },
    };
  },
};

runAsScript(decimateTap);
