import type { Observable, OperatorFunction, SchedulerLike } from 'rxjs';
import type { Frame } from '@rxdsp/core';
import type { LiveParameter } from './LiveParameter';

/** Stream settings of one run, from the command line or the panel, after defaults. */
export interface ExampleSettings {
  /** Hz. */
  readonly sampleRate: number;
  /** Samples per channel per frame. */
  readonly frameLength: number;
  /** Channel count of the device stream. */
  readonly channels: number;
  /** Run length in seconds (> 0), or 0 to run until stopped (the panel). */
  readonly seconds: number;
  /** Folder the plots and WAV files are written to. */
  readonly outDir: string;
  /** Example-specific options (`--wav`, `--filter`), by option name. */
  readonly extra: Readonly<Record<string, string>>;
  /**
   * Seconds of the newest input and output kept for the report (`--history`, > 0; default
   * {@link DEFAULT_HISTORY_SECONDS}): the captures are rings of this length, so a run of any
   * length holds a fixed amount of memory. The stream statistics always cover the whole run.
   */
  readonly historySeconds?: number;
}

/** Default of {@link ExampleSettings.historySeconds}: 10 s (every example's default run fits). */
export const DEFAULT_HISTORY_SECONDS = 10;

/** Seconds of the newest frames the activity plot shows (at most the history): 5 s, a default run. */
export const ACTIVITY_PLOT_SECONDS = 5;

/** An example-specific command-line option (`--wav <path>`). */
export interface ExampleOption {
  readonly name: string;
  readonly description: string;
  readonly defaultValue?: string;
}

/** A filter's design, for plotting the theoretical response under a measurement. */
export type FilterDesign =
  | { readonly kind: 'ba'; readonly b: ArrayLike<number>; readonly a: ArrayLike<number> }
  | { readonly kind: 'sos'; readonly sos: ReadonlyArray<ArrayLike<number>> };

/** What the finished run hands to {@link ExampleRun.finish}. */
export interface FinishContext {
  readonly settings: ExampleSettings;
  /**
   * Frames that entered the pipeline (newest `captureSeconds` or `historySeconds`), planar Int16.
   * Sample i of `input` and sample i of `output` are the same position in the stream.
   */
  readonly input: CapturedSignal;
  /** Frames that left the pipeline (newest `captureSeconds` or `historySeconds`), planar Int16. */
  readonly output: CapturedSignal;
  /** Path of a file in the output folder, named `<example>-<file>`. */
  outPath(name: string): string;
  /** Writes the captured output (16-bit PCM WAV, via the capture's `toWav`) and returns its path. */
  writeOutputWav(path: string): Promise<string>;
}

/** Captured samples of one side of the pipeline, per channel, as Float64 int16-scale values. */
export interface CapturedSignal {
  readonly channels: readonly Float64Array[];
  /** Every sample that passed, per channel, including those no longer kept. */
  readonly totalSamples: number;
  readonly sampleRate: number;
}

/** What an example reports after its run: printed lines and written files. */
export interface ExampleReport {
  readonly lines: readonly string[];
  readonly files: readonly string[];
  /** Figures for tests and the CLI (e.g. `{ leftRmsDb: -20.1 }`). */
  readonly figures: Readonly<Record<string, number>>;
}

/**
 * One run of an example: fresh live parameters, the pipeline that reads them, and the
 * signal it needs.
 *
 * - `source` absent: a duplex example; the device's ADC feeds `pipeline`, its output
 *   goes to the DAC (on the simulated device the ADC plays `simulatedInput`, looped).
 * - `source` present: a playback example (looped music, a WAV file, white noise);
 *   `source(scheduler)` feeds `pipeline` and the result goes to the DAC.
 */
export interface ExampleRun {
  readonly parameters: readonly LiveParameter[];
  readonly pipeline: OperatorFunction<Frame<Int16Array>, Frame<Int16Array>>;
  /**
   * The ADC signal of the simulated device for a duplex example: a finite, unpaced source of
   * `seconds` of signal (the device loops it for longer runs).
   */
  readonly simulatedInput?: (seconds: number) => Observable<Frame<Int16Array>>;
  /** The generated signal of a playback example (paced by `scheduler` when given, as fast as taken otherwise). */
  readonly source?: (scheduler: SchedulerLike | undefined) => Observable<Frame<Int16Array>>;
  /** Keep only the newest seconds of input and output (default: the settings' `historySeconds`). */
  readonly captureSeconds?: number;
  /** The filter under test, when the example runs one (for `rxdsp measure`). */
  readonly design?: FilterDesign | undefined;
  /** Called once the stream has ended: checks and plots what was captured. */
  finish(ctx: FinishContext): Promise<ExampleReport>;
}

/**
 * A runnable example: what the CLI (`rxdsp run`, `rxdsp panel`) and the example's own
 * file (`npx tsx examples/<name>.ts`) both run.
 */
export interface ExampleDefinition {
  /** File and command name (`iir-notch`). */
  readonly name: string;
  /** One line. */
  readonly title: string;
  /** The paragraph saying what it shows. */
  readonly description: string;
  readonly defaults: {
    readonly sampleRate: number;
    readonly frameLength: number;
    readonly channels: number;
    readonly seconds: number;
  };
  readonly options?: readonly ExampleOption[];
  /** True when each run has one filter under test (`run.design`), so `rxdsp measure --filter <name>` can measure it. */
  readonly measurable?: boolean;
  /** Builds a run: new parameters and a new pipeline (each run has its own filter state). */
  create(settings: ExampleSettings): ExampleRun;
}
