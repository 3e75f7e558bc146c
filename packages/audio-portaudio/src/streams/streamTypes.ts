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

/** Running totals of a duplex run: those of {@link DeviceStats} plus the resyncs of its output queue. */
export interface DuplexStats extends DeviceStats {
  /**
   * Times the output queue was found longer than the cushion plus one frame and cut back to the
   * cushion by dropping whole output frames (a stall, or a pipeline emitting more than it receives).
   */
  resyncs: number;
  /** Output samples per channel dropped by the resyncs. */
  resyncDroppedSamples: number;
}
