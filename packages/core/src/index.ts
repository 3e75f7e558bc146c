// types
export type { Frame, SampleArray } from './types/Frame';
export type { ComplexArray } from './types/ComplexArray';
export { frameLength } from './types/Frame';
export { RxdspError, FrameFormatError, ParameterError, FrameMismatchError, WavFileError, NonFiniteError } from './types/errors';
export type { FrameFormatReason, WavFileErrorCode } from './types/errors';
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

// operator machinery: what every rxdsp operator (in every package) is built on; documented in the core README
export { operate } from './internal/operate';
export { liveParameter } from './internal/param';
export type { LiveParameter, LiveParameterOptions, LiveParameterValue } from './internal/param';
export { frameFormatLock, FrameFormatLock, makeFrame } from './internal/frames';
export type { FrameFormatLockOptions, FrameSampleTypes } from './internal/frames';
export { nonFiniteGuard, NonFiniteGuard, NON_FINITE_POLICIES, firstNonFinite } from './internal/nonFinite';
export type { NonFiniteEvent, NonFiniteOptions, NonFinitePolicy, NonFiniteReporting } from './internal/nonFinite';
export { reportUnhandledError } from './internal/reportUnhandledError';

// validation: the creation-time argument checks every package and extension uses (documented in the core README)
export {
  checkBoolean,
  checkComplexList,
  checkFinite,
  checkFiniteVector,
  checkInt,
  checkNonNegative,
  checkOneOf,
  checkOptions,
  checkOutputBuffer,
  checkPositive,
  checkSignal,
  describeValue,
} from './validate/validate';
export type { Choice, ComplexValue, FiniteVectorOptions } from './validate/validate';

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

// framing: the engine under reframe, the device sources' input framing and the simulated device
export { Framer } from './dsp/Framer';
export type { FramerEmit, FramerOptions } from './dsp/Framer';

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

// io: WAV file access (readWav, writeWav) needs the file system and lives in '@rxdsp/core/node'
// (src/node.ts), so that this entry imports no Node built-in and bundles for the browser.

// dsp: the real and complex FFT plans every package shares (float64, cached by size)
export { realFftPlan } from './dsp/realFftPlan';
export type { RealFftPlan } from './dsp/realFftPlan';
export { complexFftPlan } from './dsp/complexFftPlan';
export type { ComplexFftPlan } from './dsp/complexFftPlan';

// dsp: windows (scipy.signal.windows / get_window) and the Bessel I0 they need
export { getWindow, WINDOW_NAMES } from './dsp/getWindow';
export type { GetWindowOptions, WindowName, WindowParam, WindowSpec } from './dsp/getWindow';
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
export { barthann } from './dsp/windows/barthann';
export { bohman } from './dsp/windows/bohman';
export { chebwin } from './dsp/windows/chebwin';
export { cosine } from './dsp/windows/cosine';
export { dpss } from './dsp/windows/dpss';
export type { DpssNorm, DpssOptions } from './dsp/windows/dpss';
export { exponential } from './dsp/windows/exponential';
export type { ExponentialOptions } from './dsp/windows/exponential';
export { generalCosine } from './dsp/windows/generalCosine';
export { generalGaussian } from './dsp/windows/generalGaussian';
export { generalHamming } from './dsp/windows/generalHamming';
export { kaiserBesselDerived } from './dsp/windows/kaiserBesselDerived';
export { lanczos } from './dsp/windows/lanczos';
export { nuttall } from './dsp/windows/nuttall';
export { parzen } from './dsp/windows/parzen';
export { taylor } from './dsp/windows/taylor';
export type { TaylorOptions } from './dsp/windows/taylor';

// dsp: complex-response helpers shared by @rxdsp/filters and @rxdsp/analysis (both re-export them by name)
export { magnitudeDb } from './dsp/magnitudeDb';
export type { MagnitudeDbOptions } from './dsp/magnitudeDb';
export { unwrapPhase } from './dsp/unwrapPhase';
