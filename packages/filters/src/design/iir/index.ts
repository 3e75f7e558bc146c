// IIR design: responses, conversions, prototypes, designs, order selection, audio sections.
// Re-exported by name from the package barrel (src/index.ts).

// complex numbers
export type { Complex } from './complex';
export { complex, cadd, csub, cmul, cscale, cdiv, cconj, cneg, cabs, csqrt, cexp, cprod, sortComplex } from './complex';
// types
export type { BA, ZPK, Sos, BandType, IirOutput, FrequencyResponse } from './types';
// responses
export { freqz } from './freqz';
export type { FreqzOptions } from './freqz';
export { sosfreqz } from './sosfreqz';
export type { SosfreqzOptions } from './sosfreqz';
export { groupDelay } from './groupDelay';
export type { GroupDelayOptions, GroupDelayResult } from './groupDelay';
export { magnitudeDb } from './magnitudeDb';
export type { MagnitudeDbOptions } from './magnitudeDb';
export { unwrapPhase } from './unwrapPhase';
