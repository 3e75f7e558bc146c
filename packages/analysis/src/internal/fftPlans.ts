// Internal FFT plans for @rxdsp/analysis (not exported from the package).
//
// Power-of-two sizes (≥ 4) use fft.js directly. Other sizes use a direct DFT for small n and
// Bluestein's chirp-z algorithm (on a power-of-two fft.js transform) for larger n, so every
// `nfft` scipy accepts (odd, prime, …) is supported with double-precision accuracy.
import FFT from 'fft.js';

/** A plan for the DFT of a real sequence of length `n`; bins 0 … ⌊n/2⌋ only. */
export interface RealFftPlan {
  /** Transform length. */
  readonly n: number;
  /** Number of one-sided bins, ⌊n/2⌋ + 1. */
  readonly bins: number;
  /**
   * Transforms `x[offset … offset+n-1]` (read only). Returns the plan's own interleaved
   * buffer: re of bin k at `[2k]`, im at `[2k+1]`, for k < bins. Overwritten by the next call.
   */
  forward(x: ArrayLike<number>, offset?: number): Float64Array;
}

/** A plan for the complex DFT of length `n` (a power of two ≥ 2). */
export interface ComplexFftPlan {
  readonly n: number;
  /** Forward transform of interleaved `input` into interleaved `output` (distinct arrays, length 2n). */
  forward(input: Float64Array, output: Float64Array): void;
  /** Inverse transform including the 1/n factor. */
  inverse(input: Float64Array, output: Float64Array): void;
}

/** True when n is a power of two (n ≥ 1). */
export function isPowerOfTwo(n: number): boolean {
  return n >= 1 && (n & (n - 1)) === 0;
}

/** The smallest power of two ≥ n. */
export function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** Complex FFT of a power-of-two length ≥ 2. */
export function createComplexFft(n: number): ComplexFftPlan {
  if (!isPowerOfTwo(n) || n < 2) throw new RangeError(`createComplexFft: n must be a power of two >= 2, got ${n}`);
  if (n === 2) {
    return {
      n,
      forward(a, o) {
        const r0 = a[0]!, i0 = a[1]!, r1 = a[2]!, i1 = a[3]!;
        o[0] = r0 + r1; o[1] = i0 + i1; o[2] = r0 - r1; o[3] = i0 - i1;
      },
      inverse(a, o) {
        const r0 = a[0]!, i0 = a[1]!, r1 = a[2]!, i1 = a[3]!;
        o[0] = (r0 + r1) / 2; o[1] = (i0 + i1) / 2; o[2] = (r0 - r1) / 2; o[3] = (i0 - i1) / 2;
      },
    };
  }
  const f = new FFT(n);
  return {
    n,
    forward: (input, output) => f.transform(output, input),
    inverse: (input, output) => f.inverseTransform(output, input),
  };
}

/** Creates a real-input FFT plan of any length n ≥ 1. */
export function createRealFft(n: number): RealFftPlan {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`createRealFft: n must be a positive integer, got ${n}`);
  if (isPowerOfTwo(n) && n >= 4) return powerOfTwoPlan(n);
  if (n < 64) return directPlan(n);
  return bluesteinPlan(n);
}

function powerOfTwoPlan(n: number): RealFftPlan {
  const f = new FFT(n);
  const out = new Float64Array(2 * n);
  const bins = n / 2 + 1;
  let scratch: Float64Array | null = null;
  return {
    n,
    bins,
    forward(x, offset = 0) {
      let src: ArrayLike<number> = x;
      if (offset !== 0 || x.length !== n) {
        scratch ??= new Float64Array(n);
        for (let i = 0; i < n; i++) scratch[i] = x[offset + i]!;
        src = scratch;
      }
      f.realTransform(out, src);
      // fft.js leaves the Nyquist bin's imaginary part as computed; it is exactly zero for real input.
      out[n + 1] = 0;
      out[1] = 0;
      return out;
    },
  };
}

function directPlan(n: number): RealFftPlan {
  const bins = Math.floor(n / 2) + 1;
  const cos = new Float64Array(n);
  const sin = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    cos[t] = Math.cos((2 * Math.PI * t) / n);
    sin[t] = Math.sin((2 * Math.PI * t) / n);
  }
  const out = new Float64Array(2 * bins);
  return {
    n,
    bins,
    forward(x, offset = 0) {
      for (let k = 0; k < bins; k++) {
        let re = 0;
        let im = 0;
        let t = 0;
        for (let j = 0; j < n; j++) {
          const v = x[offset + j]!;
          re += v * cos[t]!;
          im -= v * sin[t]!;
          t += k;
          if (t >= n) t -= n;
        }
        out[2 * k] = re;
        out[2 * k + 1] = k === 0 || 2 * k === n ? 0 : im;
      }
      return out;
    },
  };
}

function bluesteinPlan(n: number): RealFftPlan {
  const bins = Math.floor(n / 2) + 1;
  const m = nextPowerOfTwo(2 * n - 1);
  const fft = createComplexFft(m);
  // chirp w[k] = exp(-iπ k²/n), with k² reduced mod 2n to keep the phase exact.
  const wRe = new Float64Array(n);
  const wIm = new Float64Array(n);
  const twoN = 2 * n;
  for (let k = 0; k < n; k++) {
    const q = (k * k) % twoN;
    wRe[k] = Math.cos((Math.PI * q) / n);
    wIm[k] = -Math.sin((Math.PI * q) / n);
  }
  // B = FFT of b, b[k] = conj(w[k]) at k and m-k.
  const b = new Float64Array(2 * m);
  for (let k = 0; k < n; k++) {
    b[2 * k] = wRe[k]!;
    b[2 * k + 1] = -wIm[k]!;
    if (k > 0) {
      b[2 * (m - k)] = wRe[k]!;
      b[2 * (m - k) + 1] = -wIm[k]!;
    }
  }
  const B = new Float64Array(2 * m);
  fft.forward(b, B);
  const a = new Float64Array(2 * m);
  const A = new Float64Array(2 * m);
  const out = new Float64Array(2 * bins);
  return {
    n,
    bins,
    forward(x, offset = 0) {
      a.fill(0);
      for (let k = 0; k < n; k++) {
        const v = x[offset + k]!;
        a[2 * k] = v * wRe[k]!;
        a[2 * k + 1] = v * wIm[k]!;
      }
      fft.forward(a, A);
      for (let k = 0; k < m; k++) {
        const ar = A[2 * k]!, ai = A[2 * k + 1]!;
        const br = B[2 * k]!, bi = B[2 * k + 1]!;
        A[2 * k] = ar * br - ai * bi;
        A[2 * k + 1] = ar * bi + ai * br;
      }
      fft.inverse(A, a);
      for (let k = 0; k < bins; k++) {
        const cr = a[2 * k]!, ci = a[2 * k + 1]!;
        out[2 * k] = cr * wRe[k]! - ci * wIm[k]!;
        out[2 * k + 1] = k === 0 || 2 * k === n ? 0 : cr * wIm[k]! + ci * wRe[k]!;
      }
      return out;
    },
  };
}
