import { estimateDelay } from '@rxdsp/analysis';
import type { RoundTrip } from './measureRoundTrip';

/** The schedule of the test signals in a recording: see {@link findRoundTrips}. */
export interface RoundTripSchedule {
  readonly sampleRate: number;
  /** Samples of silence before the first test signal. */
  readonly leadInSamples: number;
  /** Samples from one test signal to the next (> the signal's length). */
  readonly spacingSamples: number;
  readonly repetitions: number;
  /** Stream position of the recording's first sample (default 0: recorded from the start; a ring keeps only the newest samples). */
  readonly firstSample?: number;
}

/**
 * Finds each played test signal in a recording of the input: repetition r was played at output
 * sample `leadIn + r·spacing`; it is searched with `estimateDelay` in the input from that sample
 * to the next repetition, so a delay is measurable up to `spacing − signal length` samples. A
 * repetition whose window the recording does not cover gives NaN. Shared by `rxdsp latency` and
 * the plain PortAudio reference of the latency tests, so both are measured the same way.
 */
export function findRoundTrips(recording: ArrayLike<number>, signal: ArrayLike<number>, schedule: RoundTripSchedule): RoundTrip[] {
  const { sampleRate: fs, leadInSamples: leadIn, spacingSamples: spacing, repetitions } = schedule;
  const offset = schedule.firstSample ?? 0;
  const recorded = Float64Array.from(recording);
  const reference = Float64Array.from(signal);
  const trips: RoundTrip[] = [];
  for (let r = 0; r < repetitions; r++) {
    const start = leadIn + r * spacing - offset;
    const window = recorded.subarray(Math.min(Math.max(0, start), recorded.length), Math.min(Math.max(0, start + spacing), recorded.length));
    if (start < 0 || window.length < reference.length) {
      trips.push({ delaySamples: Number.NaN, delayMs: Number.NaN, estimate: { delaySamples: NaN, fractionalDelaySamples: NaN, delayMs: NaN, fractionalDelayMs: NaN, confidence: 0, confidenceDb: -Infinity, correlation: 0, polarity: 1 } });
      continue;
    }
    const estimate = estimateDelay(reference, window, fs, { minDelaySamples: 0, maxDelaySamples: window.length - reference.length });
    trips.push({ delaySamples: estimate.delaySamples, delayMs: (1000 * estimate.delaySamples) / fs, estimate });
  }
  return trips;
}
