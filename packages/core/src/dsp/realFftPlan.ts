import { complexFftPlan, type ComplexFftPlan } from './complexFftPlan';

/**
 * A cached plan for the DFT of a real sequence of length n: the half spectrum (bins 0 … ⌊n/2⌋, interleaved re, im)
 * and back. Plans hold their own buffers; a plan is not re-entrant, but JavaScript runs one call at a time.
 */
export interface RealFftPlan {
  /** Transform length. */
  readonly n: number;
  /** Number of one-sided bins, ⌊n/2⌋ + 1. */
  readonly bins: number;
  /**
   * numpy's `rfft` of `x[offset … offset + n)` (read only). Returns the plan's own interleaved buffer (length
   * 2·bins: re of bin k at `[2k]`, im at `[2k + 1]`; the imaginary parts of DC and an even n's Nyquist bin are
   * exactly 0), overwritten by the plan's next `forward` call.
   */
  forward(x: ArrayLike<number>, offset?: number): Float64Array;
  /**
   * numpy's `irfft(X, n)`: the real sequence (scaled by 1/n) whose half spectrum is `spectrum` (interleaved, length
   * ≥ 2·bins; the imaginary parts of DC and an even n's Nyquist bin are ignored), written to `output[0 … n)`.
   * `spectrum` is not modified. Returns `output`.
   */
  inverse<O extends Float64Array>(spectrum: ArrayLike<number>, output: O): O;
  /**
   * Circular convolution through the spectrum: `irfft(rfft(x[offset … offset + n)) · spectrum, n)` written to
   * `output[0 … n)` (`spectrum` a half spectrum as {@link RealFftPlan.forward} returns it, e.g. of an FIR's
   * zero-padded taps). For an even n the split, the product and the merge are one pass between the two complex
   * FFTs of n/2 points. `x` and `spectrum` are not modified; `output` may not be `x`. Returns `output`.
   */
  convolve<O extends Float64Array>(x: ArrayLike<number>, offset: number, spectrum: ArrayLike<number>, output: O): O;
}

const cache = new Map<number, RealFftPlan>();

/**
 * The real FFT plan for length `n` (any integer ≥ 1), created once per length and cached. An even n is computed
 * through one complex FFT of n/2 points (even samples as real parts, odd as imaginary) and one O(n) pass with the
 * standard split twiddles, both ways; an odd n through a complex FFT of n points. The complex transforms are
 * {@link complexFftPlan}'s (radix-4, mixed radix or Bluestein, any length).
 *
 * ## Example
 * ```ts
 * import { realFftPlan } from '@rxdsp/core';
 * const plan = realFftPlan(8);
 * const X = plan.forward(Float64Array.of(1, 1, 1, 1, 1, 1, 1, 1)); // [8,0, 0,0, 0,0, 0,0, 0,0]
 * const x = plan.inverse(X, new Float64Array(8));                 // the ones again
 * ```
 *
 * @param n transform length, an integer ≥ 1
 * @throws RangeError when n is not a positive integer
 */
export function realFftPlan(n: number): RealFftPlan {
  let plan = cache.get(n);
  if (plan === undefined) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`realFftPlan: n must be a positive integer, got ${n}`);
    plan = n % 2 === 0 ? evenPlan(n) : oddPlan(n);
    cache.set(n, plan);
  }
  return plan;
}

/**
 * Even n = 2N: z[j] = x[2j] + i·x[2j+1], Z = DFT_N(z); X[k] = E[k] + W^k·O[k] with E[k] = (Z[k] + conj Z[N−k])/2,
 * O[k] = (Z[k] − conj Z[N−k])/(2i), W = e^(−2πi/n). The inverse rebuilds Z[k] = E[k] + i·O[k] from
 * E[k] = (X[k] + conj X[N−k])/2, O[k] = W^(−k)·(X[k] − conj X[N−k])/2 and takes ifft_N, whose index reversal and
 * 1/N scale are folded into the same pass so that the forward engine does the transform.
 */
