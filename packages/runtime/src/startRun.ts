import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ReplaySubject, pipe, tap, type Observable, type OperatorFunction } from 'rxjs';
import { takeSeconds, type DeviceEvent, type DuplexResult, type Frame, type TimingRecord } from '@rxdsp/core';
import { capture, formatStreamStats, frameTiming, streamStats, type Capture, type StreamStats } from '@rxdsp/analysis';
import { activityPlot } from '@rxdsp/plots';
import { ACTIVITY_PLOT_SECONDS, DEFAULT_HISTORY_SECONDS, type CapturedSignal, type ExampleReport, type ExampleRun, type ExampleSettings } from './ExampleDefinition';
import type { OpenedDevice } from './openDevice';

/** The stream statistics of a run that has ended. */
export interface StreamSummary {
  readonly stats: StreamStats;
  /** The stream statistics as the report pyaudio_helper users know. */
  readonly statsReport: string;
  /** A duplex run: the device's own summary (frames, overflows, underflows, seconds). */
  readonly device?: DuplexResult;
}

/** Options of {@link startRun}. */
export interface StartRunOptions {
  /**
   * Write the report files (default true): the output folder is created and the activity plot
   * written there. False: nothing is written (the run's `finish` still runs, and must not write
   * either), as `DspIoStream` runs.
   */
  readonly writeFiles?: boolean;
}

/** The outcome of a finished run. */
export interface RunResult extends StreamSummary {
  /** The example's own lines, files and figures, plus the activity plot. */
  readonly report: ExampleReport;
  readonly timing: TimingRecord;
  readonly input: CapturedSignal;
  readonly output: CapturedSignal;
}

/** A running example or pipeline. */
export interface StartedRun {
  /**
   * Every frame leaving the pipeline (hot; completes when the run ends, also when it fails: the
   * failure is `done`'s rejection, so that a meter subscribed with `next` only does not turn it
   * into an unhandled error that kills the process). A subscriber that
   * comes after the first frames (an unpaced `--fast` playback example streams synchronously
   * inside `startRun`) first receives the latest frame, so a level meter always has the
   * final level to show.
   */
  readonly output$: Observable<Frame<Int16Array>>;
  /** The timing record being filled (for live statistics). */
  readonly timing: TimingRecord;
  /**
   * The rings the run fills: the frames entering the pipeline and those leaving it (the newest
   * `captureSeconds` or `historySeconds`), readable while the run goes on.
   */
  readonly captures: { readonly input: Capture; readonly output: Capture };
  /** The device's status events of this run (started, overflow, underflow, stopped, error). */
  readonly events$: Observable<DeviceEvent>;
  /** Seconds of audio processed so far. */
  elapsedSeconds(): number;
  /**
   * Resolves with the stream statistics as soon as the stream has ended (before the example's
   * analysis and plots: print them at once when a run is interrupted); rejects like `done`.
   */
  readonly stopped: Promise<StreamSummary>;
  /** Resolves once the run has ended and its plots are written; rejects if the stream failed. */
  readonly done: Promise<RunResult>;
  /** Ends the run early; resolves like `done`. */
  stop(): Promise<RunResult>;
}

/** The samples a capture holds from stream position `from` on (`from` ≥ its oldest held sample), as Float64. */
function toSignal(handle: Capture, sampleRate: number, from: number): CapturedSignal {
  const skip = Math.max(0, from - (handle.samplesSeen - handle.length));
  const channels: Float64Array[] = [];
  for (let c = 0; c < handle.channelCount; c++) channels.push(Float64Array.from(handle.channel(c).subarray(skip)));
  return { channels, totalSamples: handle.samplesSeen, sampleRate };
}

/**
 * The input and output captures as signals that start at the same stream position: once the
 * rings have wrapped, the input ring (ahead by what the pipeline still holds) has dropped fewer
 * of the output's oldest samples, so both are cut to the later of their oldest samples.
 */
function toSignals(inCap: Capture, outCap: Capture, sampleRate: number): { input: CapturedSignal; output: CapturedSignal } {
  const from = Math.max(inCap.samplesSeen - inCap.length, outCap.samplesSeen - outCap.length);
  return { input: toSignal(inCap, sampleRate, from), output: toSignal(outCap, sampleRate, from) };
}

/** The activity plot's window: the newest ACTIVITY_PLOT_SECONDS (at most the history) of the frames the record holds. */
function activityWindow(timing: TimingRecord, seconds: number): { startMs?: number } {
  if (timing.count === 0) return {};
  const last = timing.arrivalMs[(timing.count - 1) % timing.capacity]!;
  const oldest = timing.arrivalMs[Math.max(0, timing.count - timing.capacity) % timing.capacity]!;
  const start = last - seconds * 1000;
  return start > oldest ? { startMs: start } : {};
}

/**
 * Runs one example, or a user's pipeline wrapped as an {@link ExampleRun} (`name` prefixes the
 * files it writes), on an opened device, in bounded memory
 * however long it runs: the input and output captures are rings of `settings.historySeconds`
 * (or the example's `captureSeconds`), the timing record a ring with whole-run totals, the
 * activity plot shows the newest 5 s:
 * - duplex example: `device.duplex(capture(in) → pipeline → capture(out))`, the device's
 *   timing record feeding the statistics;
 * - playback example: `source → frameTiming.timed(capture(in) → pipeline → capture(out))`
 *   into the device's DAC, paced in real time (or on virtual time with `--fast`).
 * Both stop after `settings.seconds` (0: only when `stop()` is called). Then the stream statistics are computed, the
 * activity plot is written (unless `options.writeFiles` is false), and the run's `finish` checks and
 * plots what was captured.
 *
 * ## Example
 * ```ts
 * const opened = await openDevice({ simulated: true, fast: true }, settings);
 * const started = startRun('my-filter', { parameters: [], pipeline, finish: async () => ({ lines: [], files: [], figures: {} }) }, settings, opened);
 * const result = await started.done; // result.stats, result.statsReport, result.report.files
 * ```
 */
