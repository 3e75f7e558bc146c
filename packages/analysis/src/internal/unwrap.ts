// Internal: phase unwrapping as numpy.unwrap.

/** numpy.unwrap (period 2π, discont π) in place over a contiguous array (internal helper shared by phase and spectrogram). */
export function unwrapInPlace(p: Float64Array | number[], start = 0, count = p.length - start): void {
  let correction = 0;
  let prev = p[start]!;
  for (let i = 1; i < count; i++) {
    const cur = p[start + i]!;
    const dd = cur - prev;
    // ddmod = mod(dd + π, 2π) − π, with numpy's mod (result has the sign of the divisor).
    let m = (dd + Math.PI) % (2 * Math.PI);
    if (m < 0) m += 2 * Math.PI;
    let ddmod = m - Math.PI;
    if (ddmod === -Math.PI && dd > 0) ddmod = Math.PI;
    if (Math.abs(dd) >= Math.PI) correction += ddmod - dd;
    prev = cur;
    p[start + i] = cur + correction;
  }
}