function evenPlan(n: number): RealFftPlan {
  const N = n / 2;
  const bins = N + 1;
  const fft: ComplexFftPlan = complexFftPlan(N);
  // W^k = cos − i·sin, k = 0 … N/2 (the pass handles k and N − k together)
  const half = N >> 1;
  const cos = new Float64Array(half + 1);
  const sin = new Float64Array(half + 1);
  for (let k = 0; k <= half; k++) {
    cos[k] = Math.cos((2 * Math.PI * k) / n);
    sin[k] = Math.sin((2 * Math.PI * k) / n);
  }
  const z = new Float64Array(n);
  const Z = new Float64Array(n);
  const out = new Float64Array(2 * bins);
  /** `x[offset … offset + n)` as a Float64Array: `x` itself when it is exactly that, else copied into z. */
  const stage = (x: ArrayLike<number>, offset: number): Float64Array => {
    if (offset === 0 && x instanceof Float64Array && x.length === n) return x;
    for (let i = 0; i < n; i++) z[i] = x[offset + i]!;
    return z;
  };
  return {
    n,
    bins,
    forward(x, offset = 0) {
      fft.forward(stage(x, offset), Z);
      const a = Z[0]!, b = Z[1]!;
      out[0] = a + b;
      out[1] = 0;
      out[2 * N] = a - b;
      out[2 * N + 1] = 0;
      for (let k = 1; k <= half; k++) {
        const j = N - k;
        const zr = Z[2 * k]!, zi = Z[2 * k + 1]!;
        const wr = Z[2 * j]!, wi = Z[2 * j + 1]!;
        // P = Z[k] + conj Z[j], Q = Z[k] − conj Z[j]; X[k] = (P − i·W^k·Q)/2, X[j] = conj((P + i·W^k·Q)/2)… written out:
        const pr = zr + wr, pi = zi - wi, qr = zr - wr, qi = zi + wi;
        const c = cos[k]!, s = sin[k]!;
        // −i·W^k·Q = −i·(c − i·s)·Q = (−s − i·c)·Q
        const tr = -s * qr + c * qi;
        const ti = -s * qi - c * qr;
        out[2 * k] = 0.5 * (pr + tr);
        out[2 * k + 1] = 0.5 * (pi + ti);
        if (j !== k) {
          out[2 * j] = 0.5 * (pr - tr);
          out[2 * j + 1] = 0.5 * (ti - pi);
        }
      }
      return out;
    },
    inverse(spec, output) {
      // Y[m] = Z[(N − m) mod N]/N, so fft.forward(Y) = ifft_N(Z) = z.
      const x0 = spec[0]!, xN = spec[2 * N]!;
      const s0 = 0.5 / N;
      // Z[0] = E[0] + i·O[0]: E[0] = (X0 + XN)/2, O[0] = (X0 − XN)/2
      z[0] = (x0 + xN) * s0;
      z[1] = (x0 - xN) * s0;
      for (let k = 1; k <= half; k++) {
        const j = N - k;
        const ar = spec[2 * k]!, ai = spec[2 * k + 1]!;
        const br = spec[2 * j]!, bi = spec[2 * j + 1]!;
        // Z[k] = (A + conj B) + i·W^(−k)·(A − conj B), times 1/2; Z[j] = (B + conj A) + i·W^(−j)·(B − conj A), times 1/2
        const pr = ar + br, pi = ai - bi, qr = ar - br, qi = ai + bi;
        const c = cos[k]!, s = sin[k]!;
        // i·W^(−k)·Q = i·(c + i·s)·Q = (−s + i·c)·Q
        const tr = -s * qr - c * qi;
        const ti = -s * qi + c * qr;
        // slot of Z[k] is N − k = j; slot of Z[j] is k
        z[2 * j] = (pr + tr) * s0;
        z[2 * j + 1] = (pi + ti) * s0;
        if (j !== k) {
          // W^(−j) = −conj(W^(−k))·… : Z[j] = conj(P) − conj(T) with the same P, T (N − j = k)
          z[2 * k] = (pr - tr) * s0;
          z[2 * k + 1] = (ti - pi) * s0;
        }
      }
      fft.forward(z, output); // n doubles: the N interleaved complex outputs are x[2j], x[2j + 1]
      return output;
    },
    convolve(x, offset, spec, output) {
      fft.forward(stage(x, offset), Z);
      const s0 = 0.5 / N;
      // DC and Nyquist: X0 = a + b, XN = a − b (real); their products' imaginary parts are dropped as irfft does.
      const y0 = (Z[0]! + Z[1]!) * spec[0]!;
      const yN = (Z[0]! - Z[1]!) * spec[2 * N]!;
      z[0] = (y0 + yN) * s0;
      z[1] = (y0 - yN) * s0;
      for (let k = 1; k <= half; k++) {
        const j = N - k;
        const c = cos[k]!, s = sin[k]!;
        // split (as forward, without the factor 1/2, folded into s0 below … and compensated by 0.5 here)
        const zr = Z[2 * k]!, zi = Z[2 * k + 1]!, wr = Z[2 * j]!, wi = Z[2 * j + 1]!;
        const pr = zr + wr, pi = zi - wi, qr = zr - wr, qi = zi + wi;
        const tr = -s * qr + c * qi, ti = -s * qi - c * qr;
        const xkr = 0.5 * (pr + tr), xki = 0.5 * (pi + ti);
        const xjr = 0.5 * (pr - tr), xji = 0.5 * (ti - pi);
        // product with the spectrum
        const hkr = spec[2 * k]!, hki = spec[2 * k + 1]!, hjr = spec[2 * j]!, hji = spec[2 * j + 1]!;
        const ar = xkr * hkr - xki * hki, ai = xkr * hki + xki * hkr;
        const br = xjr * hjr - xji * hji, bi = xjr * hji + xji * hjr;
        // merge (as inverse)
        const mr = ar + br, mi = ai - bi, nr = ar - br, ni = ai + bi;
        const ur = -s * nr - c * ni, ui = -s * ni + c * nr;
        z[2 * j] = (mr + ur) * s0;
        z[2 * j + 1] = (mi + ui) * s0;
        if (j !== k) {
          z[2 * k] = (mr - ur) * s0;
          z[2 * k + 1] = (ui - mi) * s0;
        }
      }
      fft.forward(z, output);
      return output;
    },
  };
}

