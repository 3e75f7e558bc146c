// types
export type { Frame, SampleArray } from './types/Frame';
export { frameLength } from './types/Frame';
export { RxdspError, FrameFormatError } from './types/errors';
export type { TimingRecord } from './types/TimingRecord';
export { createTimingRecord, markArrival, markDone } from './types/TimingRecord';
export type {
  AudioDevice,
  DacSink,
  DeviceConfig,
  DeviceEvent,
  DuplexHandle,
  DuplexResult,
  DuplexRunOptions,
} from './types/AudioDevice';

// internal helper shared by rxdsp packages (stable, documented in core README)
export { operate } from './internal/operate';
