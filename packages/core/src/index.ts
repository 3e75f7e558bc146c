// types
export type { Frame, SampleArray } from './types/Frame';
export { frameLength } from './types/Frame';
export { RxdspError, FrameFormatError, ParameterError, FrameMismatchError, WavFileError } from './types/errors';
export type { TimingRecord, TimingTotals } from './types/TimingRecord';
export { createTimingRecord, DEFAULT_TIMING_CAPACITY, markArrival, markDone, resetTimingRecord } from './types/TimingRecord';
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

// sources
export { fromSamples } from './sources/fromSamples';
export type { FromSamplesOptions, FromSamplesFrame } from './sources/fromSamples';
export { loopAudio } from './sources/loopAudio';
export type { LoopAudioOptions } from './sources/loopAudio';
export { tone } from './sources/tone';
export type { ToneOptions } from './sources/tone';
export { whiteNoise } from './sources/whiteNoise';
export type { WhiteNoiseOptions } from './sources/whiteNoise';
export { chirp } from './sources/chirp';
export type { ChirpOptions } from './sources/chirp';
export type { GeneratedOptions, GeneratedDtype, GeneratedFrame } from './internal/generate';

// operators
export { reframe } from './operators/reframe';
export type { ReframeOptions } from './operators/reframe';
export { toFloat } from './operators/toFloat';
export type { ToFloatOptions } from './operators/toFloat';
export { toInt16 } from './operators/toInt16';
export type { ToInt16Options, ClipEvent } from './operators/toInt16';
export { clipCounter } from './operators/clipCounter';
export type { ClipCounter } from './operators/clipCounter';
export { gain } from './operators/gain';
export type { GainOptions } from './operators/gain';
export { pan } from './operators/pan';
export type { PanOptions } from './operators/pan';
export { mixChannels } from './operators/mixChannels';
export type { MixChannelsOptions, MixMatrix } from './operators/mixChannels';
export { selectChannels } from './operators/selectChannels';
export { mergeChannels } from './operators/mergeChannels';
// `processFrames` is the same operator under a name that does not shadow Node's global `process`
export { process, process as processFrames } from './operators/process';
export type { ProcessFn } from './operators/process';
export { takeSeconds } from './operators/takeSeconds';

// device boundary
export { interleave } from './device/interleave';
export { deinterleave } from './device/deinterleave';
export { simulatedDevice } from './device/simulatedDevice';
export type {
  DeviceRecording,
  SimulatedDacSink,
  SimulatedDevice,
  SimulatedDeviceOptions,
  SimulatedDuplexHandle,
} from './device/simulatedDevice';
export type { DeviceInput, InputEnd } from './internal/deviceInput';

// io
export { readWav } from './wav/readWav';
export type { ReadWavOptions, ReadWavDtype, ReadWavFrame } from './wav/readWav';
export { writeWav } from './wav/writeWav';
export type { WriteWavOptions } from './wav/writeWav';

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

// dsp: complex-response helpers shared by @rxdsp/filters and @rxdsp/analysis (both re-export them by name)
export { magnitudeDb } from './dsp/magnitudeDb';
export type { MagnitudeDbOptions } from './dsp/magnitudeDb';
export { unwrapPhase } from './dsp/unwrapPhase';
