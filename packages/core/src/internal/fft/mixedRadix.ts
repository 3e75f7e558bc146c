// Internal: the mixed-radix complex FFT engine of core's FFT layer (see dsp/complexFftPlan.ts), for lengths
// whose prime factors are small: kissfft-style recursion over a shared twiddle table, specialised radices
// 4, 2, 3, 5 and a generic radix p.

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
