import type { Observable, Observer, OperatorFunction } from 'rxjs';
import type { Frame } from './Frame';
import type { TimingRecord } from './TimingRecord';

/** Stream format shared by every device, real or simulated. */
export interface DeviceConfig {
  /** Hz, > 0. */
  readonly sampleRate: number;
  /** Channel count, integer ≥ 1. */
  readonly channels: number;
  /** Samples per channel per frame, integer ≥ 1. */
  readonly frameLength: number;
}

/** Status events of a running device stream. */
export type DeviceEvent =
  | { readonly type: 'started'; readonly atMs: number }
  | { readonly type: 'overflow'; readonly count: number; readonly frameIndex: number }
  | { readonly type: 'underflow'; readonly count: number; readonly frameIndex: number }
  /**
   * A duplex output queue found longer than its target (after a stall, or from a pipeline that
   * emits more than it receives) and cut back to it: `count` resyncs so far; `frameIndex` is the
   * index of the first output frame dropped; `queuedSamples` the queue length (samples per
   * channel) found ahead of it.
   */
  | { readonly type: 'resync'; readonly count: number; readonly frameIndex: number; readonly queuedSamples: number }
  | { readonly type: 'stopped'; readonly reason: 'complete' | 'stopped' | 'error' }
  | { readonly type: 'error'; readonly error: unknown };

/** The DAC: an observer to pass to `frames$.subscribe(...)`. */
export interface DacSink extends Observer<Frame<Int16Array>> {
  /** Status events (started, underflow, stopped, error). */
  readonly events$: Observable<DeviceEvent>;
  /** Resolves once every frame written has been played and the output is closed. */
  drain(): Promise<void>;
}

/** Summary of a finished duplex run. */
export interface DuplexResult {
  readonly frames: number;
  readonly overflows: number;
  readonly underflows: number;
  readonly seconds: number;
}

/** A running full-duplex stream: input → pipeline → output on one clock. */
export interface DuplexHandle {
  readonly events$: Observable<DeviceEvent>;
  /** Arrival/processing marks of every frame, for `streamStats` (@rxdsp/analysis) and `activityPlot` (@rxdsp/plots). */
  readonly timing: TimingRecord;
  /** Resolves when the run ends (its `seconds` elapsed or `stop()`); rejects on error. */
  readonly done: Promise<DuplexResult>;
  /** Stops the stream; resolves once the device is closed. */
  stop(): Promise<DuplexResult>;
}

export interface DuplexRunOptions {
  /** Run length in seconds; 0 or absent = until `stop()`. */
  readonly seconds?: number;
}

/**
 * The shape shared by `simulatedDevice` (core) and the PortAudio device
 * (`@rxdsp/audio-portaudio`), so the same pipeline code runs on either.
 */
export interface AudioDevice {
  /** 'simulated', 'portaudio', … */
  readonly kind: string;
  /** A human-readable description of the device (printed by demos). */
  readonly name: string;
  readonly config: DeviceConfig;
  /** The ADC: a cold Observable of Int16 frames of exactly `config.frameLength` samples. */
  adc(): Observable<Frame<Int16Array>>;
  /** The DAC sink. */
  dac(): DacSink;
  /** Runs `pipeline` between the input and the output. */
  duplex(pipeline: OperatorFunction<Frame<Int16Array>, Frame<Int16Array>>, opts?: DuplexRunOptions): DuplexHandle;
}
