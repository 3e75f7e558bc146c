// Internal FFT plans for @rxdsp/analysis (not exported from the package).
//
// Power-of-two sizes (≥ 4) use fft.js directly. Other sizes use a direct DFT when tiny, a
// mixed-radix Cooley–Tukey transform (radix 4, 2, 3, 5 and generic radices, kissfft-style
// recursion over a shared twiddle table) when the prime factors are small enough for it to be
// cheaper, and Bluestein's chirp-z algorithm (on a power-of-two fft.js transform) otherwise, so every `nfft` scipy
// accepts (odd, prime, …) is supported with double-precision accuracy.
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
  if (n < 16) return directPlan(n);
  return mixedRadixCost(n) <= bluesteinCost(n) ? mixedRadixPlan(n) : bluesteinPlan(n);
}

/**
 * Rough operation counts (complex multiply-adds) used to choose between the two algorithms
 * for a non-power-of-two n: the mixed-radix transform costs ≈ size·c(p) per stage (c ≈ 1.5 for
 * the specialised radices 2, 3, 4, 5, p for a generic radix p); Bluestein costs two fft.js
 * transforms of length m ≥ 2n − 1 plus three pointwise passes (fft.js's radix-4 kernel counted
 * at half weight: it is measured about twice as fast per operation as the generic code).
 */
function mixedRadixCost(n: number): number {
  const size = n % 2 === 0 ? n / 2 : n;
  let c = n % 2 === 0 ? size : 0; // the real/complex split pass
  for (const p of radixFactors(size)) c += size * (p <= 5 ? 1.5 : p);
  return c;
}

function bluesteinCost(n: number): number {
  const m = nextPowerOfTwo(2 * n - 1);
  return 0.5 * (2 * m * Math.log2(m) * 0.75) + 3 * m;
}

/** Prime factors of n in the order the mixed-radix plan uses them: 4s, then 2, then odd primes ascending. */
export function radixFactors(n: number): number[] {
  const f: number[] = [];
  let m = n;
  while (m % 4 === 0) {
    f.push(4);
    m /= 4;
  }
  while (m % 2 === 0) {
    f.push(2);
    m /= 2;
  }
  for (let p = 3; p * p <= m; p += 2) {
    while (m % p === 0) {
      f.push(p);
      m /= p;
    }
  }
  if (m > 1) f.push(m);
  return f;
}

/**
 * Complex mixed-radix DFT of length n (split re/im arrays), decimation in time: the input is
 * split into p interleaved subsequences, each transformed recursively into a contiguous
 * block of the output, then combined in place by radix-p butterflies.
 */
export class MixedRadixFft {
  readonly n: number;
  private readonly factors: number[];
  /** Length of the sub-transforms below each stage (product of the later factors). */
  private readonly stageM: number[];
  private readonly twRe: Float64Array;
  private readonly twIm: Float64Array;
  private readonly scratchRe: Float64Array;
  private readonly scratchIm: Float64Array;

