import { checkPositive, checkSignal, complexFftPlan, realFftPlan } from '@rxdsp/core';

/** Options of {@link estimateDelay}. */
export interface EstimateDelayOptions {
  /**
   * Smallest lag searched, in samples (default 0: the captured signal cannot lead the
   * reference). May be negative, down to `-(reference.length - 1)`.
   */
  readonly minDelaySamples?: number;
  /** Largest lag searched, in samples (default `captured.length - 1`). */
  readonly maxDelaySamples?: number;
}

/** Result of {@link estimateDelay}. */
export interface DelayEstimate {
  /** Lag of the cross-correlation peak in whole samples: `captured[n + d] ≈ g·reference[n]`. NaN when `captured` is silent. */
  readonly delaySamples: number;
  /**
   * Lag refined to a fraction of a sample: the maximum of the band-limited (trigonometric)
   * interpolation of the correlation within one sample of the peak, found by Newton's method
   * on the cross spectrum (exact for a band-limited fractional delay, to ~0.01 sample on white
   * noise; a parabola through three samples is biased by up to ~0.15 sample there). It may lie
   * up to one sample outside `[minDelaySamples, maxDelaySamples]` when the peak is on an edge of
   * that range, and equals `delaySamples` when the peak is at the first or last lag the two
   * signals allow (`−(reference.length − 1)` or `captured.length − 1`: no neighbour).
   */
  readonly fractionalDelaySamples: number;
  /** `delaySamples` in milliseconds (`delaySamples / fs · 1000`). */
  readonly delayMs: number;
  /** `fractionalDelaySamples` in milliseconds. */
  readonly fractionalDelayMs: number;
  /**
   * Peak-to-sidelobe ratio (linear, ≥ 1 for a unique peak): |peak| divided by the largest
   * |correlation| outside the main lobe (the main lobe runs from the peak down to the first
   * local minimum on each side). `Infinity` when nothing lies outside the main lobe; 0 when
   * `captured` is silent. Around 1 means the delay is ambiguous.
   */
  readonly confidence: number;
  /** `confidence` in dB (`20·log10`). */
  readonly confidenceDb: number;
  /**
   * Normalised correlation coefficient at the peak, in [-1, 1]: the peak divided by
   * √(Σ reference² · Σ captured² over the matching span). ±1 for an exact scaled copy.
   */
  readonly correlation: number;
  /** Sign of the correlation peak: -1 when the loop inverts polarity. */
  readonly polarity: 1 | -1;
}


/**
 * Estimates how many samples `captured` lags `reference` by, from the peak of their FFT
 * cross-correlation — the round-trip latency of a device loop measured with an impulse, a
 * chirp or noise played out and recorded back.
 *
 * The correlation `r[d] = Σₙ captured[n + d]·reference[n]` is computed for every lag in
 * `[minDelaySamples, maxDelaySamples]` with one zero-padded FFT of length ≥
 * `reference.length + captured.length − 1`; the lag of the largest |r[d]| is the delay (a
 * negative peak means the loop inverts the signal, reported as `polarity: -1`). The maximum of
 * the band-limited interpolation of the correlation near the peak gives a sub-sample refinement. Reliability is reported
 * as the peak-to-sidelobe ratio (`confidence`) and the normalised correlation coefficient.
 *
 * Pure function; does not modify its inputs. Cost O(L log L) with L the FFT length.
 *
 * @param reference The signal that was played (any length ≥ 1; an impulse may be `[1]`).
 * @param captured The signal recorded (≥ 1 sample), normally longer than `reference`.
 * @param fs Sample rate in Hz (> 0), used for the millisecond figures.
 * @param options Search range in samples.
 * @returns The delay in samples and ms, refined delay, confidence, correlation and polarity.
 * @throws RangeError for an empty signal, a non-finite sample, an all-zero reference, fs ≤ 0 or an invalid range.
 *
 * ## Example
 * ```ts
 * import { estimateDelay } from '@rxdsp/analysis';
 * const fs = 48_000;
 * const ref = Float64Array.from({ length: 4800 }, () => Math.random() - 0.5);
 * const cap = new Float64Array(9600);
 * cap.set(ref.map((v) => 0.5 * v), 480); // 10 ms round trip
 * const d = estimateDelay(ref, cap, fs);
 * console.log(d.delaySamples, d.delayMs, d.confidenceDb.toFixed(1)); // 480 10 …
 * ```
 */
