// @rxdsp/analysis — public API, grouped.

// latency
export type { DelayEstimate, EstimateDelayOptions } from './latency/estimateDelay';
export { estimateDelay } from './latency/estimateDelay';