  constructor(n: number) {
    this.n = n;
    this.factors = radixFactors(n);
    this.stageM = this.factors.map((_, i) => this.factors.slice(i + 1).reduce((a, b) => a * b, 1));
    this.twRe = new Float64Array(n);
    this.twIm = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      this.twRe[k] = Math.cos((2 * Math.PI * k) / n);
      this.twIm[k] = -Math.sin((2 * Math.PI * k) / n);
    }
    let maxP = 1;
    for (const p of this.factors) maxP = Math.max(maxP, p);
    this.scratchRe = new Float64Array(2 * maxP);
    this.scratchIm = new Float64Array(2 * maxP);
  }

  /** Forward DFT of (inRe, inIm) into (outRe, outIm) (all length n, outputs distinct from inputs). */
  forward(inRe: Float64Array, inIm: Float64Array, outRe: Float64Array, outIm: Float64Array): void {
    this.work(outRe, outIm, 0, inRe, inIm, 0, 1, 0);
  }

  private work(
    oRe: Float64Array,
    oIm: Float64Array,
    oOff: number,
    iRe: Float64Array,
    iIm: Float64Array,
    iOff: number,
    fstride: number,
    stage: number,
  ): void {
    const p = this.factors[stage]!;
    const m = this.stageM[stage]!;
    if (m === 1) {
      for (let j = 0; j < p; j++) {
        oRe[oOff + j] = iRe[iOff + j * fstride]!;
        oIm[oOff + j] = iIm[iOff + j * fstride]!;
      }
    } else {
      for (let j = 0; j < p; j++) this.work(oRe, oIm, oOff + j * m, iRe, iIm, iOff + j * fstride, fstride * p, stage + 1);
    }
    if (p === 2) this.bfly2(oRe, oIm, oOff, fstride, m);
    else if (p === 4) this.bfly4(oRe, oIm, oOff, fstride, m);
    else if (p === 3) this.bfly3(oRe, oIm, oOff, fstride, m);
    else if (p === 5) this.bfly5(oRe, oIm, oOff, fstride, m);
    else this.bflyGeneric(oRe, oIm, oOff, fstride, m, p);
  }

  private bfly3(re: Float64Array, im: Float64Array, off: number, fstride: number, m: number): void {
    const twRe = this.twRe, twIm = this.twIm;
    const s = Math.sqrt(3) / 2; // W3 = −1/2 − i·√3/2
    for (let k = 0; k < m; k++) {
      const i0 = off + k, i1 = i0 + m, i2 = i1 + m;
      const w1 = k * fstride, w2 = 2 * w1;
      const a1r = re[i1]! * twRe[w1]! - im[i1]! * twIm[w1]!;
      const a1i = re[i1]! * twIm[w1]! + im[i1]! * twRe[w1]!;
      const a2r = re[i2]! * twRe[w2]! - im[i2]! * twIm[w2]!;
      const a2i = re[i2]! * twIm[w2]! + im[i2]! * twRe[w2]!;
      const t1r = a1r + a2r, t1i = a1i + a2i;
      const t2r = a1r - a2r, t2i = a1i - a2i;
      const a0r = re[i0]!, a0i = im[i0]!;
      const mr = a0r - 0.5 * t1r, mi = a0i - 0.5 * t1i;
      re[i0] = a0r + t1r;
      im[i0] = a0i + t1i;
      re[i1] = mr + s * t2i;
      im[i1] = mi - s * t2r;
      re[i2] = mr - s * t2i;
      im[i2] = mi + s * t2r;
    }
  }

  private bfly5(re: Float64Array, im: Float64Array, off: number, fstride: number, m: number): void {
    const twRe = this.twRe, twIm = this.twIm;
    const c1 = Math.cos((2 * Math.PI) / 5), c2 = Math.cos((4 * Math.PI) / 5);
    const s1 = Math.sin((2 * Math.PI) / 5), s2 = Math.sin((4 * Math.PI) / 5);
    for (let k = 0; k < m; k++) {
      const i0 = off + k, i1 = i0 + m, i2 = i1 + m, i3 = i2 + m, i4 = i3 + m;
      const w1 = k * fstride, w2 = 2 * w1, w3 = 3 * w1, w4 = 4 * w1;
      const a1r = re[i1]! * twRe[w1]! - im[i1]! * twIm[w1]!;
      const a1i = re[i1]! * twIm[w1]! + im[i1]! * twRe[w1]!;
      const a2r = re[i2]! * twRe[w2]! - im[i2]! * twIm[w2]!;
      const a2i = re[i2]! * twIm[w2]! + im[i2]! * twRe[w2]!;
      const a3r = re[i3]! * twRe[w3]! - im[i3]! * twIm[w3]!;
      const a3i = re[i3]! * twIm[w3]! + im[i3]! * twRe[w3]!;
      const a4r = re[i4]! * twRe[w4]! - im[i4]! * twIm[w4]!;
      const a4i = re[i4]! * twIm[w4]! + im[i4]! * twRe[w4]!;
      const a0r = re[i0]!, a0i = im[i0]!;
      const b1r = a1r + a4r, b1i = a1i + a4i, b4r = a1r - a4r, b4i = a1i - a4i;
      const b2r = a2r + a3r, b2i = a2i + a3i, b3r = a2r - a3r, b3i = a2i - a3i;
      // X1,4 = a0 + c1·b1 + c2·b2 ∓ i·(s1·b4 + s2·b3); X2,3 = a0 + c2·b1 + c1·b2 ∓ i·(s2·b4 − s1·b3)
      const p1r = a0r + c1 * b1r + c2 * b2r, p1i = a0i + c1 * b1i + c2 * b2i;
      const v1r = s1 * b4r + s2 * b3r, v1i = s1 * b4i + s2 * b3i;
      const p2r = a0r + c2 * b1r + c1 * b2r, p2i = a0i + c2 * b1i + c1 * b2i;
      const v2r = s2 * b4r - s1 * b3r, v2i = s2 * b4i - s1 * b3i;
      re[i0] = a0r + b1r + b2r;
      im[i0] = a0i + b1i + b2i;
      re[i1] = p1r + v1i;
      im[i1] = p1i - v1r;
      re[i4] = p1r - v1i;
      im[i4] = p1i + v1r;
      re[i2] = p2r + v2i;
      im[i2] = p2i - v2r;
      re[i3] = p2r - v2i;
      im[i3] = p2i + v2r;
    }
  }

  private bfly2(re: Float64Array, im: Float64Array, off: number, fstride: number, m: number): void {
    const twRe = this.twRe, twIm = this.twIm;
    for (let k = 0; k < m; k++) {
      const a = off + k, b = a + m;
      const wr = twRe[k * fstride]!, wi = twIm[k * fstride]!;
      const tr = re[b]! * wr - im[b]! * wi;
      const ti = re[b]! * wi + im[b]! * wr;
      re[b] = re[a]! - tr;
      im[b] = im[a]! - ti;
      re[a] = re[a]! + tr;
      im[a] = im[a]! + ti;
    }
  }

  private bfly4(re: Float64Array, im: Float64Array, off: number, fstride: number, m: number): void {
    const twRe = this.twRe, twIm = this.twIm;
    for (let k = 0; k < m; k++) {
      const i0 = off + k, i1 = i0 + m, i2 = i1 + m, i3 = i2 + m;
      const w1 = k * fstride, w2 = 2 * w1, w3 = 3 * w1;
      const a1r = re[i1]! * twRe[w1]! - im[i1]! * twIm[w1]!;
      const a1i = re[i1]! * twIm[w1]! + im[i1]! * twRe[w1]!;
      const a2r = re[i2]! * twRe[w2]! - im[i2]! * twIm[w2]!;
      const a2i = re[i2]! * twIm[w2]! + im[i2]! * twRe[w2]!;
      const a3r = re[i3]! * twRe[w3]! - im[i3]! * twIm[w3]!;
      const a3i = re[i3]! * twIm[w3]! + im[i3]! * twRe[w3]!;
      const a0r = re[i0]!, a0i = im[i0]!;
      const s0r = a0r + a2r, s0i = a0i + a2i;
      const s1r = a0r - a2r, s1i = a0i - a2i;
      const s2r = a1r + a3r, s2i = a1i + a3i;
      const s3r = a1r - a3r, s3i = a1i - a3i;
      re[i0] = s0r + s2r;
      im[i0] = s0i + s2i;
      re[i2] = s0r - s2r;
      im[i2] = s0i - s2i;
      // forward transform: X1 = s1 − i·s3, X3 = s1 + i·s3
      re[i1] = s1r + s3i;
      im[i1] = s1i - s3r;
      re[i3] = s1r - s3i;
      im[i3] = s1i + s3r;
    }
  }

  private bflyGeneric(re: Float64Array, im: Float64Array, off: number, fstride: number, m: number, p: number): void {
    const n = this.n;
    const twRe = this.twRe, twIm = this.twIm;
    const tRe = this.scratchRe, tIm = this.scratchIm;
    const pStride = fstride * m; // W_p = W_n^(n/p)
    for (let k = 0; k < m; k++) {
      for (let r = 0; r < p; r++) {
        const idx = off + k + r * m;
        const w = r * k * fstride;
        const wr = twRe[w]!, wi = twIm[w]!;
        tRe[r] = re[idx]! * wr - im[idx]! * wi;
        tIm[r] = re[idx]! * wi + im[idx]! * wr;
      }
      for (let q = 0; q < p; q++) {
        let sr = tRe[0]!;
        let si = tIm[0]!;
        let w = 0;
        const step = (q * pStride) % n;
        for (let r = 1; r < p; r++) {
          w += step;
          if (w >= n) w -= n;
          const wr = twRe[w]!, wi = twIm[w]!;
          sr += tRe[r]! * wr - tIm[r]! * wi;
          si += tRe[r]! * wi + tIm[r]! * wr;
        }
        re[off + k + q * m] = sr;
        im[off + k + q * m] = si;
      }
    }
  }
}

