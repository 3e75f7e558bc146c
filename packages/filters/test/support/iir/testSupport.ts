// Private helpers for the IIR design tests (not exported from the package).
import { expect } from 'vitest';
import type { Complex } from '../../../src/design/iir/complex';

export interface CplxJson {
  re: number[];
  im: number[];
}
export interface ZpkJson {
  z: CplxJson;
  p: CplxJson;
  k: number;
}

export function fromJson(c: CplxJson): Complex[] {
  return c.re.map((re, i) => ({ re, im: c.im[i] as number }));
}

/**
 * Asserts two root sets are equal as multisets: each expected root is matched with the nearest unused actual root,
 * within atol + rtol·|root|. Returns the worst distance relative to max(1, |root|) for the report.
 */
export function expectRootsClose(actual: readonly Complex[], expected: readonly Complex[], rtol: number, atol: number, label: string): number {
  expect(actual.length, `${label}: number of roots`).toBe(expected.length);
  const used = new Array<boolean>(actual.length).fill(false);
  let worst = 0;
  // match the best-separated first: process expected roots in the given order, greedy nearest
  for (const e of expected) {
    let best = -1;
    let bestD = Infinity;
    actual.forEach((a, i) => {
      if (used[i]) return;
      const d = Math.hypot(a.re - e.re, a.im - e.im);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    });
    used[best] = true;
    const mag = Math.hypot(e.re, e.im);
    worst = Math.max(worst, bestD / Math.max(1, mag));
    if (!(bestD <= atol + rtol * mag)) {
      expect.fail(`${label}: root ${e.re} + ${e.im}i has nearest ${actual[best]?.re} + ${actual[best]?.im}i (distance ${bestD}, tol ${atol + rtol * mag})`);
    }
  }
  return worst;
}

/** Worst error figures collected while the tests run, printed once per file for the report. */
export const worst: Record<string, number> = {};
export function record(key: string, err: number): void {
  worst[key] = Math.max(worst[key] ?? 0, err);
}
export function printWorst(title: string): void {
  const lines = Object.entries(worst)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `  ${k}: ${v.toExponential(2)}`);
  if (lines.length > 0 && process.env.IIR_REPORT) console.log(`${title} worst errors vs scipy:\n${lines.join('\n')}`);
}

/** Impulse response of a transfer function by direct form I (a naive reference, independent of the kernels). */
export function impulseBA(b: ArrayLike<number>, a: ArrayLike<number>, n: number): Float64Array {
  const y = new Float64Array(n);
  const a0 = a[0] as number;
  for (let i = 0; i < n; i++) {
    let acc = i < b.length ? (b[i] as number) : 0;
    for (let k = 1; k < a.length && k <= i; k++) acc -= (a[k] as number) * (y[i - k] as number);
    y[i] = acc / a0;
  }
  return y;
}

/** Largest |a − b| over two arrays. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m;
}

/** Asserts zeros, poles (as multisets) and gain within `rtol`; returns the worst relative root/gain error. */
export function expectZpk(actual: { z: Complex[]; p: Complex[]; k: number }, expected: ZpkJson, rtol: number, label: string): number {
  const a = expectRootsClose(actual.z, fromJson(expected.z), rtol, rtol, `${label} z`);
  const b = expectRootsClose(actual.p, fromJson(expected.p), rtol, rtol, `${label} p`);
  const kerr = Math.abs(actual.k - expected.k) / Math.max(Math.abs(expected.k), 1e-300);
  expect(kerr, `${label} k: ${actual.k} vs ${expected.k}`).toBeLessThanOrEqual(rtol);
  return Math.max(a, b, kerr);
}

/** The conversions fixture (iir_conversions.json), typed. */
export interface ConversionsFixture {
  prototypes: ({ fn: string; args: (number | string)[] } & ZpkJson)[];
  transforms: ({ fn: string; proto: string; in: ZpkJson; args: number[] } & ZpkJson)[];
  bilinear: { b: number[]; a: number[]; fs: number; bz: number[]; az: number[] }[];
  tf2zpk: ({ b: number[]; a: number[] } & ZpkJson)[];
  zpk2tf: { in: ZpkJson; b: number[]; a: number[] }[];
  zpk2sos: { name: string; pairing: 'nearest' | 'keep_odd' | 'minimal'; in: ZpkJson; sos: number[][] }[];
  zpk2sosAnalog: { name: string; in: ZpkJson; sos: number[][] }[];
  tf2sos: { name: string; b: number[]; a: number[]; sos: number[][] }[];
  sos2: ({ name: string; sos: number[][]; b: number[]; a: number[] } & ZpkJson)[];
}
export const CONVERSIONS = '../../../fixtures/iir_conversions.json';

/** Σ c[i]·s^(n−1−i) (decreasing powers) at a complex s: a naive reference evaluation for the tests. */
export function polyAt(c: ArrayLike<number>, s: Complex): Complex {
  let acc: Complex = { re: 0, im: 0 };
  for (let i = 0; i < c.length; i++) acc = { re: acc.re * s.re - acc.im * s.im + (c[i] as number), im: acc.re * s.im + acc.im * s.re };
  return acc;
}
