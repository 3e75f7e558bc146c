// Test-only: the inputs packages/core/fixtures/gen_fft.py defines by formula (one correctly rounded division each,
// so bit-identical on both sides) and a relative error helper for the FFT layer's tests.

/** Real input of numpy's rfft in gen_fft.py. */
export function realInput(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, j) => ((j * 7919 + 13) % 1009) / 1009 - 0.5);
}

/** Complex input of numpy's fft/ifft in gen_fft.py, interleaved (re at 2j, im at 2j + 1). */
export function complexInput(n: number): Float64Array {
  const z = new Float64Array(2 * n);
  for (let j = 0; j < n; j++) {
    z[2 * j] = ((j * 104729 + 7) % 997) / 997 - 0.5;
    z[2 * j + 1] = ((j * 7727 + 3) % 991) / 991 - 0.5;
  }
  return z;
}

/** max |a − b| / max |b| (b the reference). */
export function relErr(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let err = 0;
  let peak = 0;
  for (let i = 0; i < b.length; i++) {
    err = Math.max(err, Math.abs(a[i]! - b[i]!));
    peak = Math.max(peak, Math.abs(b[i]!));
  }
  return err / (peak || 1);
}
