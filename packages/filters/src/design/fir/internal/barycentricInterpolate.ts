// Internal: evaluation of the barycentric Lagrange interpolant of the Parks–McClellan exchange.

/**
 * Value at `xf` of the polynomial of degree n − 1 through (x[k], y[k]), k = 1 … n, by the barycentric formula
 * Σ c_k·y_k / Σ c_k with c_k = w_k / (xf − x_k). `xf` must not be one of the nodes (the result is then NaN).
 *
 * @param x - The nodes, 1-based (index 0 unused).
 * @param w - Their barycentric weights (`barycentricWeight`), 1-based.
 * @param y - The values at the nodes, 1-based.
 * @param n - Number of nodes.
 * @param xf - Where to evaluate.
 * @returns The interpolated value.
 */
export function barycentricInterpolate(x: Float64Array, w: Float64Array, y: Float64Array, n: number, xf: number): number {
  let d = 0;
  let p = 0;
  for (let k = 1; k <= n; k++) {
    const c = (w[k] as number) / (xf - (x[k] as number));
    d += c;
    p += c * (y[k] as number);
  }
  return p / d;
}
