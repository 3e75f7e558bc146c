// Internal: the power-of-two complex FFT engine of core's FFT layer (see dsp/complexFftPlan.ts).
//
// Stockham autosort, radix 4 with one radix-2 stage when log2 n is odd: no bit reversal, the data ping-pong
// between the caller's output and one scratch array. Interleaved complex (re at 2j, im at 2j+1). Twiddles
// are computed once per size, each from its exact angle (no recurrences), stored in the order the stages read them.

/** A forward complex DFT of one power-of-two length, unscaled: out[k] = Σ in[j]·e^(−2πijk/n). */
export class StockhamFft {
  readonly n: number;
  /** Per radix-4 stage, for each p < m: w1, w2, w3 (re, im each). */
  private readonly tw: Float64Array;
  private readonly radix4Stages: number;
  private readonly lastRadix2: boolean;
  private readonly scratch: Float64Array;

  constructor(n: number) {
    if (!(n >= 1 && (n & (n - 1)) === 0)) throw new RangeError(`StockhamFft: n must be a power of two, got ${n}`);
    this.n = n;
    const log2 = Math.round(Math.log2(n));
    this.radix4Stages = log2 >> 1;
    this.lastRadix2 = (log2 & 1) === 1;
    const tw: number[] = [];
    let len = n;
    for (let s = 0; s < this.radix4Stages; s++) {
      const m = len / 4;
      for (let p = 0; p < m; p++) {
        for (let r = 1; r <= 3; r++) {
          // angle −2π·r·p/len, reduced exactly: r·p < 3·len/4
          const a = (-2 * Math.PI * r * p) / len;
          tw.push(Math.cos(a), Math.sin(a));
        }
      }
      len = m;
    }
    this.tw = Float64Array.from(tw);
    this.scratch = new Float64Array(2 * n);
  }

  /** Forward transform of `input` into `output` (interleaved, length 2n each; `input` is not modified; may not alias `output`). */
  forward(input: Float64Array, output: Float64Array): void {
    const n = this.n;
    if (n === 1) {
      output[0] = input[0]!;
      output[1] = input[1]!;
      return;
    }
    const stages = this.radix4Stages + (this.lastRadix2 ? 1 : 0);
    // Choose the first destination so that the last stage writes into `output`.
    let x = input;
    let y = stages % 2 === 1 ? output : this.scratch;
    let len = n;
    let s = 1; // stride (number of interleaved sub-transforms)
    let t = 0; // twiddle cursor
    const tw = this.tw;
    for (let st = 0; st < this.radix4Stages; st++) {
      const m = len >> 2;
      if (s === 1) t = firstStage(x, y, m, tw);
      else if (m === 1) lastStage(x, y, s);
      else {
        middleStage(x, y, m, s, tw, t);
        t += 6 * m;
      }
      len = m;
      s *= 4;
      const tmp = x === input ? (y === output ? this.scratch : output) : x;
      x = y;
      y = tmp;
    }
    if (this.lastRadix2) {
      // len = 2: butterflies without twiddles.
      const half = 2 * s;
      for (let i = 0; i < half; i += 2) {
        const ar = x[i]!, ai = x[i + 1]!, br = x[i + half]!, bi = x[i + half + 1]!;
        y[i] = ar + br;
        y[i + 1] = ai + bi;
        y[i + half] = ar - br;
        y[i + half + 1] = ai - bi;
      }
    }
  }
}

