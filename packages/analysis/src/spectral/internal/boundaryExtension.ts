// Internal: scipy's signal extensions (even_ext, odd_ext, const_ext, zero_ext) used by stft's `boundary`.

/** How {@link extendSignal} extends a signal past its ends (scipy's `boundary` of `stft`). */
export type BoundaryExtension = 'even' | 'odd' | 'constant' | 'zeros';

/**
 * `x` with `n` samples added at each end: mirrored without repeating the edge (`even`), mirrored and negated about
 * the edge value (`odd`), the edge value repeated (`constant`), or zeros (`zeros`).
 */
export function extendSignal(fn: string, x: ArrayLike<number>, n: number, kind: BoundaryExtension): Float64Array {
  const len = x.length;
  if (n < 1) return Float64Array.from(x);
  if ((kind === 'even' || kind === 'odd') && n > len - 1) {
    throw new RangeError(
      `${fn}: boundary '${kind}' needs a signal longer than nperseg/2 = ${n} samples (the extension mirrors the signal), got ${len}`,
    );
  }
  const out = new Float64Array(len + 2 * n);
  for (let i = 0; i < len; i++) out[n + i] = x[i]!;
  const first = x[0]!;
  const last = x[len - 1]!;
  for (let i = 0; i < n; i++) {
    // left: out[n − 1 − i] mirrors x[i + 1]; right: out[n + len + i] mirrors x[len − 2 − i]
    let left: number;
    let right: number;
    switch (kind) {
      case 'even':
        left = x[i + 1]!;
        right = x[len - 2 - i]!;
        break;
      case 'odd':
        left = 2 * first - x[i + 1]!;
        right = 2 * last - x[len - 2 - i]!;
        break;
      case 'constant':
        left = first;
        right = last;
        break;
      default:
        left = 0;
        right = 0;
    }
    out[n - 1 - i] = left;
    out[n + len + i] = right;
  }
  return out;
}