function mixedRadixPlan(n: number): RealFftPlan {
  const bins = Math.floor(n / 2) + 1;
  const out = new Float64Array(2 * bins);
  if (n % 2 === 1) {
    // Odd n: a full complex transform with zero imaginary input.
    const fft = new MixedRadixFft(n);
    const xr = new Float64Array(n);
    const xi = new Float64Array(n);
    const yr = new Float64Array(n);
    const yi = new Float64Array(n);
    return {
      n,
      bins,
      forward(x, offset = 0) {
        for (let i = 0; i < n; i++) xr[i] = x[offset + i]!;
        fft.forward(xr, xi, yr, yi);
        for (let k = 0; k < bins; k++) {
          out[2 * k] = yr[k]!;
          out[2 * k + 1] = k === 0 ? 0 : yi[k]!;
        }
        return out;
      },
    };
  }
  // Even n: pack z[j] = x[2j] + i·x[2j+1], transform at n/2, then split:
  // X[k] = E[k] + W_n^k·O[k], E = (Z[k] + conj Z[N−k])/2, O = (Z[k] − conj Z[N−k])/(2i).
  const N = n / 2;
  const fft = new MixedRadixFft(N);
  const zr = new Float64Array(N);
  const zi = new Float64Array(N);
  const Zr = new Float64Array(N);
  const Zi = new Float64Array(N);
  const wr = new Float64Array(N + 1);
  const wi = new Float64Array(N + 1);
  for (let k = 0; k <= N; k++) {
    wr[k] = Math.cos((2 * Math.PI * k) / n);
    wi[k] = -Math.sin((2 * Math.PI * k) / n);
  }
  return {
    n,
    bins,
    forward(x, offset = 0) {
      for (let j = 0; j < N; j++) {
        zr[j] = x[offset + 2 * j]!;
        zi[j] = x[offset + 2 * j + 1]!;
      }
      fft.forward(zr, zi, Zr, Zi);
      for (let k = 0; k <= N; k++) {
        const a = k === N ? 0 : k;
        const b = k === 0 ? 0 : N - k;
        const ar = Zr[a]!, ai = Zi[a]!;
        const br = Zr[b]!, bi = -Zi[b]!; // conj Z[N−k]
        const er = 0.5 * (ar + br), ei = 0.5 * (ai + bi);
        // (Z − conj Z')/(2i) = (dr + i·di)/(2i) = di/2 − i·dr/2
        const dr = ar - br, di = ai - bi;
        const or = 0.5 * di, oi = -0.5 * dr;
        out[2 * k] = er + wr[k]! * or - wi[k]! * oi;
        out[2 * k + 1] = k === 0 || k === N ? 0 : ei + wr[k]! * oi + wi[k]! * or;
      }
      return out;
    },
  };
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
