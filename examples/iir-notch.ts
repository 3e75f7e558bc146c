/**
 * iir-notch: a second-order IIR notch (`iirnotch`, Q = 30 by default) at 2 kHz removing a
 * tone from a signal live. On the simulated device the input is white noise plus a loud
 * 2 kHz tone; the report gives the tone's level before and after the filter and the
 * measured response (`tfestimate`) against the design. The notch frequency is a live
 * parameter (new coefficients at the next frame boundary, state kept).
 *
 *   npx tsx examples/iir-notch.ts --simulated --seconds 5
 */
import { combineLatest, map } from 'rxjs';
import { iirnotch, linearFilter } from '@rxdsp/filters';
import { welch } from '@rxdsp/analysis';
import { type ExampleDefinition, runAsScript, type FilterDesign, liveParameter, positiveNumber } from '@rxdsp/runtime';
import { filterReport } from './support/filterReport';
import { int16Float } from './support/int16Float';
import { noiseInput, withTone } from './support/testSignals';

/** Level in dB of the Welch PSD bin nearest `hz` (relative, int16 scale). */
function binDb(x: Float64Array, fs: number, hz: number): number {
  const { f, pxx } = welch(x, { fs, nperseg: Math.min(4096, 2 ** Math.floor(Math.log2(Math.max(8, x.length)))) });
  let k = 0;
  for (let i = 1; i < f.length; i++) if (Math.abs(f[i]! - hz) < Math.abs(f[k]! - hz)) k = i;
  return 10 * Math.log10(pxx[k]!);
}

/**
 * The `iir-notch` example, described at the top of this file. Run it with
 * `npx tsx examples/iir-notch.ts [options]` or `rxdsp run iir-notch [options]`; `create(settings)` builds
 * its pipeline for `startRun` (`@rxdsp/runtime`).
 *
 * ## Example
 * ```ts
 * const { result } = await runForTest(iirNotch, { seconds: 1 }); // simulated device, virtual time
 * console.log(result.report.lines.join('\n'));
 * ```
 */
export const iirNotch: ExampleDefinition = {
  name: 'iir-notch',
  title: 'IIR notch at 2 kHz',
  description:
    'A second-order IIR notch (iirnotch) at 2 kHz removing a tone live; the notch frequency is a live parameter; the report gives the tone level before and after and the measured response against the design.',
  defaults: { sampleRate: 48_000, frameLength: 1024, channels: 1, seconds: 5 },
  options: [{ name: 'q', description: 'quality factor of the notch', defaultValue: '30' }],
  measurable: true,
  create(settings) {
    const fs = settings.sampleRate;
    const Q = positiveNumber('--q', settings.extra.q ?? '30');
    const notchHz = liveParameter({ name: 'notchHz', label: 'Notch frequency', unit: 'Hz', min: 200, max: Math.min(8000, fs / 4), step: 10, initial: 2000 });
    let design: FilterDesign = { kind: 'ba', ...iirnotch(2000, Q, fs) };
    const coefficients$ = notchHz.value$.pipe(
      map((f0) => {
        const ba = iirnotch(f0, Q, fs);
        design = { kind: 'ba', b: ba.b, a: ba.a };
        return ba;
      }),
    );
    return {
      parameters: [notchHz],
      get design() {
        return design;
      },
      simulatedInput: (seconds) => noiseInput(settings, seconds, { amplitude: 1000 }).pipe(withTone(2000, 8000)),
      pipeline: int16Float(linearFilter(coefficients$)),
      async finish(ctx) {
        const f0 = notchHz.value$.value;
        const before = binDb(ctx.input.channels[0]!, fs, f0);
        const after = binDb(ctx.output.channels[0]!, fs, f0);
        // the 2 kHz tone of the simulated input dominates Pxx where its window leakage exceeds
        // the noise (there H1 reads H at the tone, ≈ 0): leave ±150 Hz around it out
        const report = await filterReport(ctx, design, `IIR notch at ${f0} Hz, Q = ${Q}`, { excludeHz: [2000], excludeWidthHz: 150 });
        return {
          ...report,
          lines: [
            Number.isFinite(before)
              ? `Level at ${f0} Hz: ${before.toFixed(1)} dB before, ${after.toFixed(1)} dB after the notch (${(before - after).toFixed(1)} dB removed)`
              : `No signal at ${f0} Hz in the input`,
            ...report.lines,
          ],
          figures: { ...report.figures, toneRemovedDb: before - after },
        };
      },
    };
  },
};

runAsScript(iirNotch);
