// operators (RxJS): frames in, frames out
export type { FloatFrame } from './filterOperator';
export type { LinearCoefficients, LinearFilterOptions } from './linearFilter';
export { linearFilter } from './linearFilter';
export type { SosFilterOptions } from './sosFilter';
export { sosFilter } from './sosFilter';
export type { FirFilterOptions } from './firFilter';
export { firFilter } from './firFilter';
export type { LmsOperator } from './lms';
export { lms } from './lms';
