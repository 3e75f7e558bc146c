// types
export type { ComplexFrame } from './types/ComplexFrame';
export { complexFrameLength, makeComplexFrame } from './types/ComplexFrame';
export { RtlTcpError, IqFileError } from './types/errors';
export type { RtlTcpErrorCode } from './types/errors';

// sources
export { rtlTcp } from './sources/rtlTcp';
export type { RtlTcpOptions, RtlGain, RtlTcpGreeting } from './sources/rtlTcp';
export { rtlTcpCommand, RTL_TCP_COMMANDS } from './sources/rtlTcpCommand';

// io
export { readIq } from './io/readIq';
export type { ReadIqOptions } from './io/readIq';
export { writeIq } from './io/writeIq';
export type { WriteIqOptions } from './io/writeIq';
export type { IqFormat } from './io/iqFormat';

// operators
export { toComplex } from './operators/toComplex';
export type { ToComplexOptions } from './operators/toComplex';
export { fromComplex } from './operators/fromComplex';
export type { ComplexPart } from './operators/fromComplex';
export { complexFir } from './operators/complexFir';
export { complexDecimate } from './operators/complexDecimate';
export { mix } from './operators/mix';
export type { MixOptions } from './operators/mix';
export { fmDemod } from './operators/fmDemod';
export type { FmDemodOptions } from './operators/fmDemod';
export { deemphasis } from './operators/deemphasis';
export type { DeemphasisOptions } from './operators/deemphasis';

// kernels (plain TypeScript, no RxJS)
export type { ComplexKernel, ComplexBlock } from './kernels/ComplexKernel';
export { ComplexFirKernel } from './kernels/ComplexFirKernel';
export { ComplexDecimatorKernel } from './kernels/ComplexDecimatorKernel';
export type { ComplexDecimatorState } from './kernels/ComplexDecimatorKernel';
export { MixKernel, MIX_ANCHOR_SAMPLES } from './kernels/MixKernel';
export type { MixState } from './kernels/MixKernel';
export { FmDemodKernel } from './kernels/FmDemodKernel';
export type { FmDemodMethod } from './kernels/FmDemodKernel';

// design
export { deemphasisDesign } from './kernels/deemphasisDesign';

// the course's FM receiver
export { fmReceiver, fmReceiverDesign } from './receiver/fmReceiver';
export type { FmReceiverOptions, FmReceiverStages, FmReceiverDesign } from './receiver/fmReceiver';
