// Internal: change of variable in a Chebyshev series, used by the taps stage of the Parks–McClellan design.

/**
 * Given Q(u) = Σ c_k T_k(u) (a Chebyshev series) and u = aa·x + bb, returns the Chebyshev coefficients of
 * Q(aa·x + bb) in x, by Clenshaw's recurrence carried out on Chebyshev series.
 *
 * @param c - Coefficients c_0 … c_{n−1} in u.
 * @param aa - Scale of the change of variable.
 * @param bb - Offset of the change of variable.
 * @returns The n coefficients in x.
 */
export function chebyshevCompose(c: Float64Array, aa: number, bb: number): Float64Array {
  const n = c.length;
  // multiply a Chebyshev series s (in x) by u = aa·x + bb: x·T0 = T1, x·Tk = (T(k+1) + T(k−1))/2
  const timesU = (s: Float64Array): Float64Array => {
    const r = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const v = s[k] as number;
      if (v === 0) continue;
      r[k] = (r[k] as number) + bb * v;
      if (k === 0) {
        if (n > 1) r[1] = (r[1] as number) + aa * v;
      } else {
        if (k + 1 < n) r[k + 1] = (r[k + 1] as number) + 0.5 * aa * v;
        r[k - 1] = (r[k - 1] as number) + 0.5 * aa * v;
      }
    }
    return r;
  };
  let b1 = new Float64Array(n); // b_{k+1}
  let b2 = new Float64Array(n); // b_{k+2}
  for (let k = n - 1; k >= 1; k--) {
    const t = timesU(b1);
    const bk = new Float64Array(n);
    for (let i = 0; i < n; i++) bk[i] = 2 * (t[i] as number) - (b2[i] as number);
    bk[0] = (bk[0] as number) + (c[k] as number);
    b2 = b1;
    b1 = bk;
  }
  const t = timesU(b1);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (t[i] as number) - (b2[i] as number);
  out[0] = (out[0] as number) + (c[0] as number);
  return out;
}
