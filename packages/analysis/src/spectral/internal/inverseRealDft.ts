// Internal: inverse DFTs of any length on core's FFT plans (not exported from the package).
// numpy's irfft(X, n) and ifft(Z, n) semantics: the input is truncated or zero-padded to the bins the length needs.
import { complexFftPlan, realFftPlan, type ComplexArray } from '@rxdsp/core';

/**
 * numpy's `irfft(X, n)`: the real sequence of length n whose one-sided spectrum is X (bins 0 … ⌊n/2⌋; missing bins
 * are zero, extra ones ignored, the imaginary parts of DC and an even n's Nyquist bin ignored), by
 * {@link realFftPlan}'s inverse.
 */
export function inverseRealDft(re: ArrayLike<number>, im: ArrayLike<number>, n: number): Float64Array {
  const plan = realFftPlan(n);
  const spec = new Float64Array(2 * plan.bins);
  for (let k = 0; k < Math.min(plan.bins, re.length); k++) {
    spec[2 * k] = re[k]!;
    spec[2 * k + 1] = im[k]!;
  }
  return plan.inverse(spec, new Float64Array(n));
}

/** numpy's `ifft(Z, n)` of a complex sequence (truncated or zero-padded to n), by {@link complexFftPlan}'s inverse. */
export function inverseComplexDft(re: ArrayLike<number>, im: ArrayLike<number>, n: number): ComplexArray {
  const z = new Float64Array(2 * n);
  for (let k = 0; k < Math.min(n, re.length); k++) {
    z[2 * k] = re[k]!;
    z[2 * k + 1] = im[k]!;
  }
  const out = new Float64Array(2 * n);
  complexFftPlan(n).inverse(z, out);
  const outRe = new Float64Array(n);
  const outIm = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    outRe[j] = out[2 * j]!;
    outIm[j] = out[2 * j + 1]!;
  }
  return { re: outRe, im: outIm };
}
