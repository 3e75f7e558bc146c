import { share, throttleTime } from 'rxjs';
import { level, type FrameLevel } from '@rxdsp/analysis';
import { applyParameterValues, createRun, type ExampleArgs, type ExampleDefinition, openDevice, printReport, printStats, startRun } from '@rxdsp/runtime';
import type { CliIo } from '../CliIo';
import { formatMeterLine } from '../formatMeterLine';
import { exampleArgsFromOptions, type StreamCommandOptions } from './exampleArgsFromOptions';
import { checkOutputDir } from './checkOutputDir';
import { requireExample } from './requireExample';

/**
 * `rxdsp run <example>`: runs an example on the chosen device with a one-line level meter
 * and the elapsed time while it streams (redrawn in place on a terminal, one line per
 * second otherwise), then prints the stream statistics, the example's figures and the
 * files it wrote. Ctrl-C (SIGINT) or SIGTERM stops the stream early — a `--fast` run too: its
 * virtual clock is advanced in slices that let the signal in — and still prints the report,
 * the statistics at once, then the example's figures and plots.
 */
export async function runCommand(io: CliIo, name: string, opts: StreamCommandOptions & { readonly quiet?: boolean }): Promise<void> {
  const def = requireExample(name);
  const args = exampleArgsFromOptions(def, opts);
  checkOutputDir('--out', args.settings.outDir); // before any device opens or sample streams
  await runExampleStream(io, def, args, opts.quiet === true);
}

/**
 * The body of `rxdsp run` for any example definition with validated arguments (also used by
 * `rxdsp sdr fm`, which checks its own output folder first): the level meter while it streams,
 * then the statistics and the report.
 */
export async function runExampleStream(io: CliIo, def: ExampleDefinition, args: Omit<ExampleArgs, 'help'>, quiet: boolean): Promise<void> {
  const run = createRun(def, args.settings);
  applyParameterValues(def.name, run.parameters, args.set);
  const opened = await openDevice(args.choice, args.settings, run.simulatedInput ? { simulatedInput: run.simulatedInput } : {});
  const { settings } = args;
  io.stdout.write(`${def.name}: ${def.title}\nDevice: ${opened.description}\n`);
  io.stdout.write(`Streaming ${settings.seconds} s at ${settings.sampleRate} Hz, ${settings.frameLength} samples per frame, ${settings.channels} channel(s)…\n`);
  const started = startRun(def.name, run, settings, opened);
  const tty = io.stdout.isTTY === true;
  let last: FrameLevel | undefined;
  const draw = (lv: FrameLevel, final: boolean): void => {
    const line = formatMeterLine(started.elapsedSeconds(), settings.seconds, lv.rmsDb.map((rmsDb, c) => ({ rmsDb, peakDb: lv.peakDb[c] ?? Number.NEGATIVE_INFINITY })));
    io.stdout.write(tty ? `\r${line}\u001b[K${final ? '\n' : ''}` : `${line}\n`);
  };
  const levels = quiet ? undefined : started.output$.pipe(level(), share());
  const meter = levels?.subscribe((lv) => (last = lv));
  // redrawn in place 10 times a second on a terminal; one line a second in a log
  const drawing = levels?.pipe(throttleTime(tty ? 100 : 1000, undefined, { leading: true, trailing: false })).subscribe((lv) => draw(lv, false));
  const interrupt = io.interrupted.then(() => started.stop());
  try {
    const summary = await started.stopped;
    if (last) draw(last, true); // the final level and elapsed time
    printStats(summary, (s) => io.stdout.write(s));
    printReport(await started.done, (s) => io.stdout.write(s));
  } finally {
    meter?.unsubscribe();
    drawing?.unsubscribe();
    void interrupt.catch(() => undefined);
    await opened.close?.();
  }
}
