import { relative } from 'node:path';
import type { ExampleDefinition } from './ExampleDefinition';
import { exampleUsage, parseExampleArgs } from './parseExampleArgs';
import { isScript } from './isScript';
import { openDevice } from './openDevice';
import { startRun, type RunResult, type StartedRun, type StreamSummary } from './startRun';
import { UsageError } from './UsageError';
import { applyParameterValues } from './applyParameterValues';
import { createRun } from './createRun';

/** Prints the stream statistics of a run that has ended (the first part of {@link printResult}). */
export function printStats(summary: StreamSummary, write: (s: string) => void): void {
  write(`\n${summary.statsReport}\n`);
}

/** Prints what the example measured and the files written (the second part of {@link printResult}). */
export function printReport(result: RunResult, write: (s: string) => void): void {
  for (const line of result.report.lines) write(`${line}\n`);
  for (const file of result.report.files) write(`wrote ${file}\n`);
}

/** Prints a finished run: statistics, the example's lines, the files written. */
export function printResult(result: RunResult, write: (s: string) => void): void {
  printStats(result, write);
  printReport(result, write);
}

/**
 * Prints a running example's report as it comes: the stream statistics as soon as the stream has
 * ended (at once after a Ctrl-C), then the example's lines and files once its analysis and plots
 * are done. Rejects like `started.done`.
 */
export async function printWhenDone(started: StartedRun, write: (s: string) => void): Promise<RunResult> {
  printStats(await started.stopped, write);
  const result = await started.done;
  printReport(result, write);
  return result;
}

/**
 * Calls `stop` on the first SIGINT (Ctrl-C) or SIGTERM; returns the function that removes the
 * handlers (a second signal, once they are gone, ends the process the default way).
 */
export function onStopSignal(stop: () => void): () => void {
  const handler = () => {
    release();
    stop();
  };
  const release = () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return release;
}

/**
 * The command line of an example file (`npx tsx examples/<name>.ts [options]`) or of a user's
 * own pipeline wrapped in an {@link ExampleDefinition}: parses
 * the options, opens the device and says which, runs, prints the stream statistics and
 * what the example measured, and lists the plots written. Ctrl-C (SIGINT) or SIGTERM stops
 * the run early and still prints the report. A usage mistake prints one line and exits with
 * status 2; a failure while running exits with 1. Resolves with that exit status (it does not
 * exit: see {@link runAsScript}).
 *
 * ## Example
 * ```ts
 * process.exitCode = await runMain(myDefinition, ['--simulated', '--seconds', '2']);
 * ```
 */
export async function runMain(def: ExampleDefinition, argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const out = (s: string) => process.stdout.write(s);
  try {
    const args = parseExampleArgs(def, argv);
    if (args.help) {
      const script = process.argv[1];
      out(`${script !== undefined && isScript(def.name) ? exampleUsage(def, relative(process.cwd(), script)) : exampleUsage(def)}\n`);
      return 0;
    }
    const run = createRun(def, args.settings);
    applyParameterValues(def.name, run.parameters, args.set);
    const opened = await openDevice(args.choice, args.settings, run.simulatedInput ? { simulatedInput: run.simulatedInput } : {});
    out(`${def.name}: ${def.title}\nDevice: ${opened.description}\n`);
    out(`Streaming ${args.settings.seconds} s at ${args.settings.sampleRate} Hz, ${args.settings.frameLength} samples per frame…\n`);
    const started = startRun(def.name, run, args.settings, opened);
    const release = onStopSignal(() => void started.stop().catch(() => undefined));
    try {
      await printWhenDone(started, out);
    } finally {
      release();
      await opened.close?.();
    }
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`${def.name}: ${message.split('\n')[0]}\n`);
    if (process.env.RXDSP_DEBUG === '1' && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return err instanceof UsageError || err instanceof RangeError || err instanceof TypeError ? 2 : 1;
  }
}
