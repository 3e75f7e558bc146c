// The package's public API, every export named (no star re-exports), grouped: types, kernels, operators, FIR design,
// IIR design, multirate.

// types
// `Sos` is the one second-order-sections type (designs return `Sos<number[]>`); `SosSections` is its
// earlier name for the designs' output, kept as a deprecated alias.
export type { Sos, SosSections } from './types/Sos';

// kernels (plain TypeScript, no RxJS)
export type { FilterKernel, FloatArray } from './kernels/FilterKernel';
export type { FilterResult } from './kernels/lfilter';
export { lfilter } from './kernels/lfilter';
export { lfiltic } from './kernels/lfiltic';
export { lfilterZi } from './kernels/lfilterZi';
export { sosfilt } from './kernels/sosfilt';
export { sosfiltZi } from './kernels/sosfiltZi';
export type { LinearFilterKernelOptions, LinearFilterMethod } from './kernels/LinearFilterKernel';
export { LinearFilterKernel } from './kernels/LinearFilterKernel';
export type { SosFilterKernelOptions } from './kernels/SosFilterKernel';
export { SosFilterKernel } from './kernels/SosFilterKernel';
export type { FirKernelOptions } from './kernels/FirKernel';
export { FirKernel } from './kernels/FirKernel';
export type { FftFirKernelOptions } from './kernels/FftFirKernel';
export { FftFirKernel, bestFftSize, fftFirCost } from './kernels/FftFirKernel';
export type { Float32FftFirKernelOptions } from './kernels/Float32FftFirKernel';
export { FLOAT32_FIR_ERROR_BOUND, Float32FftFirKernel, hasWasmSimd } from './kernels/Float32FftFirKernel';
export type { CreateFirKernelOptions, FirMethod, FirPrecision } from './kernels/createFirKernel';
export { createFirKernel, chooseFirMethod } from './kernels/createFirKernel';
export type { DuplicableKernel } from './kernels/KernelDuplicator';
export { KernelDuplicator } from './kernels/KernelDuplicator';
export type { LmsOptions } from './kernels/LmsKernel';
export { LmsKernel } from './kernels/LmsKernel';

// operators (RxJS): frames in, frames out
export type { FloatFrame } from './operators/filterOperator';
export type { LinearCoefficients, LinearFilterOptions } from './operators/linearFilter';
export { linearFilter } from './operators/linearFilter';
export type { SosFilterOptions } from './operators/sosFilter';
export { sosFilter } from './operators/sosFilter';
export type { FirFilterOptions } from './operators/firFilter';
export { firFilter } from './operators/firFilter';
export type { LmsOperator } from './operators/lms';
export { lms } from './operators/lms';

// FIR design: windows (re-exported from @rxdsp/core in scipy's vocabulary), window method, Kaiser formulas,
// Parks–McClellan, least squares and the course's order-estimating helpers.

// windows (implemented in @rxdsp/core, shared with @rxdsp/analysis)
export { getWindow } from '@rxdsp/core';
export type { WindowSpec, GetWindowOptions } from '@rxdsp/core';
// window method and Kaiser's formulas
export { firwin } from './design/fir/firwin';
export type { FirwinOptions, FirwinPassZero } from './design/fir/firwin';
// frequency sampling (scipy's firwin2) and minimum-phase conversion
export { firwin2 } from './design/fir/firwin2';
export type { Firwin2Options } from './design/fir/firwin2';
export { minimumPhase } from './design/fir/minimumPhase';
export type { MinimumPhaseMethod, MinimumPhaseOptions } from './design/fir/minimumPhase';
export { kaiserBeta } from './design/fir/kaiserBeta';
export { kaiserAtten } from './design/fir/kaiserAtten';
export { kaiserord } from './design/fir/kaiserord';
export type { KaiserOrder } from './design/fir/kaiserord';
// equiripple (Parks–McClellan)
export { remez } from './design/fir/remez';
export type { RemezOptions, RemezType } from './design/fir/remez';
export { RemezConvergenceError } from './design/fir/RemezConvergenceError';
// least squares
export { firls } from './design/fir/firls';
export type { FirlsOptions } from './design/fir/firls';
// the course's order-estimating helpers (scikit-dsp-comm fir_design_helper)
export { firRemezLowpass } from './design/fir/firRemezLowpass';
export { firRemezHighpass } from './design/fir/firRemezHighpass';
export { firRemezBandpass } from './design/fir/firRemezBandpass';
export { firRemezBandstop } from './design/fir/firRemezBandstop';
export { firKaiserLowpass } from './design/fir/firKaiserLowpass';
export { firKaiserHighpass } from './design/fir/firKaiserHighpass';
export { firKaiserBandpass } from './design/fir/firKaiserBandpass';
export { firKaiserBandstop } from './design/fir/firKaiserBandstop';
export type { FirRemezHelperOptions, FirKaiserHelperOptions, RemezOrderEstimate } from './design/fir/courseDesign';

// IIR design: responses, conversions, prototypes, designs, order selection, audio sections.

