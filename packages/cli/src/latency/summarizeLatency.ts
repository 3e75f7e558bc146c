import type { RoundTrip } from './measureRoundTrip';

/** Median, spread and the ideal figure of a set of round-trip measurements. */
export interface LatencySummary {
  /** Measurements where the echo was found (peak-to-sidelobe ratio > 2). */
  readonly valid: number;
  readonly medianSamples: number;
  readonly minSamples: number;
  readonly maxSamples: number;
  /** Population standard deviation in samples. */
  readonly stdSamples: number;
  readonly medianMs: number;
  /** 2 × frameLength / fs in ms: one frame in, one frame out. */
  readonly idealMs: number;
  readonly lines: readonly string[];
}

/** Summarises round-trip measurements (the echoes not found are left out). */
export function summarizeLatency(results: readonly RoundTrip[], cfg: { readonly sampleRate: number; readonly frameLength: number }): LatencySummary {
  const d = results.filter((r) => Number.isFinite(r.delaySamples) && r.estimate.confidence > 2).map((r) => r.delaySamples).sort((a, b) => a - b);
  const n = d.length;
  const idealMs = (2000 * cfg.frameLength) / cfg.sampleRate;
  if (n === 0) {
    return { valid: 0, medianSamples: NaN, minSamples: NaN, maxSamples: NaN, stdSamples: NaN, medianMs: NaN, idealMs, lines: [`No echo found in ${results.length} repetition(s). Ideal (2 frames): ${idealMs.toFixed(2)} ms`] };
  }
  const median = n % 2 === 1 ? d[(n - 1) / 2]! : (d[n / 2 - 1]! + d[n / 2]!) / 2;
  const mean = d.reduce((s, v) => s + v, 0) / n;
  const std = Math.sqrt(d.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
  const ms = (v: number) => (1000 * v) / cfg.sampleRate;
  return {
    valid: n,
    medianSamples: median,
    minSamples: d[0]!,
    maxSamples: d[n - 1]!,
    stdSamples: std,
    medianMs: ms(median),
    idealMs,
    lines: [
      `Median ${median} samples = ${ms(median).toFixed(2)} ms over ${n} of ${results.length} repetition(s); spread ${d[0]}…${d[n - 1]} samples (${ms(d[n - 1]! - d[0]!).toFixed(2)} ms), std ${std.toFixed(1)} samples`,
      `Ideal (one frame in, one frame out: 2·${cfg.frameLength}/${cfg.sampleRate}) = ${idealMs.toFixed(2)} ms; measured − ideal = ${(ms(median) - idealMs).toFixed(2)} ms`,
    ],
  };
}
