// Internal: the power-of-two complex FFT engine of core's FFT layer (see dsp/complexFftPlan.ts).
//
// Stockham autosort, decimation in frequency: radix-8 stages, then radix 4 (or one radix 2) for what log2 n
// leaves, so 512 points take 3 passes over the data instead of 5 radix-4/2 passes. No bit reversal: the data
// ping-pong between the caller's output and one scratch array. Interleaved complex (re at 2j, im at 2j + 1).
// Twiddles are computed once per size, each from its exact angle (no recurrences), stored in the order the
// stages read them. A stage of radix R over sub-length len = R·m with stride s maps
// a_r = x[q + s·(p + r·m)] to y[q + s·(R·p + k)] = e^(−2πi·k·p/len) · DFT_R(a)_k.

const SQRT1_2 = Math.SQRT1_2;

/** A forward complex DFT of one power-of-two length, unscaled: out[k] = Σ in[j]·e^(−2πijk/n). */
export class StockhamFft {
  readonly n: number;
  /** The radix of each stage, first to last (8s, then a 4 or a 2 or 4·4). */
  private readonly radices: readonly number[];
  /** Per stage, for each p < m: w^k for k = 1 … R − 1 (re, im each). */
  private readonly tw: Float64Array;
  private readonly scratch: Float64Array;

