// The band-edge list of remez (internal to @rxdsp/filters): built on core's checks.
import { checkFiniteVector } from '@rxdsp/core';

/**
 * Checks a flat list of band edges [lo₀, hi₀, lo₁, hi₁, …] in Hz: finite numbers, an even count, every edge
 * inside [0, fs/2], strictly increasing. Returns a copy.
 * @param fn the public function the user called (named in error messages).
 * @throws TypeError when `bands` is not an array of numbers; RangeError for the rules above.
 */
export function checkBandEdges(fn: string, bands: unknown, fs: number): number[] {
  const edges = Array.from(checkFiniteVector(fn, 'bands', bands, { allowEmpty: true }));
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
