// kernels (plain TypeScript, no RxJS): lfilter, sosfilt, FIR/FFT convolution …
export * from './kernels/index';
// operators (RxJS): linearFilter, sosFilter, firFilter, lms …
export * from './operators/index';
// design: FIR (windows, firwin, kaiserord, remez, firls, course helpers)
export * from './design/fir/index';
// design: IIR (butter … ellip, order selection, conversions, audio sections, responses)
export * from './design/iir/index';
// multirate: upfirdn, resamplePoly, decimate, filtfilt/sosfiltfilt, streaming resample and drift compensation
export * from './multirate/index';
