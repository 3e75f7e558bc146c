// FIR design: windows (re-exported from @rxdsp/core in scipy's vocabulary), window method, Kaiser formulas,
// Parks–McClellan, least squares and the course's order-estimating helpers.
// Re-exported by name from the package barrel (src/index.ts).

// windows (implemented in @rxdsp/core, shared with @rxdsp/analysis)
export { getWindow } from '@rxdsp/core';
export type { WindowSpec, GetWindowOptions } from '@rxdsp/core';
// window method and Kaiser's formulas
export { firwin } from './firwin';
export type { FirwinOptions, FirwinPassZero } from './firwin';
// frequency sampling (scipy's firwin2) and minimum-phase conversion
export { firwin2 } from './firwin2';
export type { Firwin2Options } from './firwin2';
export { minimumPhase } from './minimumPhase';
export type { MinimumPhaseMethod, MinimumPhaseOptions } from './minimumPhase';
export { kaiserBeta } from './kaiserBeta';
export { kaiserAtten } from './kaiserAtten';
export { kaiserord } from './kaiserord';
export type { KaiserOrder } from './kaiserord';
// equiripple (Parks–McClellan)
export { remez } from './remez';
export type { RemezOptions, RemezType } from './remez';
export { RemezConvergenceError } from './RemezConvergenceError';
// least squares
export { firls } from './firls';
export type { FirlsOptions } from './firls';
// the course's order-estimating helpers (scikit-dsp-comm fir_design_helper)
export { firRemezLowpass } from './firRemezLowpass';
export { firRemezHighpass } from './firRemezHighpass';
export { firRemezBandpass } from './firRemezBandpass';
export { firRemezBandstop } from './firRemezBandstop';
export { firKaiserLowpass } from './firKaiserLowpass';
export { firKaiserHighpass } from './firKaiserHighpass';
export { firKaiserBandpass } from './firKaiserBandpass';
export { firKaiserBandstop } from './firKaiserBandstop';
export type { FirRemezHelperOptions, FirKaiserHelperOptions, RemezOrderEstimate } from './courseDesign';
