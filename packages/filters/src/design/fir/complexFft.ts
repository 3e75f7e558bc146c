// Internal: the complex DFT of any length for the FIR design functions (not exported from the package), on core's
// shared FFT layer (complexFftPlan: radix-4, mixed radix or Bluestein by length).
import { complexFftPlan, type ComplexArray } from '@rxdsp/core';

/** numpy's fft / ifft of any length by core's {@link complexFftPlan}. */
function dft(x: ComplexArray, inverse: boolean): ComplexArray {
  const n = x.re.length;
  const input = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    input[2 * i] = x.re[i] as number;
    input[2 * i + 1] = x.im[i] as number;
  }
  const output = new Float64Array(2 * n);
  const plan = complexFftPlan(n);
  if (inverse) plan.inverse(input, output);
  else plan.forward(input, output);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    re[i] = output[2 * i] as number;
    im[i] = output[2 * i + 1] as number;
  }
  return { re, im };
}

/**
 * Makes the transform of a real sequence exactly Hermitian, X[n − k] = conj(X[k]), with real X[0] (and X[n/2]), as
 * scipy's pocketfft does (it transforms real input with a real FFT and mirrors it). Algorithms that take the minimum
 * of a spectrum (minimumPhase's hilbert method) depend on the mirrored bins being exactly equal.
 */
function hermitian(X: ComplexArray): ComplexArray {
  const n = X.re.length;
  X.im[0] = 0;
  if (n % 2 === 0) X.im[n / 2] = 0;
  for (let k = 1; 2 * k < n; k++) {
    X.re[n - k] = X.re[k] as number;
    X.im[n - k] = -(X.im[k] as number);
  }
  return X;
}

/**
 * numpy's `fft` (forward, no scaling) or `ifft` (inverse, scaled by 1/n) of a complex sequence of any length ≥ 1;
 * the transform of a real sequence (all imaginary parts 0) is made exactly Hermitian, as in scipy.
 */
export function complexFft(x: ComplexArray, inverse = false): ComplexArray {
  const X = dft(x, inverse);
  return x.im.every((v) => v === 0) ? hermitian(X) : X;
}