// complex numbers
export type { Complex } from './design/iir/complex';
export { complex, cadd, csub, cmul, cscale, cdiv, cconj, cneg, cabs, csqrt, cexp, csinh, cprod, cisReal, sortComplex } from './design/iir/complex';
// types
export type { BA, ZPK, BandType, IirOutput, FrequencyResponse } from './design/iir/types';
// (ComplexArray, the type of a response's `h`, is @rxdsp/core's, re-exported by name)
export type { ComplexArray } from '@rxdsp/core';
// responses
export { freqz } from './design/iir/freqz';
export type { FreqzOptions } from './design/iir/freqz';
export { sosfreqz } from './design/iir/sosfreqz';
export type { SosfreqzOptions } from './design/iir/sosfreqz';
export { freqzZpk } from './design/iir/freqzZpk';
export type { FreqzZpkOptions } from './design/iir/freqzZpk';
export { freqs } from './design/iir/freqs';
export { freqsZpk } from './design/iir/freqsZpk';
export { groupDelay } from './design/iir/groupDelay';
export type { GroupDelayOptions, GroupDelayResult } from './design/iir/groupDelay';
// (magnitudeDb and unwrapPhase live in @rxdsp/core, shared with @rxdsp/analysis; re-exported here by name)
export { magnitudeDb, unwrapPhase } from '@rxdsp/core';
export type { MagnitudeDbOptions } from '@rxdsp/core';
// conversions
export { tf2zpk } from './design/iir/tf2zpk';
export { zpk2tf } from './design/iir/zpk2tf';
export { zpk2sos } from './design/iir/zpk2sos';
export type { SosPairing, Zpk2SosOptions } from './design/iir/zpk2sos';
export { tf2sos } from './design/iir/tf2sos';
export { sos2tf } from './design/iir/sos2tf';
export { sos2zpk } from './design/iir/sos2zpk';
export { bilinear } from './design/iir/bilinear';
export { bilinearZpk } from './design/iir/bilinearZpk';
// analog frequency transformations: scipy's names take (b, a); the zpk forms (scipy's lp2*_zpk) carry a Zpk suffix
export { lp2lp } from './design/iir/lp2lp';
export { lp2hp } from './design/iir/lp2hp';
export { lp2bp } from './design/iir/lp2bp';
export { lp2bs } from './design/iir/lp2bs';
export { lp2lpZpk } from './design/iir/lp2lpZpk';
export { lp2hpZpk } from './design/iir/lp2hpZpk';
export { lp2bpZpk } from './design/iir/lp2bpZpk';
export { lp2bsZpk } from './design/iir/lp2bsZpk';
// analog prototypes and special functions
export { buttap } from './design/iir/buttap';
export { cheb1ap } from './design/iir/cheb1ap';
export { cheb2ap } from './design/iir/cheb2ap';
export { ellipap } from './design/iir/ellipap';
export { besselap } from './design/iir/besselap';
export type { BesselNorm } from './design/iir/besselap';
export { ellipk } from './design/iir/ellipk';
export { ellipkm1 } from './design/iir/ellipkm1';
export { ellipj } from './design/iir/ellipj';
export type { JacobiElliptic } from './design/iir/ellipj';
// designs
export { iirfilter } from './design/iir/iirfilter';
export type { IirFamily, IirFamilyInput, BandTypeInput, IirDesign, IirDesignOptions, IirFilterOptions } from './design/iir/iirfilter';
export { butter } from './design/iir/butter';
export { cheby1 } from './design/iir/cheby1';
export { cheby2 } from './design/iir/cheby2';
export { ellip } from './design/iir/ellip';
export { bessel } from './design/iir/bessel';
export type { BesselOptions } from './design/iir/bessel';
export { iirdesign } from './design/iir/iirdesign';
export type { IirdesignOptions } from './design/iir/iirdesign';
// order selection
export { buttord } from './design/iir/buttord';
export { cheb1ord } from './design/iir/cheb1ord';
export { cheb2ord } from './design/iir/cheb2ord';
export { ellipord } from './design/iir/ellipord';
export type { OrderOptions, OrderResult } from './design/iir/internal/orderSelection';
// audio sections
export { iirnotch } from './design/iir/iirnotch';
export { iirpeak } from './design/iir/iirpeak';
export { peaking } from './design/iir/peaking';
export { lowShelf } from './design/iir/lowShelf';
export { highShelf } from './design/iir/highShelf';
export { cascade } from './design/iir/cascade';
export { iircomb } from './design/iir/iircomb';
export type { IircombOptions } from './design/iir/iircomb';
// auditory filters
export { gammatone } from './design/iir/gammatone';
export type { GammatoneOptions } from './design/iir/gammatone';

// multirate and zero-phase: one-shot functions with scipy's names, streaming kernels, operators
export type { ExtensionMode, UpfirdnOptions } from './multirate/upfirdn';
export { upfirdn } from './multirate/upfirdn';
export type { ResamplePolyDesign } from './multirate/resamplePolyTaps';
export { resamplePolyTaps } from './multirate/resamplePolyTaps';
export type { ResamplePadtype, ResamplePolyOptions } from './multirate/resamplePoly';
export { resamplePoly } from './multirate/resamplePoly';
export type { DecimateOptions } from './multirate/decimate';
export { decimate } from './multirate/decimate';
export type { FiltfiltMethodOptions, FiltfiltOptions, FiltfiltPadtype } from './multirate/filtfilt';
export { filtfilt } from './multirate/filtfilt';
export { sosfiltfilt } from './multirate/sosfiltfilt';
export type { ResamplerKernelOptions, ResamplerState } from './multirate/ResamplerKernel';
export { ResamplerKernel } from './multirate/ResamplerKernel';
export type { ResampleOptions } from './multirate/resample';
export { resample } from './multirate/resample';
export type { FractionalResamplerOptions, FractionalResamplerState } from './multirate/FractionalResamplerKernel';
export { FractionalResamplerKernel } from './multirate/FractionalResamplerKernel';
export type { DriftControllerOptions, DriftControllerState } from './multirate/DriftController';
export { DriftController } from './multirate/DriftController';
export type { AsrcOptions, AsrcStatus } from './multirate/asrc';
export { asrc } from './multirate/asrc';
