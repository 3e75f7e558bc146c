/** The latencies PortAudio really uses for an open stream, in seconds. */
export interface StreamLatencies {
  readonly input: number;
  readonly output: number;
  /** The sample rate PortAudio really runs at (Hz). */
  readonly sampleRate: number;
}

/** Running totals of a device source or sink, over all its subscriptions. */
export interface DeviceStats {
  /** Frames emitted (adc) or written to the device (dac). */
  frames: number;
  /** Input overflows: PortAudio's overflow flags plus callbacks dropped because JavaScript lagged. */
  overflows: number;
  /** Input samples per channel lost (dropped callbacks), shown as gaps in `frame.index`. */
  droppedSamples: number;
  /** Output underflows: PortAudio callbacks that found too few samples queued (zeros played). */
  underflows: number;
}