export function startRun(name: string, run: ExampleRun, settings: ExampleSettings, opened: OpenedDevice, options: StartRunOptions = {}): StartedRun {
  const writeFiles = options.writeFiles !== false;
  const outDir = resolve(settings.outDir);
  if (writeFiles) mkdirSync(outDir, { recursive: true });
  const historySeconds = settings.historySeconds ?? DEFAULT_HISTORY_SECONDS;
  const captureOpts = { seconds: run.captureSeconds ?? historySeconds };
  const inCap = capture(captureOpts);
  const outCap = capture(captureOpts);
  const output$ = new ReplaySubject<Frame<Int16Array>>(1);
  let samples = 0;
  const wrapped: OperatorFunction<Frame<Int16Array>, Frame<Int16Array>> = pipe(
    inCap as unknown as OperatorFunction<Frame<Int16Array>, Frame<Int16Array>>,
    run.pipeline,
    outCap as unknown as OperatorFunction<Frame<Int16Array>, Frame<Int16Array>>,
    tap((f: Frame<Int16Array>) => {
      samples = f.index + (f.channels[0]?.length ?? 0);
      output$.next(f);
    }),
  );

  let timing: TimingRecord;
  let events$: Observable<DeviceEvent>;
  let ended: Promise<DuplexResult | undefined>;
  let stopStream: () => Promise<void>;
  if (run.source === undefined) {
    const handle = opened.device.duplex(wrapped, { seconds: settings.seconds });
    timing = handle.timing;
    events$ = handle.events$;
    ended = handle.done;
    stopStream = async () => {
      await handle.stop();
    };
  } else {
    const t = frameTiming({
      sampleRate: settings.sampleRate,
      frameLength: settings.frameLength,
      // the frames of the history (at least those of the activity plot)
      capacity: Math.ceil((Math.max(historySeconds, ACTIVITY_PLOT_SECONDS) * settings.sampleRate) / settings.frameLength) + 1,
      ...(opened.now ? { now: opened.now } : {}),
    });
    timing = t.record!;
    const sink = opened.device.dac();
    events$ = sink.events$;
    const source$ = run.source(opened.scheduler);
    const limited$ = settings.seconds > 0 ? source$.pipe(takeSeconds(settings.seconds)) : source$;
    const frames$ = limited$.pipe(t.timed(wrapped as OperatorFunction<Frame, Frame<Int16Array>>));

    let resolveEnded!: () => void;
    let rejectEnded!: (err: unknown) => void;
    ended = new Promise<undefined>((res, rej) => {
      resolveEnded = () => res(undefined);
      rejectEnded = rej;
    });
    // drain() is taken from the start: a failure of the sink itself (a device error, a frame of
    // the wrong format) ends the run too, instead of being reported as nobody's error
    const drained = sink.drain();
    drained.then(resolveEnded, rejectEnded);
    const subscription = frames$.subscribe({
      next: (f) => sink.next(f),
      error: (err: unknown) => {
        sink.error(err);
        rejectEnded(err);
      },
      complete: () => sink.complete(),
    });
    stopStream = async () => {
      // Stopping early: no completion will come from the source; end the output ourselves.
      subscription.unsubscribe();
      sink.complete();
      await drained.then(resolveEnded, rejectEnded);
    };
  }

  let finished: Promise<RunResult> | undefined;
  const summarise = (device: DuplexResult | undefined): StreamSummary => {
    output$.complete();
    const stats = streamStats(timing);
    return { stats, statsReport: formatStreamStats(stats), ...(device ? { device } : {}) };
  };
  const finish = (summary: StreamSummary): Promise<RunResult> => {
    finished ??= (async () => {
      const { input, output } = toSignals(inCap, outCap, settings.sampleRate);
      const report = await run.finish({ settings, input, output, outPath: (file) => join(outDir, `${name}-${file}`),
        writeOutputWav: async (path) => {
          await outCap.toWav(path);
          return path;
        },
      });
      const files = [...report.files];
      if (writeFiles) {
        const activity = join(outDir, `${name}-activity.svg`);
        await activityPlot(timing, { path: activity, ...activityWindow(timing, Math.min(ACTIVITY_PLOT_SECONDS, historySeconds)) });
        files.push(activity);
      }
      return {
        ...summary,
        report: { ...report, files },
        timing,
        input,
        output,
      };
    })();
    return finished;
  };
  let stopping: Promise<RunResult> | undefined;
  const streamed = opened.pump ? opened.pump(ended).then(() => ended) : ended;
  const stopped = streamed.then(summarise, (err: unknown) => {
    output$.complete();
    throw err;
  });
  // the analysis starts after a turn of the event loop: whoever awaits `stopped` prints the statistics first
  const done = stopped.then((summary) => new Promise<void>((resolve) => setImmediate(resolve)).then(() => finish(summary)));
  // a failed stream rejects both; a caller that awaits only `stopped` must not leave `done`'s
  // rejection unhandled (that would end the process)
  stopped.catch(() => undefined);
  done.catch(() => undefined);
  return {
    output$: output$.asObservable(),
    timing,
    captures: { input: inCap, output: outCap },
    events$,
    stopped,
    elapsedSeconds: () => samples / settings.sampleRate,
    done,
    stop: () => {
      stopping ??= stopStream().then(() => done);
      return stopping;
    },
  };
}