  constructor(n: number) {
    if (!(n >= 1 && (n & (n - 1)) === 0)) throw new RangeError(`StockhamFft: n must be a power of two, got ${n}`);
    this.n = n;
    const log2 = Math.round(Math.log2(n));
    const radices: number[] = [];
    let rest = log2;
    if (rest % 3 === 1 && rest >= 4) {
      radices.push(4, 4);
      rest -= 4;
    } else if (rest % 3 === 2) {
      radices.push(4);
      rest -= 2;
    } else if (rest === 1) {
      radices.push(2);
      rest = 0;
    }
    while (rest >= 3) {
      radices.unshift(8);
      rest -= 3;
    }
    this.radices = radices;
    const tw: number[] = [];
    let len = n;
    for (const R of radices) {
      const m = len / R;
      for (let p = 0; p < m; p++) {
        for (let k = 1; k < R; k++) {
          const a = (-2 * Math.PI * k * p) / len; // k·p < len: the angle is reduced
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
    const radices = this.radices;
    // Choose the first destination so that the last stage writes into `output`.
    let x = input;
    let y = radices.length % 2 === 1 ? output : this.scratch;
    let len = n;
    let s = 1;
    let t = 0;
    const tw = this.tw;
    for (let st = 0; st < radices.length; st++) {
      const R = radices[st]!;
      const m = len / R;
      if (R === 8) radix8(x, y, m, s, tw, t);
      else if (R === 4) radix4(x, y, m, s, tw, t);
      else radix2(x, y, s);
      t += 2 * (R - 1) * m;
      len = m;
      s *= R;
      const next = x === input ? (y === output ? this.scratch : output) : x;
      x = y;
      y = next;
    }
  }
}

function radix2(x: Float64Array, y: Float64Array, s: number): void {
  // n = 2 only (m = 1): butterflies without twiddles.
  const half = 2 * s;
  for (let i = 0; i < half; i += 2) {
    const ar = x[i]!, ai = x[i + 1]!, br = x[i + half]!, bi = x[i + half + 1]!;
    y[i] = ar + br;
    y[i + 1] = ai + bi;
    y[i + half] = ar - br;
    y[i + half + 1] = ai - bi;
  }
}

function radix4(x: Float64Array, y: Float64Array, m: number, s: number, tw: Float64Array, t: number): void {
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
      multiply(y, ib + s2, amcR + jR, amcI + jI, w1r, w1i);
      multiply(y, ib + 2 * s2, apcR - bpdR, apcI - bpdI, w2r, w2i);
      multiply(y, ib + 3 * s2, amcR - jR, amcI - jI, w3r, w3i);
    }
  }
}

/** Radix 8 as two radix-4 DFTs (even and odd inputs) joined by W8^k. */
function radix8(x: Float64Array, y: Float64Array, m: number, s: number, tw: Float64Array, t: number): void {
  const ms = 2 * m * s;
  const s2 = 2 * s;
  for (let p = 0; p < m; p++, t += 14) {
    let ia = s2 * p;
    let ib = 8 * s2 * p;
    const end = ia + s2;
    for (; ia < end; ia += 2, ib += 2) {
      // even inputs a0, a2, a4, a6
      const a0r = x[ia]!, a0i = x[ia + 1]!;
      const a2r = x[ia + 2 * ms]!, a2i = x[ia + 2 * ms + 1]!;
      const a4r = x[ia + 4 * ms]!, a4i = x[ia + 4 * ms + 1]!;
      const a6r = x[ia + 6 * ms]!, a6i = x[ia + 6 * ms + 1]!;
      const e0r = a0r + a4r, e0i = a0i + a4i, e1r = a0r - a4r, e1i = a0i - a4i;
      const e2r = a2r + a6r, e2i = a2i + a6i, e3r = a2i - a6i, e3i = a6r - a2r; // −i·(a2 − a6)
      const E0r = e0r + e2r, E0i = e0i + e2i, E2r = e0r - e2r, E2i = e0i - e2i;
      const E1r = e1r + e3r, E1i = e1i + e3i, E3r = e1r - e3r, E3i = e1i - e3i;
      // odd inputs a1, a3, a5, a7
      const a1r = x[ia + ms]!, a1i = x[ia + ms + 1]!;
      const a3r = x[ia + 3 * ms]!, a3i = x[ia + 3 * ms + 1]!;
      const a5r = x[ia + 5 * ms]!, a5i = x[ia + 5 * ms + 1]!;
      const a7r = x[ia + 7 * ms]!, a7i = x[ia + 7 * ms + 1]!;
      const o0r = a1r + a5r, o0i = a1i + a5i, o1r = a1r - a5r, o1i = a1i - a5i;
      const o2r = a3r + a7r, o2i = a3i + a7i, o3r = a3i - a7i, o3i = a7r - a3r; // −i·(a3 − a7)
      const O0r = o0r + o2r, O0i = o0i + o2i, O2r = o0r - o2r, O2i = o0i - o2i;
      const O1r = o1r + o3r, O1i = o1i + o3i, O3r = o1r - o3r, O3i = o1i - o3i;
      // W8^k·O_k: W8 = (1 − i)/√2, W8² = −i, W8³ = −(1 + i)/√2
      const P1r = SQRT1_2 * (O1r + O1i), P1i = SQRT1_2 * (O1i - O1r);
      const P2r = O2i, P2i = -O2r;
      const P3r = SQRT1_2 * (O3i - O3r), P3i = -SQRT1_2 * (O3r + O3i);
      // Y_k = E_k + P_k, Y_{k+4} = E_k − P_k; y[8p + k] = w^k·Y_k
      y[ib] = E0r + O0r;
      y[ib + 1] = E0i + O0i;
      rotate(y, ib + s2, E1r + P1r, E1i + P1i, tw, t);
      rotate(y, ib + 2 * s2, E2r + P2r, E2i + P2i, tw, t + 2);
      rotate(y, ib + 3 * s2, E3r + P3r, E3i + P3i, tw, t + 4);
      rotate(y, ib + 4 * s2, E0r - O0r, E0i - O0i, tw, t + 6);
      rotate(y, ib + 5 * s2, E1r - P1r, E1i - P1i, tw, t + 8);
      rotate(y, ib + 6 * s2, E2r - P2r, E2i - P2i, tw, t + 10);
      rotate(y, ib + 7 * s2, E3r - P3r, E3i - P3i, tw, t + 12);
    }
  }
}

/** y[o], y[o + 1] = (ur + i·ui)·(tw[t] + i·tw[t + 1]). */
function rotate(y: Float64Array, o: number, ur: number, ui: number, tw: Float64Array, t: number): void {
  multiply(y, o, ur, ui, tw[t]!, tw[t + 1]!);
}

/** y[o], y[o + 1] = (ur + i·ui)·(wr + i·wi). */
function multiply(y: Float64Array, o: number, ur: number, ui: number, wr: number, wi: number): void {
  y[o] = ur * wr - ui * wi;
  y[o + 1] = ur * wi + ui * wr;
}
