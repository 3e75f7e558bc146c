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

// dsp: windows (scipy.signal.windows / get_window) and the Bessel I0 they need
export { getWindow, WINDOW_NAMES } from './dsp/getWindow';
export type { GetWindowOptions, WindowName, WindowSpec } from './dsp/getWindow';
export type { WindowOptions } from './dsp/windows/windowUtils';
export { besselI0 } from './dsp/besselI0';
export { boxcar } from './dsp/windows/boxcar';
export { triang } from './dsp/windows/triang';
export { bartlett } from './dsp/windows/bartlett';
export { hann } from './dsp/windows/hann';
export { hamming } from './dsp/windows/hamming';
export { blackman } from './dsp/windows/blackman';
export { blackmanharris } from './dsp/windows/blackmanharris';
export { flattop } from './dsp/windows/flattop';
export { kaiser } from './dsp/windows/kaiser';
export { gaussian } from './dsp/windows/gaussian';
export { tukey } from './dsp/windows/tukey';
