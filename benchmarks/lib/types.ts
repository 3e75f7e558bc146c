/** One line of the benchmark table. */
export interface BenchRow {
  /** What was timed, e.g. "FIR 182 taps (remez bandpass), FFT overlap-save". */
  name: string;
  /** Our throughput in millions of samples (per channel) per second. */
  oursMsps: number;
  /** scipy's throughput on the same data, timed the same way (absent when python3/scipy is missing). */
  scipyMsps?: number;
  /** oursMsps / scipyMsps. */
  ratio?: number;
  /** Seconds of audio processed per second of compute, at the signal's sample rate. */
  realtimeFactor: number;
  /** Microseconds per frame (for the operator-overhead rows). */
  usPerFrame?: number;
  /** Free-form note (method, error vs scipy, …). */
  note?: string;
}

/** What a suite module (`benchmarks/suites/<name>.ts`) exports. */
export interface BenchSuite {
  run(): Promise<BenchRow[]>;
  /** Optional Markdown appended to RESULTS.md under the suite's heading (coefficient source, checks). */
  notes?: () => string;
}
