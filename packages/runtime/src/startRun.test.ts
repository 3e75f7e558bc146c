// startRun keeps a run of any length in bounded memory (issue 10): its captures are rings of
// historySeconds, the timing record a ring with whole-run totals, and the input and output it
// hands to the example's report start at the same stream position once the rings have wrapped.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { delay, type SchedulerLike } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { noisePlayback, passThrough } from '../test/support/testDefinitions';
import type { ExampleDefinition, ExampleSettings } from './ExampleDefinition';
import { openDevice } from './openDevice';
import { startRun } from './startRun';

type Run = ReturnType<ExampleDefinition['create']>;

/** Runs `def` on virtual time; with `stopAtFrames`, stops it (as the panel's Stop) once that many frames have arrived. */
async function fastRun(def: ExampleDefinition, over: Partial<ExampleSettings>, wrap?: (run: Run, scheduler: SchedulerLike) => Run, stopAtFrames?: number) {
  const settings: ExampleSettings = {
    ...def.defaults,
    outDir: mkdtempSync(join(tmpdir(), `rxdsp-start-${def.name}-`)),
    extra: Object.fromEntries((def.options ?? []).filter((o) => o.defaultValue !== undefined).map((o) => [o.name, o.defaultValue!])),
    ...over,
  };
  const created = def.create(settings);
  const opened = await openDevice({ simulated: true, fast: true }, settings, created.simulatedInput ? { simulatedInput: created.simulatedInput } : {});
  const run = wrap && opened.scheduler ? wrap(created, opened.scheduler) : created;
  const started = startRun(def.name, run, settings, opened);
  if (stopAtFrames !== undefined) {
    while (started.timing.count < stopAtFrames) await new Promise((resolve) => setTimeout(resolve, 2));
    void started.stop();
  }
  const summary = await started.stopped;
  const result = await started.done;
  return { started, summary, result, settings };
}

describe('startRun: bounded long runs', () => {
  it('a duplex run longer than its history keeps historySeconds of input and output, aligned, and whole-run statistics', async () => {
    // a pass-through pipeline delayed by 3 frames (on the virtual clock) and stopped after ~40 s:
    // the frames in flight never reach the output capture, so once both rings have wrapped they
    // do not start at the same stream position; the report must still see y = x sample for sample.
    const { result, summary, settings } = await fastRun(
      passThrough,
      { seconds: 0, historySeconds: 2 },
      (run, scheduler) => ({ ...run, pipeline: (s) => run.pipeline(s).pipe(delay((3 * 1024) / 48, scheduler)) }),
      1875,
    );
    const fs = settings.sampleRate;
    expect(result.stats.frames).toBeGreaterThanOrEqual(1875);
    expect(result.input.totalSamples).toBe(result.stats.frames * 1024);
    expect(result.input.channels[0]!.length).toBe(2 * fs);
    const outLength = result.output.channels[0]!.length;
    expect(outLength).toBeGreaterThan(2 * fs - 5 * 1024);
    expect(outLength).toBeLessThan(2 * fs); // the rings start at different stream positions
    expect(result.input.totalSamples - result.output.totalSamples).toBe(2 * fs - outLength);
    // y = x sample for sample over the samples both rings hold
    expect(Array.from(result.output.channels[0]!)).toEqual(Array.from(result.input.channels[0]!.subarray(0, outLength)));
    expect(summary).toEqual({ stats: result.stats, statsReport: result.statsReport, device: result.device });
    expect(result.device?.frames).toBe(result.stats.frames);
    expect(result.stats.gaps).toBe(0);
  }, 30_000);

  it('a playback run: the frame timing is a ring of the history, the statistics cover the whole run', async () => {
    const { result, settings } = await fastRun(noisePlayback, { seconds: 20, historySeconds: 2 });
    const perSecond = settings.sampleRate / settings.frameLength;
    expect(result.stats.frames).toBe(Math.ceil(20 * perSecond));
    expect(result.timing.capacity).toBe(Math.ceil(5 * perSecond) + 1); // the 5 s of the activity plot
    expect(result.stats.windowFrames).toBe(result.timing.capacity);
    expect(result.statsReport).toContain(`(ms, last ${result.timing.capacity} frames)`);
    expect(result.output.channels[0]!.length).toBe(2 * settings.sampleRate);
    expect(result.output.totalSamples).toBe(20 * settings.sampleRate);
  }, 30_000);
});