export function estimateDelay(
  reference: ArrayLike<number>,
  captured: ArrayLike<number>,
  fs: number,
  options: EstimateDelayOptions = {},
): DelayEstimate {
  checkSignal('estimateDelay', 'reference', reference, { allowEmpty: false });
  checkSignal('estimateDelay', 'captured', captured, { allowEmpty: false });
  checkPositive('estimateDelay', 'fs', fs);
  const nr = reference.length;
  const nc = captured.length;
  const lo = options.minDelaySamples ?? 0;
  const hi = options.maxDelaySamples ?? nc - 1;
  if (!Number.isInteger(lo) || lo < -(nr - 1) || lo > nc - 1) {
    throw new RangeError(`estimateDelay: minDelaySamples must be an integer in [${-(nr - 1)}, ${nc - 1}], got ${lo}`);
  }
  if (!Number.isInteger(hi) || hi < lo || hi > nc - 1) {
    throw new RangeError(`estimateDelay: maxDelaySamples must be an integer in [${lo}, ${nc - 1}], got ${hi}`);
  }
  let er = 0;
  for (let i = 0; i < nr; i++) {
    const v = reference[i]!;
    if (!Number.isFinite(v)) throw new RangeError(`estimateDelay: reference[${i}] is ${v}`);
    er += v * v;
  }
  if (er === 0) throw new RangeError('estimateDelay: reference is all zeros');
  for (let i = 0; i < nc; i++) {
    const v = captured[i]!;
    if (!Number.isFinite(v)) throw new RangeError(`estimateDelay: captured[${i}] is ${v}`);
  }

  // Cross-correlation by FFT: r = IFFT(C · conj(R)), lag d stored at index d mod L.
  let L = 4;
  while (L < nr + nc - 1) L *= 2;
  const plan = realFftPlan(L);
  const buf = new Float64Array(L);
  for (let i = 0; i < nr; i++) buf[i] = reference[i]!;
  const R = plan.forward(buf).slice();
  buf.fill(0);
  for (let i = 0; i < nc; i++) buf[i] = captured[i]!;
  const C = plan.forward(buf);
  const spec = new Float64Array(2 * L);
  const half = L / 2;
  for (let k = 0; k <= half; k++) {
    const cr = C[2 * k]!, ci = C[2 * k + 1]!;
    const rr = R[2 * k]!, ri = R[2 * k + 1]!;
    const pr = cr * rr + ci * ri;
    const pi = ci * rr - cr * ri;
    spec[2 * k] = pr;
    spec[2 * k + 1] = pi;
    if (k > 0 && k < half) {
      spec[2 * (L - k)] = pr;
      spec[2 * (L - k) + 1] = -pi;
    }
  }
  const corrC = new Float64Array(2 * L);
  complexFftPlan(L).inverse(spec, corrC);
  const corr = (d: number): number => corrC[2 * (((d % L) + L) % L)]!;

  let best = lo;
  let bestAbs = -1;
  for (let d = lo; d <= hi; d++) {
    const a = Math.abs(corr(d));
    if (a > bestAbs) {
      bestAbs = a;
      best = d;
    }
  }
  // Energy of captured over the span that overlaps the reference at the peak lag.
  let ec = 0;
  for (let i = Math.max(0, best); i < Math.min(nc, best + nr); i++) ec += captured[i]! * captured[i]!;
  // A silent capture (or one whose overlap is silent) has no estimate; round-off from the FFT
  // is ~1e-16 of √(er·Σc²), so compare against that scale rather than exact zero.
  let ecAll = 0;
  for (let i = 0; i < nc; i++) ecAll += captured[i]! * captured[i]!;
  if (ecAll === 0 || bestAbs <= 1e-12 * Math.sqrt(er * ecAll)) {
    return {
      delaySamples: Number.NaN,
      fractionalDelaySamples: Number.NaN,
      delayMs: Number.NaN,
      fractionalDelayMs: Number.NaN,
      confidence: 0,
      confidenceDb: Number.NEGATIVE_INFINITY,
      correlation: 0,
      polarity: 1,
    };
  }
  const peak = corr(best);
  const polarity: 1 | -1 = peak < 0 ? -1 : 1;

  // Sub-sample refinement on the signed (polarity-corrected) correlation. The correlation's
  // band-limited interpolation is the trigonometric sum over the cross spectrum S = C·conj(R):
  //   r(τ) = (1/L)·[S₀ + 2·Σ_{k=1}^{L/2−1} Re(S_k·e^{i2πkτ/L}) + Re(S_{L/2})·cos(πτ)],
  // equal to the computed r at integer τ. Newton's method on r'(τ) = 0 from the best sample,
  // kept within one sample of it; the parabola through three samples is the fallback.
  let frac = best;
  // Refined whenever both neighbours exist in the full correlation, even on the edge of the
  // searched range: with the default range a delay of 0.3 samples peaks at lag 0, and lag −1
  // is still a valid correlation value.
  if (best - 1 >= -(nr - 1) && best + 1 <= nc - 1) {
    const ym = polarity * corr(best - 1);
    const y0 = polarity * peak;
    const yp = polarity * corr(best + 1);
    const den = ym - 2 * y0 + yp;
    if (den < 0) {
      const delta = (0.5 * (ym - yp)) / den;
      if (Math.abs(delta) <= 0.5) frac = best + delta;
    }
    const refined = refinePeak(spec, L, best, frac, polarity);
    if (refined !== null) frac = refined;
  }

  // Main lobe: from the peak down to the first local minimum of |r| on each side.
  let left = best;
  // (non-increasing, so a peak split over two equal samples, a half-sample delay, is one lobe)
  while (left - 1 >= lo && Math.abs(corr(left - 1)) <= Math.abs(corr(left))) left--;
  let right = best;
  while (right + 1 <= hi && Math.abs(corr(right + 1)) <= Math.abs(corr(right))) right++;
  let side = 0;
  for (let d = lo; d < left; d++) side = Math.max(side, Math.abs(corr(d)));
  for (let d = right + 1; d <= hi; d++) side = Math.max(side, Math.abs(corr(d)));
  const confidence = side === 0 ? Number.POSITIVE_INFINITY : bestAbs / side;

  return {
    delaySamples: best,
    fractionalDelaySamples: frac,
    delayMs: (best / fs) * 1000,
    fractionalDelayMs: (frac / fs) * 1000,
    confidence,
    confidenceDb: 20 * Math.log10(confidence),
    correlation: ec > 0 ? Math.max(-1, Math.min(1, peak / Math.sqrt(er * ec))) : 0,
    polarity,
  };
}