/** Odd n: a complex FFT of n points with zero imaginary parts; the inverse rebuilds the Hermitian spectrum. */
function oddPlan(n: number): RealFftPlan {
  const bins = (n + 1) / 2;
  const fft = complexFftPlan(n);
  const a = new Float64Array(2 * n);
  const A = new Float64Array(2 * n);
  const out = new Float64Array(2 * bins);
  const Y = new Float64Array(2 * bins);
  const plan: RealFftPlan = {
    n,
    bins,
    forward(x, offset = 0) {
      for (let i = 0; i < n; i++) {
        a[2 * i] = x[offset + i]!;
        a[2 * i + 1] = 0;
      }
      fft.forward(a, A);
      for (let k = 0; k < 2 * bins; k++) out[k] = A[k]!;
      out[1] = 0;
      return out;
    },
    inverse(spec, output) {
      a[0] = spec[0]!;
      a[1] = 0;
      for (let k = 1; k < bins; k++) {
        const re = spec[2 * k]!, im = spec[2 * k + 1]!;
        a[2 * k] = re;
        a[2 * k + 1] = im;
        a[2 * (n - k)] = re;
        a[2 * (n - k) + 1] = -im;
      }
      fft.inverse(a, A);
      for (let i = 0; i < n; i++) output[i] = A[2 * i]!;
      return output;
    },
    convolve(x, offset, spec, output) {
      const X = plan.forward(x, offset);
      for (let k = 0; k < 2 * bins; k += 2) {
        Y[k] = X[k]! * spec[k]! - X[k + 1]! * spec[k + 1]!;
        Y[k + 1] = X[k]! * spec[k + 1]! + X[k + 1]! * spec[k]!;
      }
      return plan.inverse(Y, output);
    },
  };
  return plan;
}
