// @rxdsp/analysis — public API, grouped.

// latency
export type { DelayEstimate, EstimateDelayOptions } from './latency/estimateDelay';
export { estimateDelay } from './latency/estimateDelay';

// spectral estimation (scipy.signal parity)
// (ComplexArray is @rxdsp/core's, re-exported by name)
export type { ComplexArray } from '@rxdsp/core';
export type {
  Detrend,
  SegmentOptions,
  SpectralAverage,
  SpectralScaling,
  SpectralWindow,
  WelchOptions,
} from './spectral/SpectralOptions';
export type { WelchResult } from './spectral/welch';
export { welch } from './spectral/welch';
export type { PeriodogramOptions } from './spectral/periodogram';
export { periodogram } from './spectral/periodogram';
export type { CsdResult } from './spectral/csd';
export { csd } from './spectral/csd';
export type { CoherenceOptions, CoherenceResult } from './spectral/coherence';
export { coherence } from './spectral/coherence';
export type { TfEstimateResult } from './spectral/tfestimate';
export { tfestimate } from './spectral/tfestimate';
export type {
  ComplexSpectrogramResult,
  SpectrogramMode,
  SpectrogramOptions,
  SpectrogramResult,
} from './spectral/spectrogram';
export { spectrogram } from './spectral/spectrogram';
export type { StftOptions, StftResult, StftScaling } from './spectral/stft';
export { stft } from './spectral/stft';
export type { IstftOptions, IstftResult } from './spectral/istft';
export { istft } from './spectral/istft';
export type { BoundaryExtension } from './spectral/internal/boundaryExtension';
export { checkCola } from './spectral/checkCola';
export { checkNola } from './spectral/checkNola';
export { magnitude } from './spectral/complex/magnitude';
// magnitudeDb lives in @rxdsp/core (shared with @rxdsp/filters); re-exported here by name
export { magnitudeDb } from '@rxdsp/core';
export type { MagnitudeDbOptions } from '@rxdsp/core';
export type { PhaseOptions } from './spectral/complex/phase';
export { phase } from './spectral/complex/phase';

// timing and stream statistics
export type { FrameTiming, FrameTimingOptions } from './timing/frameTiming';
export { frameTiming } from './timing/frameTiming';
export type { StreamStats } from './timing/streamStats';
export { streamStats } from './timing/streamStats';
export { formatStreamStats } from './timing/formatStreamStats';
export { timingRecordOf } from './timing/timingRecordOf';

// capture
export type { Capture, CaptureOptions } from './capture/capture';
export { capture } from './capture/capture';

// streaming spectrum and level
export type { PsdEstimate, RunningAverage, RunningPsdOptions } from './spectral/RunningPsd';
export { RunningPsd } from './spectral/RunningPsd';
export type { PsdOptions } from './operators/psd';
export { psd } from './operators/psd';
export type { FrameLevel, LevelOptions } from './operators/level';
export { level } from './operators/level';

