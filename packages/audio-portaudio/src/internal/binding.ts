import { createRequire } from 'node:module';

/** One device as @rxdsp/portaudio-native reports it (latencies in seconds). */
export interface NativeDeviceInfo {
  readonly id: number;
  readonly name: string;
  readonly hostAPIName: string;
  readonly maxInputChannels: number;
  readonly maxOutputChannels: number;
  readonly defaultSampleRate: number;
  readonly defaultLowInputLatency: number;
  readonly defaultLowOutputLatency: number;
  readonly defaultHighInputLatency: number;
  readonly defaultHighOutputLatency: number;
  readonly isDefaultInput: boolean;
  readonly isDefaultOutput: boolean;
}

/** One direction of a native stream: device index (-1 = default), channels, suggested latency (s). */
export interface NativeDirection {
  readonly device: number;
  readonly channels: number;
  readonly latency: number;
}

export interface NativeStreamOptions {
  readonly input?: NativeDirection;
  readonly output?: NativeDirection;
  readonly sampleRate: number;
  /** PortAudio framesPerBuffer (0 = let PortAudio choose). */
  readonly framesPerBuffer: number;
  /** Capacity of the output ring, in frames (samples per channel). */
  readonly outputRingFrames?: number;
  /** Input frames allowed to wait for JavaScript before input is dropped (and counted). */
  readonly maxPendingFrames?: number;
  /** ALSA: run PortAudio's callback thread with real-time scheduling when permitted (default true). */
  readonly realtime?: boolean;
}

/** What the stream reports once open: the latencies PortAudio actually uses. */
export interface NativeStreamInfo {
  readonly inputLatency: number;
  readonly outputLatency: number;
  readonly sampleRate: number;
}

/**
 * Called on the JavaScript thread once per PortAudio callback.
 * `input` holds interleaved little-endian int16 samples (null for output-only streams or
 * when the callback's input was dropped); counters are running totals since the stream opened.
 */
export type NativeCallback = (
  input: Uint8Array | null,
  frames: number,
  adcTime: number,
  dacTime: number,
  now: number,
  statusFlags: number,
  droppedFrames: number,
  underflows: number,
  playedFrames: number,
  queuedFrames: number,
) => void;

/** The running state of an open stream, read at the moment of the call (`RtStream.info()`). */
export interface NativeStreamStatus {
  /** Output frames (samples per channel) still in the ring. */
  readonly queuedFrames: number;
  /** Output frames taken from the ring so far. */
  readonly playedFrames: number;
}

export interface NativeStream {
  open(onData: NativeCallback): Promise<NativeStreamInfo>;
  start(): Promise<void>;
  stop(abort?: boolean): Promise<void>;
  close(): Promise<void>;
  /** Copies interleaved int16 samples into the output ring; returns the bytes accepted. */
  write(data: Int16Array | Uint8Array): number;
  /** While set, an output ring that runs short is the end of the output, not an underflow. */
  endOutput(flag: boolean): void;
  /** The stream's running state now (the rxdsp patch has it; absent in older builds). */
  info?(): NativeStreamStatus;
}

/** The part of @rxdsp/portaudio-native (rxdsp's fork of naudiodon) this package uses. */
export interface PortAudioBinding {
  listDevices(): NativeDeviceInfo[];
  /** '' when supported, else PortAudio's error text. */
  isFormatSupported(opts: Omit<NativeStreamOptions, 'framesPerBuffer'>): string;
  initialize(): Promise<void>;
  versionInfo(): string;
  readonly RtStream: new (opts: NativeStreamOptions) => NativeStream;
}

/** PortAudio callback status flags (portaudio.h). */
export const PA_INPUT_UNDERFLOW = 0x1;
export const PA_INPUT_OVERFLOW = 0x2;
export const PA_OUTPUT_UNDERFLOW = 0x4;
export const PA_OUTPUT_OVERFLOW = 0x8;

let cached: PortAudioBinding | undefined;
let loadError: unknown;

/**
 * Loads @rxdsp/portaudio-native (the addon: a prebuilt binary, or one compiled at install).
 * Throws the load error, or an Error naming what is missing, when it cannot be used.
 */
export function loadBinding(): PortAudioBinding {
  if (cached) return cached;
  if (loadError !== undefined) throw loadError;
  try {
    const req = createRequire(import.meta.url);
    const mod = req('@rxdsp/portaudio-native') as Partial<PortAudioBinding>;
    if (typeof mod.RtStream !== 'function' || typeof mod.listDevices !== 'function') {
      throw new Error('@rxdsp/portaudio-native loaded without RtStream/listDevices: reinstall @rxdsp/audio-portaudio');
    }
    cached = mod as PortAudioBinding;
    return cached;
  } catch (err) {
    loadError = err;
    throw err;
  }
}
