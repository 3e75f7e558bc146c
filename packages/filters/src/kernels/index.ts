// kernels (plain TypeScript, no RxJS)
export type { FilterKernel, FloatArray } from './FilterKernel';
export type { FilterResult } from './lfilter';
export { lfilter } from './lfilter';
export { lfiltic } from './lfiltic';
export { lfilterZi } from './lfilterZi';
export type { Sos } from './sosfilt';
export { sosfilt } from './sosfilt';
export { sosfiltZi } from './sosfiltZi';
export type { LinearFilterKernelOptions } from './LinearFilterKernel';
export { LinearFilterKernel } from './LinearFilterKernel';
export type { SosFilterKernelOptions } from './SosFilterKernel';
export { SosFilterKernel } from './SosFilterKernel';
export type { FirKernelOptions } from './FirKernel';
export { FirKernel } from './FirKernel';
export type { FftFirKernelOptions } from './FftFirKernel';
export { FftFirKernel, bestFftSize, fftFirCost } from './FftFirKernel';
export type { CreateFirKernelOptions, FirMethod } from './createFirKernel';
export { createFirKernel, chooseFirMethod } from './createFirKernel';
