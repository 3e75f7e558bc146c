import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ReplaySubject, pipe, tap, type Observable, type OperatorFunction } from 'rxjs';
import { takeSeconds, type Frame, type TimingRecord } from '@rxdsp/core';
import { activityPlot, capture, formatStreamStats, frameTiming, streamStats, type Capture, type StreamStats } from '@rxdsp/analysis';
import type { CapturedSignal, ExampleReport, ExampleRun, ExampleSettings } from './ExampleDefinition';
import type { OpenedDevice } from './openDevice';

/** The outcome of a finished run. */
export interface ExampleResult {
  readonly stats: StreamStats;
  /** The stream statistics as the report pyaudio_helper users know. */
  readonly statsReport: string;
  /** The example's own lines, files and figures, plus the activity plot. */
  readonly report: ExampleReport;
  readonly timing: TimingRecord;
  readonly input: CapturedSignal;
  readonly output: CapturedSignal;
}

/** A running example. */
export interface StartedExample {
  /**
   * Every frame leaving the pipeline (hot; completes when the run ends, also when it fails: the
   * failure is `done`'s rejection, so that a meter subscribed with `next` only does not turn it
   * into an unhandled error that kills the process). A subscriber that
   * comes after the first frames (an unpaced `--fast` playback example streams synchronously
   * inside `startExample`) first receives the latest frame, so a level meter always has the
   * final level to show.
   */
  readonly output$: Observable<Frame<Int16Array>>;
  /** The timing record being filled (for live statistics). */
  readonly timing: TimingRecord;
  /** Seconds of audio processed so far. */
  elapsedSeconds(): number;
  /** Resolves once the run has ended and its plots are written; rejects if the stream failed. */
  readonly done: Promise<ExampleResult>;
  /** Ends the run early; resolves like `done`. */
  stop(): Promise<ExampleResult>;
}

function toSignal(handle: Capture, sampleRate: number): CapturedSignal {
  const channels: Float64Array[] = [];
  for (let c = 0; c < handle.channelCount; c++) channels.push(Float64Array.from(handle.channel(c)));
  return { channels, totalSamples: handle.samplesSeen, sampleRate };
}

/**
 * Runs one example (`name` prefixes the files it writes) on an opened device:
 * - duplex example: `device.duplex(capture(in) → pipeline → capture(out))`, the device's
 *   timing record feeding the statistics;
 * - playback example: `source → frameTiming.timed(capture(in) → pipeline → capture(out))`
 *   into the device's DAC, paced in real time (or on virtual time with `--fast`).
 * Both stop after `settings.seconds` (0: only when `stop()` is called). Then the stream statistics are computed, the
 * activity plot is written, and the example's `finish` checks and plots what was captured.
 */
export function startExample(name: string, run: ExampleRun, settings: ExampleSettings, opened: OpenedDevice): StartedExample {
  const outDir = resolve(settings.outDir);
  mkdirSync(outDir, { recursive: true });
  const captureOpts = run.captureSeconds !== undefined ? { seconds: run.captureSeconds } : {};
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
  let ended: Promise<void>;
  let stopStream: () => Promise<void>;
  if (run.source === undefined) {
    const handle = opened.device.duplex(wrapped, { seconds: settings.seconds });
    timing = handle.timing;
    ended = handle.done.then(() => undefined);
    stopStream = async () => {
      await handle.stop();
    };
  } else {
    const t = frameTiming({ sampleRate: settings.sampleRate, frameLength: settings.frameLength, ...(opened.now ? { now: opened.now } : {}) });
    timing = t.record!;
    const sink = opened.device.dac();
    const source$ = run.source(opened.scheduler);
    const limited$ = settings.seconds > 0 ? source$.pipe(takeSeconds(settings.seconds)) : source$;
    const frames$ = limited$.pipe(t.timed(wrapped as OperatorFunction<Frame, Frame<Int16Array>>));

    let resolveEnded!: () => void;
    let rejectEnded!: (err: unknown) => void;
    ended = new Promise<void>((res, rej) => {
      resolveEnded = res;
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

  let finished: Promise<ExampleResult> | undefined;
  const finish = (): Promise<ExampleResult> => {
    finished ??= (async () => {
      output$.complete();
      const stats = streamStats(timing);
      const input = toSignal(inCap, settings.sampleRate);
      const output = toSignal(outCap, settings.sampleRate);
      const report = await run.finish({ settings, input, output, outPath: (file) => join(outDir, `${name}-${file}`),
        writeOutputWav: async (path) => {
          await outCap.toWav(path);
          return path;
        },
      });
      const activity = join(outDir, `${name}-activity.svg`);
      await activityPlot(timing, { path: activity });
      return {
        stats,
        statsReport: formatStreamStats(stats),
        report: { ...report, files: [...report.files, activity] },
        timing,
        input,
        output,
      };
    })();
    return finished;
  };
  let stopping: Promise<ExampleResult> | undefined;
  const streamed = opened.pump ? opened.pump(ended).then(() => ended) : ended;
  const done = streamed.then(finish, (err: unknown) => {
    output$.complete();
    throw err;
  });
  return {
    output$: output$.asObservable(),
    timing,
    elapsedSeconds: () => samples / settings.sampleRate,
    done,
    stop: () => {
      stopping ??= stopStream().then(() => done);
      return stopping;
    },
  };
}
