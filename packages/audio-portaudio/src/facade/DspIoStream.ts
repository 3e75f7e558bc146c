import { capture, streamStats, type Capture, type StreamStats } from '@rxdsp/analysis';
import { activityPlot, type ActivityPlotOptions, type PlotFormat, type PlotOutput } from '@rxdsp/plots';
import type { DeviceEvent, DuplexResult, Frame, TimingRecord } from '@rxdsp/core';
import { Subject, type Observable, type OperatorFunction } from 'rxjs';
import { AudioDeviceError } from '../AudioDeviceError';
import type { DeviceSelector, LatencySpec } from '../devices/AudioDeviceInfo';
import { getDefaultHost, type DeviceHost } from '../internal/DeviceHost';
import { duplexOn, resolveDuplexConfig, type PortAudioDuplexHandle } from '../streams/duplex';

type Pipeline = OperatorFunction<Frame<Int16Array>, Frame<Int16Array>>;

/** Options of {@link DspIoStream} (pyaudio_helper's `DSP_io_stream` arguments). */
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
  /** Output cushion in frames (default 1), see `duplex`. */
  readonly prefill?: number;
}

/**
 * A facade for people coming from scikit-dsp-comm's `pyaudio_helper.DSP_io_stream`: one object
 * holding the pipeline (the "callback"), the devices and the frame settings, with `stream`,
 * `stop`, `streamStats`, `activityPlot` and the capture. It is a thin layer over {@link duplex},
 * `capture` and the timing record of `@rxdsp/analysis`, not a second implementation.
 *
 * | pyaudio_helper | rxdsp |
 * | --- | --- |
 * | `DSP_io_stream(callback, in_idx, out_idx, fs, frame_length, Tcapture)` | `new DspIoStream(pipeline, { inDevice, outDevice, fs, frameLength, tCapture })` |
 * | `stream(Tsec)` / `interactive_stream(0)` | `await io.stream(seconds)` / `io.stream(0)` … `io.stop()` |
 * | `stream_stats()` | `io.streamStats()` (print with `formatStreamStats`) |
 * | `cb_active_plot(start_ms, stop_ms)` | `await io.activityPlot({ startMs, stopMs, path })` |
 * | `data_capture_left` / `_right` | `io.capture.left` / `.right` |
 *
 * Each `stream()` is a new duplex run (the pipeline is subscribed anew, so its operators start
 * fresh); `streamStats`, `activityPlot` and `capture` describe the latest run. A second `stream()`
 * while one runs is a RangeError. Errors of a run reject the Promise `stream()` returned.
 *
 * ## Example
 * ```ts
 * import { DspIoStream } from '@rxdsp/audio-portaudio';
 * import { formatStreamStats } from '@rxdsp/analysis';
 * import { toFloat, toInt16 } from '@rxdsp/core';
 * import { butter, sosFilter } from '@rxdsp/filters';
 *
 * const sos = butter(6, 2000, { fs: 48000, output: 'sos' });
 * const io = new DspIoStream(
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
  private readonly opts: Required<Pick<DspIoStreamOptions, 'frameLength' | 'fs' | 'tCapture' | 'channels'>> & DspIoStreamOptions;
  private readonly host: DeviceHost;
  private readonly events = new Subject<DeviceEvent>();
  private run: PortAudioDuplexHandle | undefined;
  private running = false;
  private cap: Capture;

  /** Status events of every run (started, overflow, underflow, stopped, error). */
  readonly events$: Observable<DeviceEvent> = this.events.asObservable();

  constructor(pipeline: Pipeline, options: DspIoStreamOptions = {}, host: DeviceHost = getDefaultHost()) {
    if (typeof pipeline !== 'function') throw new TypeError(`DspIoStream: pipeline must be an OperatorFunction, got ${String(pipeline)}`);
    const tCapture = options.tCapture ?? 0;
    if (typeof tCapture !== 'number' || !Number.isFinite(tCapture) || tCapture < 0) {
      throw new AudioDeviceError('INVALID_OPTION', `DspIoStream: tCapture must be seconds >= 0, got ${String(tCapture)}`);
    }
    this.pipeline = pipeline;
    this.host = host;
    this.opts = { ...options, frameLength: options.frameLength ?? 1024, fs: options.fs ?? 44100, tCapture, channels: options.channels ?? 1 };
    this.cap = this.newCapture();
    // validate devices and format now, as duplex would (nothing is opened)
    this.check();
  }

  private newCapture(): Capture {
    return capture({ seconds: Math.max(this.opts.tCapture, 1 / this.opts.fs) });
  }

  private duplexOptions(seconds: number) {
    const o = this.opts;
    return {
      sampleRate: o.fs,
      frameLength: o.frameLength,
      channels: o.channels,
      seconds,
      ...(o.inDevice !== undefined ? { inDevice: o.inDevice } : {}),
      ...(o.outDevice !== undefined ? { outDevice: o.outDevice } : {}),
      ...(o.latency !== undefined ? { latency: o.latency } : {}),
      ...(o.prefill !== undefined ? { prefill: o.prefill } : {}),
    };
  }

  private check(): void {
    resolveDuplexConfig(this.host, this.duplexOptions(0), 'DspIoStream');
  }

  /**
   * Streams for `seconds` (0 = until {@link stop}); resolves with the run's summary when it ends.
   * @throws RangeError when a run is already going on
   */
  stream(seconds = 0): Promise<DuplexResult> {
    if (this.running) throw new RangeError('DspIoStream.stream: a stream is already running; call stop() first');
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      throw new RangeError(`DspIoStream.stream: seconds must be a finite number >= 0, got ${String(seconds)}`);
    }
    this.cap = this.newCapture();
    const cap = this.cap;
    const keep = this.opts.tCapture > 0;
    const pipeline: Pipeline = (src) => {
      const out = src.pipe(this.pipeline);
      return keep ? out.pipe(cap as unknown as OperatorFunction<Frame<Int16Array>, Frame<Int16Array>>) : out;
    };
    this.running = true;
    const run = duplexOn(this.host, this.duplexOptions(seconds), pipeline, 'DspIoStream');
    this.run = run;
    run.events$.subscribe((e) => this.events.next(e));
    return run.done.finally(() => {
      this.running = false;
    });
  }

  /** Stops the running stream (if any); resolves with its summary once the device is closed. */
  async stop(): Promise<DuplexResult | undefined> {
    return this.run ? this.run.stop() : undefined;
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

  /** The capture of the latest run: the last `tCapture` seconds of the pipeline's output. */
  get capture(): Capture {
    return this.cap;
  }
}
