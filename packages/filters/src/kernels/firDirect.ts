import type { FloatArray } from './FilterKernel';

/**
 * Direct-form FIR over a contiguous history: `y[k] = Σ_i rev[i] · e[k + i]` for
 * k = o … o + len − 1, where `rev` is the taps reversed and `e` holds the M − 1 previous inputs
 * before the new ones. Four outputs per pass over the taps (each tap loaded once for four
 * outputs), then a scalar tail. Internal: the one inner loop of `FirKernel` and of the direct
 * tails of `FftFirKernel`.
 */
export function firDirect(rev: Float64Array, e: Float64Array, o: number, len: number, y: FloatArray): void {
  const M = rev.length;
  const end = o + len;
  let k = o;
  for (; k + 4 <= end; k += 4) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let e0 = e[k] as number;
    let e1 = e[k + 1] as number;
    let e2 = e[k + 2] as number;
    for (let i = 0; i < M; i++) {
      const c = rev[i] as number;
      const e3 = e[k + i + 3] as number;
      s0 += c * e0;
      s1 += c * e1;
      s2 += c * e2;
      s3 += c * e3;
      e0 = e1;
      e1 = e2;
      e2 = e3;
    }
    y[k] = s0;
    y[k + 1] = s1;
    y[k + 2] = s2;
    y[k + 3] = s3;
  }
  for (; k < end; k++) {
    let s = 0;
    for (let i = 0; i < M; i++) s += (rev[i] as number) * (e[k + i] as number);
    y[k] = s;
  }
}
