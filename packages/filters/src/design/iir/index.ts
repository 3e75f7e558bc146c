// IIR design: responses, conversions, prototypes, designs, order selection, audio sections.
// Re-exported by name from the package barrel (src/index.ts).

// complex numbers
export type { Complex } from './complex';
export { complex, cadd, csub, cmul, cscale, cdiv, cconj, cneg, cabs, csqrt, cexp, csinh, cprod, cisReal, sortComplex } from './complex';
// types
// (the kernels export the input type `Sos`; the designs' concrete output type is exported as `SosSections`)
export type { BA, ZPK, Sos as SosSections, BandType, IirOutput, FrequencyResponse } from './types';
// responses
export { freqz } from './freqz';
export type { FreqzOptions } from './freqz';
export { sosfreqz } from './sosfreqz';
export type { SosfreqzOptions } from './sosfreqz';
export { freqzZpk } from './freqzZpk';
export type { FreqzZpkOptions } from './freqzZpk';
export { freqs } from './freqs';
export { freqsZpk } from './freqsZpk';
export { groupDelay } from './groupDelay';
export type { GroupDelayOptions, GroupDelayResult } from './groupDelay';
// (magnitudeDb and unwrapPhase live in @rxdsp/core, shared with @rxdsp/analysis; re-exported here by name)
export { magnitudeDb, unwrapPhase } from '@rxdsp/core';
export type { MagnitudeDbOptions } from '@rxdsp/core';
// conversions
export { tf2zpk } from './tf2zpk';
export { zpk2tf } from './zpk2tf';
export { zpk2sos } from './zpk2sos';
export type { SosPairing, Zpk2SosOptions } from './zpk2sos';
export { tf2sos } from './tf2sos';
export { sos2tf } from './sos2tf';
export { sos2zpk } from './sos2zpk';
export { bilinear } from './bilinear';
export { bilinearZpk } from './bilinearZpk';
// analog frequency transformations: scipy's names take (b, a); the zpk forms (scipy's lp2*_zpk) carry a Zpk suffix
export { lp2lp } from './lp2lp';
export { lp2hp } from './lp2hp';
export { lp2bp } from './lp2bp';
export { lp2bs } from './lp2bs';
export { lp2lpZpk } from './lp2lpZpk';
export { lp2hpZpk } from './lp2hpZpk';
export { lp2bpZpk } from './lp2bpZpk';
export { lp2bsZpk } from './lp2bsZpk';
// analog prototypes and special functions
export { buttap } from './buttap';
export { cheb1ap } from './cheb1ap';
export { cheb2ap } from './cheb2ap';
export { ellipap } from './ellipap';
export { besselap } from './besselap';
export type { BesselNorm } from './besselap';
export { ellipk } from './ellipk';
export { ellipkm1 } from './ellipkm1';
export { ellipj } from './ellipj';
export type { JacobiElliptic } from './ellipj';
// designs
export { iirfilter } from './iirfilter';
export type { IirFamily, IirFamilyInput, BandTypeInput, IirDesign, IirDesignOptions, IirFilterOptions } from './iirfilter';
export { butter } from './butter';
export { cheby1 } from './cheby1';
export { cheby2 } from './cheby2';
export { ellip } from './ellip';
export { bessel } from './bessel';
export type { BesselOptions } from './bessel';
export { iirdesign } from './iirdesign';
export type { IirdesignOptions } from './iirdesign';
// order selection
export { buttord } from './buttord';
export { cheb1ord } from './cheb1ord';
export { cheb2ord } from './cheb2ord';
export { ellipord } from './ellipord';
export type { OrderOptions, OrderResult } from './internal/orderSelection';
// audio sections
export { iirnotch } from './iirnotch';
export { iirpeak } from './iirpeak';
export { peaking } from './peaking';
export { lowShelf } from './lowShelf';
export { highShelf } from './highShelf';
export { cascade } from './cascade';
export { iircomb } from './iircomb';
export type { IircombOptions } from './iircomb';
// auditory filters
export { gammatone } from './gammatone';
export type { GammatoneOptions } from './gammatone';
