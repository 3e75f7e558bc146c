// Internal: the transposed direct form II loop of scipy's lfilter, with specialisations for the
// common small orders. Coefficients must already be normalised (a[0] = 1) and padded to length n;
// the state z has n − 1 values. The arithmetic order per sample is scipy's:
//   y = z[0] + b[0]·x;  z[k] = z[k+1] + b[k+1]·x − a[k+1]·y;  z[n−2] = b[n−1]·x − a[n−1]·y
import type { FloatArray } from './FilterKernel';

export function tdf2Run(
  b: Float64Array,
  a: Float64Array,
  z: Float64Array,
  x: ArrayLike<number>,
  y: FloatArray,
  len: number,
): void {
  const n = b.length;
  const b0 = b[0] as number;
  if (n === 1) {
    for (let i = 0; i < len; i++) y[i] = (x[i] as number) * b0;
    return;
  }
  if (n === 2) {
    const b1 = b[1] as number;
    const a1 = a[1] as number;
    let z0 = z[0] as number;
    for (let i = 0; i < len; i++) {
      const xi = x[i] as number;
      const yi = z0 + b0 * xi;
      z0 = xi * b1 - yi * a1;
      y[i] = yi;
    }
    z[0] = z0;
    return;
  }
  if (n === 3) {
    const b1 = b[1] as number;
    const b2 = b[2] as number;
    const a1 = a[1] as number;
    const a2 = a[2] as number;
    let z0 = z[0] as number;
    let z1 = z[1] as number;
    for (let i = 0; i < len; i++) {
      const xi = x[i] as number;
      const yi = z0 + b0 * xi;
      z0 = z1 + xi * b1 - yi * a1;
      z1 = xi * b2 - yi * a2;
      y[i] = yi;
    }
    z[0] = z0;
    z[1] = z1;
    return;
  }
  const last = n - 2;
  for (let i = 0; i < len; i++) {
    const xi = x[i] as number;
    const yi = (z[0] as number) + b0 * xi;
    for (let k = 0; k < last; k++) {
      z[k] = (z[k + 1] as number) + xi * (b[k + 1] as number) - yi * (a[k + 1] as number);
    }
    z[last] = xi * (b[n - 1] as number) - yi * (a[n - 1] as number);
    y[i] = yi;
  }
}
