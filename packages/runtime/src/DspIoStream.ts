import { capture, streamStats, type Capture, type StreamStats } from '@rxdsp/analysis';
import { activityPlot, type ActivityPlotOptions, type PlotFormat, type PlotOutput } from '@rxdsp/plots';
import type { DeviceSelector, LatencySpec } from '@rxdsp/audio-portaudio';
import { checkNonNegative, checkOptions, describeValue, type DeviceEvent, type DuplexResult, type Frame, type TimingRecord } from '@rxdsp/core';
import { Subject, asyncScheduler, type Observable, type OperatorFunction, type Subscription } from 'rxjs';
import type { ExampleRun, ExampleSettings } from './ExampleDefinition';
import { loadPortAudio } from './loadPortAudio';
import type { OpenedDevice } from './openDevice';
import { startRun, type StartedRun } from './startRun';

type Pipeline = OperatorFunction<Frame<Int16Array>, Frame<Int16Array>>;

/** Options of {@link DspIoStream.open} (pyaudio_helper's `DSP_io_stream` arguments). */
export interface DspIoStreamOptions {
  /** Input device: index or name substring (default: PortAudio's default input). */
  readonly inDevice?: DeviceSelector;
  /** Output device: index or name substring (default: PortAudio's default output). */
  readonly outDevice?: DeviceSelector;
  /** Samples per channel per frame (default 1024). */
  readonly frameLength?: number;
  /** Sample rate in Hz (default 44100). */
  readonly fs?: number;
  /** Seconds of pipeline output to keep in the capture ring (default 0 = no capture), like `Tcapture`. */
  readonly tCapture?: number;
  /** Channels in and out (default 1). */
  readonly channels?: number;
  /** Suggested PortAudio latency: seconds, 'low' (default) or 'high'. */
  readonly latency?: LatencySpec;
  /** Output cushion in frames (default 1), see `duplex` of `@rxdsp/audio-portaudio`. */
  readonly prefill?: number;
}

/** Options of the {@link DspIoStream} constructor. */
export interface DspIoStreamRunOptions {
  /** Seconds of pipeline output to keep in the capture ring (default 0 = no capture), like `Tcapture`. */
  readonly tCapture?: number;
}

/** The report a DspIoStream run hands back: nothing is written, the figures stay in the object. */
const NO_REPORT = { lines: [], files: [], figures: {} } as const;

/**
 * A facade for people coming from scikit-dsp-comm's `pyaudio_helper.DSP_io_stream`: one object
 * holding the pipeline (the "callback"), the device and the frame settings, with `stream`,
 * `stop`, `streamStats`, `activityPlot` and the capture. Each `stream()` is a duplex run of the
 * runtime's {@link startRun} (the same instrumented run as `rxdsp run` and the examples: input
 * and output captures, the device's timing record), not a second implementation.
 *
 * | pyaudio_helper | rxdsp |
 * | --- | --- |
 * | `DSP_io_stream(callback, in_idx, out_idx, fs, frame_length, Tcapture)` | `await DspIoStream.open(pipeline, { inDevice, outDevice, fs, frameLength, tCapture })` |
 * | `stream(Tsec)` / `interactive_stream(0)` | `await io.stream(seconds)` / `io.stream(0)` … `io.stop()` |
 * | `stream_stats()` | `io.streamStats()` (print with `formatStreamStats`) |
 * | `cb_active_plot(start_ms, stop_ms)` | `await io.activityPlot({ startMs, stopMs, path })` |
 * | `data_capture_left` / `_right` | `io.capture.left` / `.right` |
 *
 * Each `stream()` is a new run (the pipeline is subscribed anew, so its operators start fresh);
 * `streamStats`, `activityPlot` and `capture` describe the latest run. A second `stream()` while
 * one runs is a RangeError. Errors of a run reject the Promise `stream()` returned.
 *
 * ## Example
 * ```ts
 * import { DspIoStream } from '@rxdsp/runtime';
 * import { formatStreamStats } from '@rxdsp/analysis';
 * import { toFloat, toInt16 } from '@rxdsp/core';
 * import { butter, sosFilter } from '@rxdsp/filters';
 *
 * const sos = butter(6, 2000, { fs: 48000, output: 'sos' });
 * const io = await DspIoStream.open(
 *   (x) => x.pipe(toFloat({ scale: 'unit' }), sosFilter(sos), toInt16({ scale: 'unit' })),
 *   { inDevice: 'pulse', outDevice: 'pulse', fs: 48000, frameLength: 256, tCapture: 2 },
 * );
 * await io.stream(5);
 * console.log(formatStreamStats(io.streamStats()));
 * console.log(io.capture.left.length); // 96000: the last 2 s of output
 * ```
 */
export class DspIoStream {
  private readonly pipeline: Pipeline;
  private readonly opened: OpenedDevice;
  private readonly tCapture: number;
  private readonly events = new Subject<DeviceEvent>();
  private run: StartedRun | undefined;
  private eventsSubscription: Subscription | undefined;
  private running = false;
  private cap: Capture;

  /** Status events of every run (started, overflow, underflow, stopped, error). */
  readonly events$: Observable<DeviceEvent> = this.events.asObservable();

