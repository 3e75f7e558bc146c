// Internal: the complex DFT of any length for the FIR design functions (not exported from the package).
// Power-of-two lengths use fft.js; other lengths use Bluestein's chirp-z algorithm on a power-of-two fft.js
// transform. (@rxdsp/analysis has richer FFT plans, but filters may not depend on analysis.)
import type { ComplexArray } from '@rxdsp/core';
import FFT from 'fft.js';

function isPowerOfTwo(n: number): boolean {
  return n >= 1 && (n & (n - 1)) === 0;
}

function powerOfTwoDft(x: ComplexArray, inverse: boolean): ComplexArray {
  const n = x.re.length;
  if (n === 1) return { re: Float64Array.from(x.re), im: Float64Array.from(x.im) };
  if (n === 2) {
    const s = inverse ? 0.5 : 1;
    const [r0, r1, i0, i1] = [x.re[0] as number, x.re[1] as number, x.im[0] as number, x.im[1] as number];
    return { re: Float64Array.of((r0 + r1) * s, (r0 - r1) * s), im: Float64Array.of((i0 + i1) * s, (i0 - i1) * s) };
  }
  const f = new FFT(n);
  const input = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    input[2 * i] = x.re[i] as number;
    input[2 * i + 1] = x.im[i] as number;
  }
  const output = new Float64Array(2 * n);
  if (inverse) f.inverseTransform(output, input);
  else f.transform(output, input);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    re[i] = output[2 * i] as number;
    im[i] = output[2 * i + 1] as number;
  }
  return { re, im };
}

function bluestein(x: ComplexArray, inverse: boolean): ComplexArray {
  const n = x.re.length;
  const sign = inverse ? 1 : -1;
  // chirp c_k = exp(sign·iπk²/n), k² reduced modulo 2n so the angle stays exact
  const cr = new Float64Array(n);
  const ci = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = (Math.PI * ((k * k) % (2 * n))) / n;
    cr[k] = Math.cos(a);
    ci[k] = sign * Math.sin(a);
  }
  let m = 1;
  while (m < 2 * n - 1) m *= 2;
  const a: ComplexArray = { re: new Float64Array(m), im: new Float64Array(m) };
  const b: ComplexArray = { re: new Float64Array(m), im: new Float64Array(m) };
  for (let k = 0; k < n; k++) {
    const xr = x.re[k] as number;
    const xi = x.im[k] as number;
    a.re[k] = xr * (cr[k] as number) - xi * (ci[k] as number);
    a.im[k] = xr * (ci[k] as number) + xi * (cr[k] as number);
  }
  b.re[0] = cr[0] as number;
  b.im[0] = -(ci[0] as number);
  for (let k = 1; k < n; k++) {
    b.re[k] = cr[k] as number;
    b.im[k] = -(ci[k] as number);
    b.re[m - k] = cr[k] as number;
    b.im[m - k] = -(ci[k] as number);
  }
  const fa = powerOfTwoDft(a, false);
  const fb = powerOfTwoDft(b, false);
  for (let i = 0; i < m; i++) {
    const r = (fa.re[i] as number) * (fb.re[i] as number) - (fa.im[i] as number) * (fb.im[i] as number);
    fa.im[i] = (fa.re[i] as number) * (fb.im[i] as number) + (fa.im[i] as number) * (fb.re[i] as number);
    fa.re[i] = r;
  }
  const conv = powerOfTwoDft(fa, true);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  const scale = inverse ? 1 / n : 1;
  for (let k = 0; k < n; k++) {
    const yr = conv.re[k] as number;
    const yi = conv.im[k] as number;
    re[k] = (yr * (cr[k] as number) - yi * (ci[k] as number)) * scale;
    im[k] = (yr * (ci[k] as number) + yi * (cr[k] as number)) * scale;
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
  const X = isPowerOfTwo(x.re.length) ? powerOfTwoDft(x, inverse) : bluestein(x, inverse);
  return x.im.every((v) => v === 0) ? hermitian(X) : X;
}
