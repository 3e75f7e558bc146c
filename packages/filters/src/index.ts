// kernels (plain TypeScript, no RxJS): lfilter, sosfilt, FIR/FFT convolution …
export * from './kernels/index';
// operators (RxJS): linearFilter, sosFilter, firFilter, lms …
export * from './operators/index';
// design: FIR (windows, firwin, kaiserord, remez, firls, course helpers)
export * from './design/fir/index';
// design: IIR (butter … ellip, order selection, conversions, audio sections, responses)
export * from './design/iir/index';
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