/**
 * Maximises polarity·r(τ), the trigonometric interpolation of the circular correlation whose
 * spectrum is `spec` (interleaved, length L), over τ ∈ [best − 1, best + 1] by Newton's method
 * started at `start`. Returns null when it does not converge to a maximum in that range.
 */
function refinePeak(spec: Float64Array, L: number, best: number, start: number, polarity: number): number | null {
  const half = L / 2;
  const w0 = (2 * Math.PI) / L;
  let tau = start;
  for (let iter = 0; iter < 20; iter++) {
    // d1 ∝ r'(τ), d2 ∝ r''(τ) (the common factor 1/L is dropped); e^{iθk} by rotation.
    const cr = Math.cos(w0 * tau);
    const ci = Math.sin(w0 * tau);
    let er = cr;
    let ei = ci;
    let d1 = 0;
    let d2 = 0;
    for (let k = 1; k < half; k++) {
      const sr = spec[2 * k]!;
      const si = spec[2 * k + 1]!;
      // Re(S·e^{iθ}) = sr·cos − si·sin; derivatives: −(sr·sin + si·cos)·ωk and −(sr·cos − si·sin)·ωk²
      const wk = w0 * k;
      d1 -= 2 * (sr * ei + si * er) * wk;
      d2 -= 2 * (sr * er - si * ei) * wk * wk;
      const nr = er * cr - ei * ci;
      ei = er * ci + ei * cr;
      er = nr;
      if ((k & 255) === 0) {
        // re-anchor the rotation to keep its rounding error from growing with k
        er = Math.cos(w0 * tau * (k + 1));
        ei = Math.sin(w0 * tau * (k + 1));
      }
    }
    const sn = spec[2 * half]!;
    d1 -= sn * Math.PI * Math.sin(Math.PI * tau);
    d2 -= sn * Math.PI * Math.PI * Math.cos(Math.PI * tau);
    d1 *= polarity;
    d2 *= polarity;
    if (!(d2 < 0)) return null;
    const step = d1 / d2;
    tau -= step;
    if (!(Math.abs(tau - best) <= 1)) return null;
    if (Math.abs(step) < 1e-10) return tau;
  }
  return tau;
}
