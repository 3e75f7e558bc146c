// Internal argument checks shared by the FIR design functions (not exported from the package).

/** Throws a RangeError unless `numtaps` is an integer ≥ `min`. */
export function checkNumtaps(fn: string, numtaps: number, min = 1): void {
  if (typeof numtaps !== 'number' || !Number.isInteger(numtaps) || numtaps < min) {
    throw new RangeError(`${fn}: numtaps must be an integer ≥ ${min} (the filter length in taps), got ${String(numtaps)}`);
  }
}

/** Throws a RangeError unless `fs` is a positive finite number (a sampling rate in Hz). */
export function checkFs(fn: string, fs: number): void {
  if (typeof fs !== 'number' || !Number.isFinite(fs) || fs <= 0) {
    throw new RangeError(`${fn}: fs must be a positive finite sampling rate in Hz, got ${String(fs)}`);
  }
}

/** Throws a RangeError unless `value` is a finite number. */
export function checkFiniteNumber(fn: string, name: string, value: number, why: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${fn}: ${name} must be a finite number (${why}), got ${String(value)}`);
  }
}

/** Copies an array-like of numbers into a plain array, checking each value is finite. */
export function finiteList(fn: string, name: string, values: ArrayLike<number> | number, why: string): number[] {
  const list = typeof values === 'number' ? [values] : Array.from(values as ArrayLike<number>);
  list.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`${fn}: ${name}[${i}] must be a finite number (${why}), got ${String(v)}`);
    }
  });
  return list;
}

/**
 * Checks a flat list of band edges [lo₀, hi₀, lo₁, hi₁, …] in Hz: an even count, every edge inside [0, fs/2],
 * strictly increasing. Returns a copy.
 */
export function checkBandEdges(fn: string, bands: ArrayLike<number>, fs: number): number[] {
  const edges = finiteList(fn, 'bands', bands, 'a band edge in the units of fs');
  if (edges.length === 0 || edges.length % 2 !== 0) {
    throw new RangeError(`${fn}: bands must hold pairs of band edges [low, high, …], got ${edges.length} values`);
  }
  const nyq = fs / 2;
  edges.forEach((e, i) => {
    if (e < 0 || e > nyq) {
      throw new RangeError(`${fn}: bands[${i}] = ${e} is outside [0, fs/2] = [0, ${nyq}]`);
    }
    if (i > 0 && !(e > (edges[i - 1] as number))) {
      throw new RangeError(
        `${fn}: bands must be strictly increasing, but bands[${i}] = ${e} ≤ bands[${i - 1}] = ${edges[i - 1] as number}`,
      );
    }
  });
  return edges;
}
