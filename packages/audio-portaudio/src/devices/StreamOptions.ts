import type { DeviceSelector, LatencySpec } from './AudioDeviceInfo';

/** Options of `adc` and `dac`. */
export interface DeviceStreamOptions {
  /** Device index, case-insensitive name substring, or absent for the default device. */
  readonly device?: DeviceSelector;
  /** Hz, > 0 (e.g. 48000). */
  readonly sampleRate: number;
  /** Channel count, integer ≥ 1 and ≤ the device's channels. */
  readonly channels: number;
  /** Samples per channel per frame, integer ≥ 1; also PortAudio's framesPerBuffer. */
  readonly frameLength: number;
  /**
   * Suggested latency handed to PortAudio: seconds (> 0), or the device's default `'low'`
   * (default) or `'high'` latency. The latency PortAudio really uses is reported in the
   * `started` event and by `latencies()`.
   */
  readonly latency?: LatencySpec;
  /**
   * ALSA: ask for real-time (SCHED_FIFO) scheduling of PortAudio's callback thread (default
   * true; without the permission PortAudio silently keeps normal scheduling). The environment
   * variable `RXDSP_PA_REALTIME=0` changes the default to false.
   */
  readonly realtime?: boolean;
  /**
   * Seconds the device may take to deliver its first audio after the start (default 5, range
   * (0, 600]): some devices (Bluetooth, some USB, a PulseAudio sink with rewinds) take seconds
   * to start. After the first callback, a device silent for ~2 s is reported as failed.
   */
  readonly startTimeout?: number;
}