  /**
   * Opens PortAudio devices for a DspIoStream (pyaudio_helper's constructor arguments). The
   * configuration is checked at once: an unknown device, an unsupported rate or frame length
   * rejects with `@rxdsp/audio-portaudio`'s `AudioDeviceError` (with its code); a machine without
   * `@rxdsp/audio-portaudio` (or its native addon) rejects with an Error that says why.
   *
   * @param pipeline operator from input frames to output frames (Int16, planar).
   * @param options devices, `fs` (Hz), `frameLength` (samples), `tCapture` (s), `channels`, `latency`, `prefill`.
   */
  static async open(pipeline: Pipeline, options: DspIoStreamOptions = {}): Promise<DspIoStream> {
    checkPipeline(pipeline);
    checkOptions('DspIoStream.open', options, { optional: true });
    const tCapture = checkTCapture('DspIoStream.open', options.tCapture);
    const pa = await loadPortAudio();
    if ('error' in pa) throw new Error(`DspIoStream.open: no PortAudio backend: ${pa.error}`);
    const device = pa.module.portAudioDevice({
      sampleRate: options.fs ?? 44100,
      frameLength: options.frameLength ?? 1024,
      channels: options.channels ?? 1,
      ...(options.inDevice !== undefined ? { inDevice: options.inDevice } : {}),
      ...(options.outDevice !== undefined ? { outDevice: options.outDevice } : {}),
      ...(options.latency !== undefined ? { latency: options.latency } : {}),
      ...(options.prefill !== undefined ? { prefill: options.prefill } : {}),
    });
    return new DspIoStream(pipeline, { device, kind: 'portaudio', description: `PortAudio device ${device.name}`, scheduler: asyncScheduler }, { tCapture });
  }

  /**
   * A DspIoStream on a device the runtime opened ({@link openDevice}: PortAudio or the simulated
   * device, in real or virtual time); the frame settings are the device's.
   *
   * @param pipeline operator from input frames to output frames (Int16, planar).
   * @param opened the device, from {@link openDevice} (or {@link DspIoStream.open}).
   * @param options `tCapture`: seconds of output kept (≥ 0, default 0).
   */
  constructor(pipeline: Pipeline, opened: OpenedDevice, options: DspIoStreamRunOptions = {}) {
    checkPipeline(pipeline);
    if (opened === null || typeof opened !== 'object' || typeof opened.device?.duplex !== 'function') {
      throw new TypeError(`DspIoStream: opened must be a device from openDevice, got ${describeValue(opened)}`);
    }
    this.pipeline = pipeline;
    this.opened = opened;
    this.tCapture = checkTCapture('DspIoStream', checkOptions('DspIoStream', options, { optional: true }).tCapture);
    this.cap = this.emptyCapture();
  }

  private emptyCapture(): Capture {
    return capture({ seconds: 1 / this.opened.device.config.sampleRate });
  }

  /**
   * Streams for `seconds` (0 = until {@link stop}); resolves with the run's summary when it ends.
   * @throws RangeError when a run is already going on, or for seconds that are not a finite number ≥ 0; TypeError for seconds that are not a number
   */
  stream(seconds = 0): Promise<DuplexResult> {
    if (this.running) throw new RangeError('DspIoStream.stream: a stream is already running; call stop() first');
    checkNonNegative('DspIoStream.stream', 'seconds', seconds);
    const config = this.opened.device.config;
    const settings: ExampleSettings = {
      sampleRate: config.sampleRate,
      frameLength: config.frameLength,
      channels: config.channels,
      seconds,
      outDir: '.',
      extra: {},
    };
    const run: ExampleRun = {
      parameters: [],
      pipeline: this.pipeline,
      captureSeconds: Math.max(this.tCapture, 1 / config.sampleRate),
      finish: async () => NO_REPORT,
    };
    this.running = true;
    this.eventsSubscription?.unsubscribe();
    const started = startRun('DspIoStream', run, settings, this.opened, { writeFiles: false });
    this.run = started;
    this.cap = this.tCapture > 0 ? started.captures.output : this.emptyCapture();
    this.eventsSubscription = started.events$.subscribe((e) => this.events.next(e));
    return started.stopped
      .then((summary) => {
        if (summary.device === undefined) throw new Error('DspIoStream.stream: the device did not report a duplex summary');
        return summary.device;
      })
      .finally(() => {
        this.running = false;
      });
  }

  /** Stops the running stream (if any); resolves with its summary once the device is closed. */
  async stop(): Promise<DuplexResult | undefined> {
    if (!this.run) return undefined;
    return (await this.run.stop()).device;
  }

  /** True while a run is going on. */
  get isRunning(): boolean {
    return this.running;
  }

  /** The timing record of the latest run (undefined before the first). */
  get timing(): TimingRecord | undefined {
    return this.run?.timing;
  }

  /** Frame timing statistics of the latest run (pyaudio_helper's `stream_stats`). */
  streamStats(): StreamStats {
    if (!this.run) throw new RangeError('DspIoStream.streamStats: no stream has run yet');
    return streamStats(this.run.timing);
  }

  /**
   * The activity (logic-analyser) plot of the latest run (pyaudio_helper's `cb_active_plot`): SVG
   * text, or PNG bytes with `format: 'png'` (`activityPlot` of `@rxdsp/plots`).
   */
  activityPlot<F extends PlotFormat = 'svg'>(options: ActivityPlotOptions<F> = {}): Promise<PlotOutput<F>> {
    if (!this.run) return Promise.reject(new RangeError('DspIoStream.activityPlot: no stream has run yet'));
    return activityPlot(this.run.timing, options);
  }

  /** The capture of the latest run: the last `tCapture` seconds of the pipeline's output (empty when `tCapture` is 0). */
  get capture(): Capture {
    return this.cap;
  }
}

function checkPipeline(pipeline: unknown): void {
  if (typeof pipeline !== 'function') throw new TypeError(`DspIoStream: pipeline must be an OperatorFunction, got ${describeValue(pipeline)}`);
}

function checkTCapture(fn: string, value: unknown): number {
  return checkNonNegative(fn, 'tCapture', value ?? 0);
}
