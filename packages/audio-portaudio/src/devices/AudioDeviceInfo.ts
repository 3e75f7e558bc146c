/** A PortAudio device, as `listDevices()` reports it. Latencies are in seconds. */
export interface AudioDeviceInfo {
  /** PortAudio device index (what `device: number` selects). */
  readonly index: number;
  readonly name: string;
  /** Host API, e.g. 'ALSA'. */
  readonly hostApi: string;
  readonly maxInputChannels: number;
  readonly maxOutputChannels: number;
  /** Hz. */
  readonly defaultSampleRate: number;
  /** Seconds; what `latency: 'low'` selects for input. */
  readonly defaultLowInputLatency: number;
  /** Seconds; what `latency: 'low'` selects for output. */
  readonly defaultLowOutputLatency: number;
  /** Seconds; what `latency: 'high'` selects for input. */
  readonly defaultHighInputLatency: number;
  /** Seconds; what `latency: 'high'` selects for output. */
  readonly defaultHighOutputLatency: number;
  readonly isDefaultInput: boolean;
  readonly isDefaultOutput: boolean;
}

/** How a device is chosen: PortAudio index, case-insensitive name substring, or the default. */
export type DeviceSelector = number | string | undefined;

/** Suggested latency: seconds (> 0), or the device's default 'low' / 'high' latency. */
export type LatencySpec = number | 'low' | 'high';
