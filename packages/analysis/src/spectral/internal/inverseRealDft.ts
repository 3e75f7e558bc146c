// Internal: inverse DFTs of any length built on the real forward FFT plans (not exported from the package).
// numpy's irfft(X, n) and ifft(Z, n) semantics: the input is truncated or zero-padded to the bins the length needs.
import type { ComplexArray } from '@rxdsp/core';
import { createRealFft } from '../../internal/fftPlans';

/** Full-length forward DFT bins (re, im) of a real sequence from the one-sided plan output, by conjugate symmetry. */
function fullSpectrum(spec: Float64Array, n: number, j: number): [number, number] {
  const half = Math.floor(n / 2);
  if (j <= half) return [spec[2 * j]!, spec[2 * j + 1]!];
  return [spec[2 * (n - j)]!, -spec[2 * (n - j) + 1]!];
}

/**
 * numpy's `irfft(X, n)`: the real sequence of length n whose one-sided spectrum is X (bins 0 … ⌊n/2⌋; missing bins
 * are zero, extra ones ignored, the imaginary parts of DC and an even n's Nyquist bin ignored).
 * Computed as (1/n)·(DFT(R)[j].re + DFT(I)[j].im) with R, I the real and imaginary parts of the Hermitian extension
 * of X, both real sequences transformed by the real FFT plan.
 */
export function inverseRealDft(re: ArrayLike<number>, im: ArrayLike<number>, n: number): Float64Array {
  const half = Math.floor(n / 2);
  const r = new Float64Array(n);
  const i = new Float64Array(n);
  const bin = (k: number): [number, number] => (k < re.length ? [re[k]!, im[k]!] : [0, 0]);
  r[0] = bin(0)[0];
  for (let k = 1; k <= half; k++) {
    const [a, b] = bin(k);
    if (n % 2 === 0 && k === half) {
      r[k] = a;
      continue;
    }
    r[k] = a;
    r[n - k] = a;
    i[k] = b;
    i[n - k] = -b;
  }
  const plan = createRealFft(n);
  const R = Float64Array.from(plan.forward(r));
  const I = plan.forward(i);
  const x = new Float64Array(n);
  for (let j = 0; j < n; j++) x[j] = (fullSpectrum(R, n, j)[0] + fullSpectrum(I, n, j)[1]) / n;
  return x;
}

/**
 * numpy's `ifft(Z, n)` of a complex sequence (truncated or zero-padded to n): (1/n)·conj(DFT(Zr) − i·DFT(Zi)), the two
 * real sequences transformed by the real FFT plan.
 */
export function inverseComplexDft(re: ArrayLike<number>, im: ArrayLike<number>, n: number): ComplexArray {
  const zr = new Float64Array(n);
  const zi = new Float64Array(n);
  for (let k = 0; k < Math.min(n, re.length); k++) {
    zr[k] = re[k]!;
    zi[k] = im[k]!;
  }
  const plan = createRealFft(n);
  const A = Float64Array.from(plan.forward(zr));
  const B = plan.forward(zi);
  const outRe = new Float64Array(n);
  const outIm = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const [ar, ai] = fullSpectrum(A, n, j);
    const [br, bi] = fullSpectrum(B, n, j);
    outRe[j] = (ar + bi) / n;
    outIm[j] = (br - ai) / n;
  }
  return { re: outRe, im: outIm };
}
