// Private helpers shared by the tests of every package (never published).
// Import as '@rxdsp/test-utils' (a vitest alias).
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

type NumArray = ArrayLike<number>;

/**
 * Asserts |actual − expected| ≤ atol + rtol·|expected| element-wise (numpy's isclose rule),
 * reporting the worst index, both values and the tolerances when it fails.
 */
export function expectClose(
  actual: NumArray,
  expected: NumArray,
  { rtol = 1e-10, atol = 1e-12, label = '' }: { rtol?: number; atol?: number; label?: string } = {},
): void {
  expect(actual.length, `${label} length`).toBe(expected.length);
  let worst = -1;
  let worstExcess = 0;
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i] as number;
    const e = expected[i] as number;
    if (Number.isNaN(e) && Number.isNaN(a)) continue;
    if (e === a) continue;
    const excess = Math.abs(a - e) - (atol + rtol * Math.abs(e));
    if (!(excess <= 0) && (worst < 0 || excess > worstExcess || Number.isNaN(excess))) {
      worst = i;
      worstExcess = excess;
    }
  }
  if (worst >= 0) {
    expect.fail(
      `${label} differs at [${worst}]: actual ${actual[worst]}, expected ${expected[worst]} ` +
        `(|diff| ${Math.abs((actual[worst] as number) - (expected[worst] as number))}, rtol ${rtol}, atol ${atol})`,
    );
  }
}

/** Largest |a − b| / max|b| over two arrays: a single relative error figure for reports. */
export function maxRelError(actual: NumArray, expected: NumArray): number {
  let peak = 0;
  let err = 0;
  for (let i = 0; i < expected.length; i++) {
    peak = Math.max(peak, Math.abs(expected[i] as number));
    err = Math.max(err, Math.abs((actual[i] as number) - (expected[i] as number)));
  }
  return peak === 0 ? err : err / peak;
}

/** Loads a committed JSON fixture (path relative to the caller's `import.meta.url`). */
export function loadFixture<T = unknown>(relPath: string, base: string): T {
  return JSON.parse(readFileSync(new URL(relPath, base), 'utf8')) as T;
}

/** A small seeded PRNG (mulberry32) for reproducible test signals. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gaussian white noise of length n from a seed (Box–Muller over {@link rng}). */
export function randn(n: number, seed: number): Float64Array {
  const u = rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - u()));
    const th = 2 * Math.PI * u();
    out[i] = r * Math.cos(th);
    if (i + 1 < n) out[i + 1] = r * Math.sin(th);
  }
  return out;
}
export * from './statefulInvariants';
export * from './operatorContract';
export * from './sineFit';
export * from './runProcess';
export * from './stopBySignal';
export { testScheduler } from './testScheduler';
