// multirate and zero-phase filtering: one-shot functions (scipy names), the streaming resampler kernel and operators
export type { ExtensionMode, UpfirdnOptions } from './upfirdn';
export { upfirdn } from './upfirdn';
export type { ResamplePolyDesign } from './resamplePolyTaps';
export { resamplePolyTaps } from './resamplePolyTaps';
export type { ResamplePadtype, ResamplePolyOptions } from './resamplePoly';
export { resamplePoly } from './resamplePoly';
export type { DecimateOptions } from './decimate';
export { decimate } from './decimate';
export type { FiltfiltOptions, FiltfiltPadtype } from './filtfilt';
export { filtfilt } from './filtfilt';
export { sosfiltfilt } from './sosfiltfilt';
export type { ResamplerKernelOptions, ResamplerState } from './ResamplerKernel';
export { ResamplerKernel } from './ResamplerKernel';
export type { ResampleOptions } from './resample';
export { resample } from './resample';
