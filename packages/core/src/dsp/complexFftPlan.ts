import { MixedRadixFft, radixFactors } from '../internal/fft/mixedRadix';
import { StockhamFft } from '../internal/fft/stockham';

/**
 * A cached plan for the complex DFT of one length n (interleaved arrays: re of element j at `[2j]`, im at
 * `[2j + 1]`, length 2n). Plans hold scratch buffers; a plan is not re-entrant, but JavaScript runs one call at a time.
 */
export interface ComplexFftPlan {
  /** Transform length. */
  readonly n: number;
  /** numpy's `fft`: `output[k] = Σ input[j]·e^(−2πijk/n)`, unscaled. `input` is not modified and may not be `output`. */
  forward(input: Float64Array, output: Float64Array): void;
  /** numpy's `ifft`: `output[j] = (1/n)·Σ input[k]·e^(+2πijk/n)`. `input` is not modified and may not be `output`. */
  inverse(input: Float64Array, output: Float64Array): void;
}

/** One forward engine: unscaled forward DFT, interleaved, input not modified, distinct arrays. */
interface Engine {
  forward(input: Float64Array, output: Float64Array): void;
}

const cache = new Map<number, ComplexFftPlan>();

/**
 * The complex FFT plan for length `n` (any integer ≥ 1), created once per length and cached: powers of two by a
 * radix-4 Stockham transform, lengths with small prime factors by a mixed-radix transform (radices 4, 2, 3, 5 and
 * generic), other lengths by Bluestein's chirp-z algorithm on a power-of-two transform — whichever an operation
 * count says is cheaper. Double precision throughout; twiddles from exact angles (matches numpy's pocketfft to
 * ~1e-15 of the input's scale).
 *
 * ## Example
 * ```ts
 * import { complexFftPlan } from '@rxdsp/core';
 * const plan = complexFftPlan(4);
 * const X = new Float64Array(8);
 * plan.forward(Float64Array.of(1, 0, 0, 0, 0, 0, 0, 0), X); // impulse → all ones: [1,0, 1,0, 1,0, 1,0]
 * ```
 *
 * @param n transform length, an integer ≥ 1
 * @throws RangeError when n is not a positive integer
 */
export function complexFftPlan(n: number): ComplexFftPlan {
  let plan = cache.get(n);
  if (plan === undefined) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`complexFftPlan: n must be a positive integer, got ${n}`);
    plan = makePlan(n, createEngine(n));
    cache.set(n, plan);
  }
  return plan;
}

function makePlan(n: number, engine: Engine): ComplexFftPlan {
  const rev = new Float64Array(2 * n);
  return {
    n,
    forward: (input, output) => engine.forward(input, output),
    inverse(input, output) {
      // ifft(X)[j] = (1/n)·fft(X[(n − k) mod n])[j]: the index-reversed, pre-scaled input through the forward engine.
      const s = 1 / n;
      rev[0] = input[0]! * s;
      rev[1] = input[1]! * s;
      for (let k = 1; k < n; k++) {
        rev[2 * k] = input[2 * (n - k)]! * s;
        rev[2 * k + 1] = input[2 * (n - k) + 1]! * s;
      }
      engine.forward(rev, output);
    },
  };
}

function isPowerOfTwo(n: number): boolean {
  return (n & (n - 1)) === 0;
}

function createEngine(n: number): Engine {
  if (isPowerOfTwo(n)) return new StockhamFft(n);
  return mixedRadixCost(n) <= bluesteinCost(n) ? mixedRadixEngine(n) : bluesteinEngine(n);
}

/**
 * Rough operation counts (complex multiply-adds) for choosing between mixed radix and Bluestein: ≈ n·c(p) per
 * mixed-radix stage (c ≈ 1.5 for the specialised radices, p for a generic radix p); Bluestein: two radix-4
 * transforms of length m ≥ 2n − 1 (counted at half weight: measured about twice as fast per operation as the
 * generic code) plus three pointwise passes.
 */
function mixedRadixCost(n: number): number {
  let c = 0;
  for (const p of radixFactors(n)) c += n * (p <= 5 ? 1.5 : p);
  return c;
}

function bluesteinCost(n: number): number {
  let m = 1;
  while (m < 2 * n - 1) m *= 2;
  return 0.5 * (2 * m * Math.log2(m) * 0.75) + 3 * m;
}

function mixedRadixEngine(n: number): Engine {
  const fft = new MixedRadixFft(n);
  const xr = new Float64Array(n);
  const xi = new Float64Array(n);
  const yr = new Float64Array(n);
  const yi = new Float64Array(n);
  return {
    forward(input, output) {
      for (let j = 0; j < n; j++) {
        xr[j] = input[2 * j]!;
        xi[j] = input[2 * j + 1]!;
      }
      fft.forward(xr, xi, yr, yi);
      for (let k = 0; k < n; k++) {
        output[2 * k] = yr[k]!;
        output[2 * k + 1] = yi[k]!;
      }
    },
  };
}

/** Bluestein: X[k] = w[k]·Σ (x[j]·w[j])·conj(w[k − j]), w[k] = e^(−iπk²/n), the convolution by FFTs of length m ≥ 2n − 1. */
function bluesteinEngine(n: number): Engine {
  let m = 1;
  while (m < 2 * n - 1) m *= 2;
  const fft = new StockhamFft(m);
  const inv = makePlan(m, fft);
  const wRe = new Float64Array(n);
  const wIm = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const q = (k * k) % (2 * n); // k² reduced mod 2n keeps the angle exact
    wRe[k] = Math.cos((Math.PI * q) / n);
    wIm[k] = -Math.sin((Math.PI * q) / n);
  }
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
  const c = new Float64Array(2 * m);
  return {
    forward(input, output) {
      for (let k = 0; k < n; k++) {
        const xr = input[2 * k]!, xi = input[2 * k + 1]!;
        a[2 * k] = xr * wRe[k]! - xi * wIm[k]!;
        a[2 * k + 1] = xr * wIm[k]! + xi * wRe[k]!;
      }
      fft.forward(a, A);
      for (let k = 0; k < m; k++) {
        const ar = A[2 * k]!, ai = A[2 * k + 1]!;
        const br = B[2 * k]!, bi = B[2 * k + 1]!;
        A[2 * k] = ar * br - ai * bi;
        A[2 * k + 1] = ar * bi + ai * br;
      }
      inv.inverse(A, c); // a[2n …) stays zero
      for (let k = 0; k < n; k++) {
        const cr = c[2 * k]!, ci = c[2 * k + 1]!;
        output[2 * k] = cr * wRe[k]! - ci * wIm[k]!;
        output[2 * k + 1] = cr * wIm[k]! + ci * wRe[k]!;
      }
    },
  };
}