/** The first radix-4 stage (stride 1): one butterfly per p, twiddles from the start of the table. Returns the cursor. */
function firstStage(x: Float64Array, y: Float64Array, m: number, tw: Float64Array): number {
  const ms = 2 * m;
  let t = 0;
  for (let p = 0; p < m; p++, t += 6) {
    const ia = 2 * p;
    const ib = 8 * p;
    const ar = x[ia]!, ai = x[ia + 1]!;
    const br = x[ia + ms]!, bi = x[ia + ms + 1]!;
    const cr = x[ia + 2 * ms]!, ci = x[ia + 2 * ms + 1]!;
    const dr = x[ia + 3 * ms]!, di = x[ia + 3 * ms + 1]!;
    const apcR = ar + cr, apcI = ai + ci, amcR = ar - cr, amcI = ai - ci;
    const bpdR = br + dr, bpdI = bi + di;
    const jR = bi - di, jI = dr - br; // −i·(b − d)
    const w1r = tw[t]!, w1i = tw[t + 1]!, w2r = tw[t + 2]!, w2i = tw[t + 3]!, w3r = tw[t + 4]!, w3i = tw[t + 5]!;
    y[ib] = apcR + bpdR;
    y[ib + 1] = apcI + bpdI;
    const u1r = amcR + jR, u1i = amcI + jI;
    y[ib + 2] = u1r * w1r - u1i * w1i;
    y[ib + 3] = u1r * w1i + u1i * w1r;
    const u2r = apcR - bpdR, u2i = apcI - bpdI;
    y[ib + 4] = u2r * w2r - u2i * w2i;
    y[ib + 5] = u2r * w2i + u2i * w2r;
    const u3r = amcR - jR, u3i = amcI - jI;
    y[ib + 6] = u3r * w3r - u3i * w3i;
    y[ib + 7] = u3r * w3i + u3i * w3r;
  }
  return t;
}

/** A radix-4 stage with m > 1 groups of stride s > 1, twiddles from cursor t. */
function middleStage(x: Float64Array, y: Float64Array, m: number, s: number, tw: Float64Array, t: number): void {
  const ms = 2 * m * s;
  const s2 = 2 * s;
  for (let p = 0; p < m; p++, t += 6) {
    const w1r = tw[t]!, w1i = tw[t + 1]!, w2r = tw[t + 2]!, w2i = tw[t + 3]!, w3r = tw[t + 4]!, w3i = tw[t + 5]!;
    let ia = s2 * p;
    let ib = 4 * s2 * p;
    const end = ia + s2;
    for (; ia < end; ia += 2, ib += 2) {
      const ar = x[ia]!, ai = x[ia + 1]!;
      const br = x[ia + ms]!, bi = x[ia + ms + 1]!;
      const cr = x[ia + 2 * ms]!, ci = x[ia + 2 * ms + 1]!;
      const dr = x[ia + 3 * ms]!, di = x[ia + 3 * ms + 1]!;
      const apcR = ar + cr, apcI = ai + ci, amcR = ar - cr, amcI = ai - ci;
      const bpdR = br + dr, bpdI = bi + di;
      const jR = bi - di, jI = dr - br; // −i·(b − d)
      y[ib] = apcR + bpdR;
      y[ib + 1] = apcI + bpdI;
      const u1r = amcR + jR, u1i = amcI + jI;
      const o1 = ib + s2;
      y[o1] = u1r * w1r - u1i * w1i;
      y[o1 + 1] = u1r * w1i + u1i * w1r;
      const u2r = apcR - bpdR, u2i = apcI - bpdI;
      const o2 = o1 + s2;
      y[o2] = u2r * w2r - u2i * w2i;
      y[o2 + 1] = u2r * w2i + u2i * w2r;
      const u3r = amcR - jR, u3i = amcI - jI;
      const o3 = o2 + s2;
      y[o3] = u3r * w3r - u3i * w3i;
      y[o3 + 1] = u3r * w3i + u3i * w3r;
    }
  }
}

/** The last radix-4 stage (m = 1): all twiddles are 1. */
function lastStage(x: Float64Array, y: Float64Array, s: number): void {
  const q = 2 * s;
  for (let ia = 0; ia < q; ia += 2) {
    const ar = x[ia]!, ai = x[ia + 1]!;
    const br = x[ia + q]!, bi = x[ia + q + 1]!;
    const cr = x[ia + 2 * q]!, ci = x[ia + 2 * q + 1]!;
    const dr = x[ia + 3 * q]!, di = x[ia + 3 * q + 1]!;
    const apcR = ar + cr, apcI = ai + ci, amcR = ar - cr, amcI = ai - ci;
    const bpdR = br + dr, bpdI = bi + di;
    const jR = bi - di, jI = dr - br; // −i·(b − d)
    y[ia] = apcR + bpdR;
    y[ia + 1] = apcI + bpdI;
    y[ia + q] = amcR + jR;
    y[ia + q + 1] = amcI + jI;
    y[ia + 2 * q] = apcR - bpdR;
    y[ia + 2 * q + 1] = apcI - bpdI;
    y[ia + 3 * q] = amcR - jR;
    y[ia + 3 * q + 1] = amcI - jI;
  }
}
