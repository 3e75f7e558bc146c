// Internal: the barycentric weights of the Lagrange interpolation in the Parks–McClellan exchange.

/**
 * Barycentric weight of node k among the nodes x[1..n]: 1 / Π_{j≠k} 2(x_k − x_j), the product taken in `m`
 * interleaved strides (j = s, s + m, s + 2m, … for s = 1 … m) so that its partial products neither overflow nor
 * underflow (McClellan, Parks and Rabiner's `d(k, n, m)`).
 *
 * @param k - Index of the node, 1 … n.
 * @param n - Number of nodes.
 * @param m - Stride, an integer ≥ 1.
 * @param x - The nodes, 1-based (index 0 unused), distinct.
 * @returns The weight.
 */
export function barycentricWeight(k: number, n: number, m: number, x: Float64Array): number {
  let r = 1;
  const q = x[k] as number;
  for (let s = 1; s <= m; s++) {
    for (let j = s; j <= n; j += m) if (j !== k) r *= 2 * (q - (x[j] as number));
  }
  return 1 / r;
}
